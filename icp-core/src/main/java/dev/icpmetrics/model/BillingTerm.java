package dev.icpmetrics.model;

import dev.icpmetrics.internal.Checks;

/**
 * The length of a contract term in months, used to normalise a contract value to monthly recurring
 * revenue: a term of {@code m} months worth {@code v} is {@code v / m} per month.
 *
 * @param months the number of months the contract value covers, {@code >= 1}
 */
public record BillingTerm(int months) {

  /** One month. */
  public static final BillingTerm MONTHLY = new BillingTerm(1);

  /** Three months. */
  public static final BillingTerm QUARTERLY = new BillingTerm(3);

  /** Twelve months. */
  public static final BillingTerm ANNUAL = new BillingTerm(12);

  /** Validates that the term is at least one month. */
  public BillingTerm {
    Checks.positive("months", months);
  }

  /**
   * Returns a term of {@code months} months.
   *
   * @param months at least 1
   * @return the term
   */
  public static BillingTerm ofMonths(int months) {
    return new BillingTerm(months);
  }

  /**
   * Returns a multi-year term: {@code 12 * years} months.
   *
   * @param years at least 1; at most 100
   * @return the term
   */
  public static BillingTerm ofYears(int years) {
    return new BillingTerm(12 * Checks.inRange("years", years, 1, 100));
  }

  /** Returns {@code 1 month}, {@code 36 months}. */
  @Override
  public String toString() {
    return months == 1 ? "1 month" : months + " months";
  }
}
