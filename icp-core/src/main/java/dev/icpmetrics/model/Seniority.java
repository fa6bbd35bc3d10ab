package dev.icpmetrics.model;

/**
 * The seniority of a buyer: LinkedIn's 10 seniority levels, ordered from the least to the most
 * senior, so that {@link #compareTo} ranks them. {@link #linkedInId()} is LinkedIn's id and the
 * rank, 1 ({@code UNPAID}) to 10 ({@code OWNER}).
 */
public enum Seniority {
  /** Unpaid: volunteers and unpaid interns. */
  UNPAID(1),
  /** Training: interns and trainees. */
  TRAINING(2),
  /** Entry level. */
  ENTRY(3),
  /** Senior individual contributor. */
  SENIOR(4),
  /** Manager. */
  MANAGER(5),
  /** Director. */
  DIRECTOR(6),
  /** Vice president. */
  VP(7),
  /** A C-level executive (CEO, CFO, CTO, ...). */
  CXO(8),
  /** Partner. */
  PARTNER(9),
  /** Owner. */
  OWNER(10);

  private final int linkedInId;

  Seniority(int linkedInId) {
    this.linkedInId = linkedInId;
  }

  /**
   * Returns LinkedIn's id of the level, 1 ({@code UNPAID}) to 10 ({@code OWNER}), in rank order.
   */
  public int linkedInId() {
    return linkedInId;
  }
}
