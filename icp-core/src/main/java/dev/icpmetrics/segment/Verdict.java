package dev.icpmetrics.segment;

/** The outcome of checking a segment's metric against its target. */
public enum Verdict {
  /** The metric meets the target. */
  PASS,
  /** The metric misses the target. */
  FAIL,
  /**
   * Too little data to judge: fewer accounts at risk than the minimum support, or a metric that is
   * undefined (no new customer, hence no CAC). The numbers are still shown.
   */
  INSUFFICIENT_DATA;

  /** Returns {@code pass}, {@code fail} or {@code insufficient data}. */
  public String label() {
    return switch (this) {
      case PASS -> "pass";
      case FAIL -> "fail";
      case INSUFFICIENT_DATA -> "insufficient data";
    };
  }
}
