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

  /**
   * Returns the bitmap with bit {@code i} moved to bit {@code destination[i]}, for every set bit.
   */
  static long[] moved(long[] words, int[] destination) {
    long[] out = new long[(destination.length + 63) >>> 6];
    for (int w = 0, end = Math.min(words.length, out.length); w < end; w++) {
      for (long word = words[w]; word != 0; word &= word - 1) {
        int i = (w << 6) + Long.numberOfTrailingZeros(word);
        if (i < destination.length) {
          int d = destination[i];
          out[d >>> 6] |= 1L << d;
        }
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
