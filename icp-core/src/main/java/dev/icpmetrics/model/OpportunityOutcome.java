package dev.icpmetrics.model;

/** The state of an {@link Opportunity}. */
public enum OpportunityOutcome {
  /** Not closed yet: no closed date. */
  OPEN,
  /** Closed and won. */
  WON,
  /** Closed and lost. */
  LOST
}
