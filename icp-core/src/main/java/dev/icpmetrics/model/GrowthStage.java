package dev.icpmetrics.model;

/**
 * The coarse growth stage of a company, ordered from youngest to most mature. Derive it from the
 * latest funding round with {@link FundingRound#stage()}.
 */
public enum GrowthStage {
  /** No outside funding, or nothing is known. */
  BOOTSTRAPPED_OR_UNKNOWN,
  /** Pre-seed, angel or seed funding. */
  PRE_SEED_SEED,
  /** Series A or B. */
  EARLY,
  /** Series C or D. */
  GROWTH,
  /** Series E or later, or private equity. */
  LATE,
  /** Listed on a stock exchange. */
  PUBLIC,
  /** Acquired by another company. */
  ACQUIRED
}
