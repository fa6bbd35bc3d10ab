package dev.icpmetrics.columnar;

import java.util.Arrays;

/** A growable {@code long} array. */
final class LongBuf {
  long[] a;
  int size;

  LongBuf(int capacity) {
    a = new long[Math.max(16, capacity)];
  }

  void add(long v) {
    if (size == a.length) {
      a = Arrays.copyOf(a, Codes.grow(size));
    }
    a[size++] = v;
  }

  /**
   * Returns the values: the array itself when it is exactly full (a presized builder hands its
   * arrays over without a copy; a later {@link #add} grows into a new array first), else a copy.
   */
  long[] trimmed() {
    return size == a.length ? a : Arrays.copyOf(a, size);
  }
}
