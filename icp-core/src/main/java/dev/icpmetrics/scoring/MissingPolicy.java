package dev.icpmetrics.scoring;

/**
 * What a weighted-fit strategy does with an attribute the subject does not have. In every case the
 * attribute is listed in {@link Score#missingAttributes()}.
 */
public enum MissingPolicy {
  /**
   * Leave the attribute out: the weights are normalised over the attributes present, so a missing
   * value neither helps nor hurts.
   */
  NEUTRAL,
  /** Keep the attribute's weight and count its fit as 0: a missing value scores like a misfit. */
  ZERO,
  /**
   * Keep the attribute's weight and count its fit as {@code -penalty}: a missing value scores worse
   * than a misfit (the value is floored at 0 by a {@code clamp} contribution).
   */
  PENALTY
}
