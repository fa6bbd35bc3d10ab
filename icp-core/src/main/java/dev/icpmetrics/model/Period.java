package dev.icpmetrics.model;

/**
 * The period a rate refers to: a month, a quarter or a year. Conversions between periods compound
 * (see {@link PeriodRate#convertedTo} and {@link DiscountRate#convertedTo}); they never multiply.
 */
public enum Period {
  /** A calendar month. */
  MONTH(1),
  /** Three months. */
  QUARTER(3),
  /** Twelve months. */
  YEAR(12);

  private final int months;

  Period(int months) {
    this.months = months;
  }

  /** Returns the length of this period in months: 1, 3 or 12. */
  public int months() {
    return months;
  }

  /**
   * Returns how many of this period make one {@code other}: {@code YEAR.per(MONTH)} is 1/12, {@code
   * MONTH.per(YEAR)} is 12.
   *
   * @param other the period to express this one in
   * @return {@code other.months() / this.months()}
   */
  public double per(Period other) {
    return (double) other.months / months;
  }
}
