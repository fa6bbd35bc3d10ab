package dev.icpmetrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Relative comparison for numerical reference values. */
final class Close {
  private Close() {}

  /** Asserts {@code |actual - expected| <= rel * max(|expected|, floor)}. */
  static void assertRelative(double expected, double actual, double rel, String what) {
    double tol = rel * Math.max(Math.abs(expected), Double.MIN_NORMAL);
    assertEquals(expected, actual, tol, what);
  }
}
