package dev.icpmetrics.columnar;

import java.util.Arrays;

/** Bitmap and array-size helpers: bit {@code i} lives in word {@code i >>> 6}. */
final class Bits {
  private Bits() {}

  /** Bytes of a Java array of {@code length} elements of {@code elementBytes} each, with header. */
  static long arrayBytes(long length, int elementBytes) {
    return 16 + ((length * elementBytes + 7) & ~7L);
  }

  static boolean get(long[] words, int i) {
    return (words[i >>> 6] & (1L << i)) != 0;
  }

  /** Like {@link #get} for a bitmap still growing: bits past its end are clear. */
  static boolean getGrowing(long[] words, int i) {
    int w = i >>> 6;
    return w < words.length && (words[w] & (1L << i)) != 0;
  }

  static long[] set(long[] words, int i) {
    long[] w = words;
    int word = i >>> 6;
    if (word >= w.length) {
      w = Arrays.copyOf(w, Math.max(word + 1, w.length + (w.length >> 1) + 1));
    }
    w[word] |= 1L << i;
    return w;
  }

  static long[] trimmed(long[] words, int bits) {
    return Arrays.copyOf(words, (bits + 63) >>> 6);
  }

  static long[] permuted(long[] words, int[] permutation) {
    long[] out = new long[(permutation.length + 63) >>> 6];
    for (int i = 0; i < permutation.length; i++) {
      int p = permutation[i];
      if (p >>> 6 < words.length && (words[p >>> 6] & (1L << p)) != 0) {
        out[i >>> 6] |= 1L << i;
      }
    }
    return out;
  }

  static long count(long[] words) {
    long n = 0;
    for (long w : words) {
      n += Long.bitCount(w);
    }
    return n;
  }
}
