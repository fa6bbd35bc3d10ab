package dev.icpmetrics.scoring;

/**
 * The tier of a scored subject, best first: {@code A} is the best fit, {@code D} the weakest. A
 * {@link TierPolicy} maps a value in [0, 100] to a tier; a disqualified score, or one with
 * insufficient data, has no tier.
 */
public enum Tier {
  /** The best fit. */
  A,
  /** A good fit. */
  B,
  /** A partial fit. */
  C,
  /** A weak fit. */
  D;

  /** Returns the rank, best first: 1 for A, 2 for B, 3 for C, 4 for D. */
  public int rank() {
    return switch (this) {
      case A -> 1;
      case B -> 2;
      case C -> 3;
      case D -> 4;
    };
  }
}
