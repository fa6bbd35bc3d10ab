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

  long[] trimmed() {
    return Arrays.copyOf(a, size);
  }
}
