package dev.icpmetrics.model;

/**
 * What an {@link AcquisitionSpend} amount covers.
 *
 * <p>The entries of a ledger are disjoint amounts: a fully-loaded CAC sums the entries of both
 * kinds, a paid-only CAC sums the {@link #PAID_MEDIA} entries only. An entry of kind {@link
 * #FULLY_LOADED} therefore holds the cost beyond media, never a total that repeats the media spend.
 */
public enum SpendKind {
  /** Media spend only: ads, sponsorships, paid placements. */
  PAID_MEDIA,
  /**
   * The rest of the fully loaded sales and marketing cost, beyond media: salaries, commissions,
   * tools and overhead of the sales and marketing teams. Fully loaded CAC adds these entries to the
   * {@link #PAID_MEDIA} ones.
   */
  FULLY_LOADED
}
