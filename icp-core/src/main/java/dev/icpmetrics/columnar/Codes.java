package dev.icpmetrics.columnar;

import java.util.Arrays;

/**
 * Dictionary codes of one category column, stored in the narrowest width that holds them: one byte
 * per row while every code is below 256, two below 65,536, four otherwise. Appending a wider code
 * widens the whole column once. Mutable while the base is built, then trimmed and never changed.
 */
final class Codes {
  private static final byte[] NO_BYTES = new byte[0];
  private static final short[] NO_SHORTS = new short[0];
  private static final int[] NO_INTS = new int[0];

  private byte[] bytes;
  private short[] shorts = NO_SHORTS;
  private int[] ints = NO_INTS;
  private int width = 1;
  private int size;

  Codes(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  private Codes(byte[] bytes, short[] shorts, int[] ints, int width, int size) {
    this.bytes = bytes;
    this.shorts = shorts;
    this.ints = ints;
    this.width = width;
    this.size = size;
  }

  int size() {
    return size;
  }

  /** Bytes per row: 1, 2 or 4. */
  int width() {
    return width;
  }

  void add(int code) {
    if (code >= 1 << 16 && width < 4) {
      widen(4);
    } else if (code >= 1 << 8 && width < 2) {
      widen(2);
    }
    switch (width) {
      case 1 -> {
        if (size == bytes.length) {
          bytes = Arrays.copyOf(bytes, grow(size));
        }
        bytes[size++] = (byte) code;
      }
      case 2 -> {
        if (size == shorts.length) {
          shorts = Arrays.copyOf(shorts, grow(size));
        }
        shorts[size++] = (short) code;
      }
      default -> {
        if (size == ints.length) {
          ints = Arrays.copyOf(ints, grow(size));
        }
        ints[size++] = code;
      }
    }
  }

  private void widen(int to) {
    int capacity = Math.max(16, grow(size));
    if (to == 2) {
      short[] s = new short[capacity];
      for (int i = 0; i < size; i++) {
        s[i] = (short) (bytes[i] & 0xFF);
      }
      shorts = s;
    } else {
      int[] n = new int[capacity];
      for (int i = 0; i < size; i++) {
        n[i] = get(i);
      }
      ints = n;
      shorts = NO_SHORTS;
    }
    bytes = NO_BYTES;
    width = to;
  }

  static int grow(int size) {
    long next = Math.max(16L, size + (long) (size >> 1));
    if (next > Integer.MAX_VALUE - 16) {
      throw new IllegalStateException("rows must be < " + (Integer.MAX_VALUE - 16) + ", got more");
    }
    return (int) next;
  }

  int get(int row) {
    return switch (width) {
      case 1 -> bytes[row] & 0xFF;
      case 2 -> shorts[row] & 0xFFFF;
      default -> ints[row];
    };
  }

  /**
   * Adds {@code multiplier * code} to {@code out[j]} for the rows {@code from + j}, {@code j <
   * count}: one loop per width, no branch per row.
   */
  void accumulate(int from, int count, int multiplier, int[] out) {
    switch (width) {
      case 1 -> {
        for (int j = 0; j < count; j++) {
          out[j] += multiplier * (bytes[from + j] & 0xFF);
        }
      }
      case 2 -> {
        for (int j = 0; j < count; j++) {
          out[j] += multiplier * (shorts[from + j] & 0xFFFF);
        }
      }
      default -> {
        for (int j = 0; j < count; j++) {
          out[j] += multiplier * ints[from + j];
        }
      }
    }
  }

  /**
   * Adds {@code map[2 * code + missingBit]} to {@code out[j]} for the rows {@code from + j}, {@code
   * j < count}, where {@code missingBit} is the row's bit in {@code missing}: one table lookup per
   * row, no branch.
   */
  void accumulateMapped(int from, int count, int[] map, long[] missing, int[] out) {
    switch (width) {
      case 1 -> {
        for (int j = 0; j < count; j++) {
          int r = from + j;
          int bit = (int) (missing[r >>> 6] >>> r) & 1;
          out[j] += map[(bytes[r] & 0xFF) << 1 | bit];
        }
      }
      case 2 -> {
        for (int j = 0; j < count; j++) {
          int r = from + j;
          int bit = (int) (missing[r >>> 6] >>> r) & 1;
          out[j] += map[(shorts[r] & 0xFFFF) << 1 | bit];
        }
      }
      default -> {
        for (int j = 0; j < count; j++) {
          int r = from + j;
          int bit = (int) (missing[r >>> 6] >>> r) & 1;
          out[j] += map[ints[r] << 1 | bit];
        }
      }
    }
  }

  /** Copies the codes of rows {@code [from, from + count)} into {@code out}. */
  void gather(int from, int count, int[] out) {
    switch (width) {
      case 1 -> {
        for (int j = 0; j < count; j++) {
          out[j] = bytes[from + j] & 0xFF;
        }
      }
      case 2 -> {
        for (int j = 0; j < count; j++) {
          out[j] = shorts[from + j] & 0xFFFF;
        }
      }
      default -> System.arraycopy(ints, from, out, 0, count);
    }
  }

  /** Returns a trimmed copy with row {@code i} moved to row {@code destination[i]}. */
  Codes moved(int[] destination) {
    int n = destination.length;
    return switch (width) {
      case 1 -> {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
          b[destination[i]] = bytes[i];
        }
        yield new Codes(b, NO_SHORTS, NO_INTS, 1, n);
      }
      case 2 -> {
        short[] s = new short[n];
        for (int i = 0; i < n; i++) {
          s[destination[i]] = shorts[i];
        }
        yield new Codes(NO_BYTES, s, NO_INTS, 2, n);
      }
      default -> {
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
          c[destination[i]] = ints[i];
        }
        yield new Codes(NO_BYTES, NO_SHORTS, c, 4, n);
      }
    };
  }

  /** Returns the codes, sharing the array when it is exactly full (see {@link IntBuf#trimmed}). */
  Codes trimmed() {
    return new Codes(
        width == 1 ? exact(bytes) : NO_BYTES,
        width == 2 ? exact(shorts) : NO_SHORTS,
        width == 4 ? exact(ints) : NO_INTS,
        width,
        size);
  }

  private byte[] exact(byte[] a) {
    return a.length == size ? a : Arrays.copyOf(a, size);
  }

  private short[] exact(short[] a) {
    return a.length == size ? a : Arrays.copyOf(a, size);
  }

  private int[] exact(int[] a) {
    return a.length == size ? a : Arrays.copyOf(a, size);
  }

  long estimatedBytes() {
    return Bits.arrayBytes(bytes.length, 1)
        + Bits.arrayBytes(shorts.length, 2)
        + Bits.arrayBytes(ints.length, 4);
  }
}
