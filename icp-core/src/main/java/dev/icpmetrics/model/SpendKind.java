package dev.icpmetrics.model;

/** What an {@link AcquisitionSpend} amount covers; CAC is computed on one kind at a time. */
public enum SpendKind {
  /** Media spend only: ads, sponsorships, paid placements. */
  PAID_MEDIA,
  /**
   * Fully loaded sales and marketing cost: media plus salaries, commissions, tools and overhead of
   * the sales and marketing teams.
   */
  FULLY_LOADED
}
