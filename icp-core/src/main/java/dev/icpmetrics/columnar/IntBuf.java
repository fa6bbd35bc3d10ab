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

  /**
   * Returns the values: the array itself when it is exactly full (a presized builder hands its
   * arrays over without a copy; a later {@link #add} grows into a new array first), else a copy.
   */
  int[] trimmed() {
    return size == a.length ? a : Arrays.copyOf(a, size);
  }
}
