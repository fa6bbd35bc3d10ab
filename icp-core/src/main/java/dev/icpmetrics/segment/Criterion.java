package dev.icpmetrics.segment;

/** What a {@link Finding} checks. */
public enum Criterion {
  /** Monthly churn under the segment kind's ceiling ({@link Targets#monthlyChurnCeiling}). */
  MONTHLY_CHURN,
  /** LTV:CAC at least the target ({@link dev.icpmetrics.metrics.EconomicsTargets#minLtvToCac}). */
  LTV_TO_CAC,
  /**
   * CAC payback within the target ({@link
   * dev.icpmetrics.metrics.EconomicsTargets#maxPaybackMonths}).
   */
  PAYBACK
}
