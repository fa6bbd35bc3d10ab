package dev.icpmetrics.columnar;

import java.util.Arrays;

/** A growable {@code int} array. */
final class IntBuf {
  int[] a;
  int size;

  IntBuf(int capacity) {
    a = new int[Math.max(16, capacity)];
  }

  void add(int v) {
    if (size == a.length) {
      a = Arrays.copyOf(a, Codes.grow(size));
    }
    a[size++] = v;
  }

  int[] trimmed() {
    return Arrays.copyOf(a, size);
  }
}
