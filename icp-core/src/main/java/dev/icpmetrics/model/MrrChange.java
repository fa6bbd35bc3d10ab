package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A change of monthly recurring revenue: from {@code effective} on, the account pays {@code mrr} a
 * month, until the next change. A value of zero is allowed (a free plan, a paused subscription).
 *
 * <p>Contracts billed per quarter, year or several years are normalised to monthly with {@link
 * #ofContract}: {@code mrr = contractValue / term.months()}, rounded to minor units.
 *
 * @param effective the first day at the new MRR
 * @param mrr the monthly recurring revenue from that day, {@code >= 0}
 */
public record MrrChange(LocalDate effective, Money mrr) implements Comparable<MrrChange> {

  /** Validates that the MRR is not negative. */
  public MrrChange {
    requireNonNull(effective, "effective");
    requireNonNull(mrr, "mrr");
    if (mrr.isNegative()) {
      throw new IllegalArgumentException("mrr must be >= 0, got " + mrr);
    }
  }

  /**
   * Returns the change to {@code mrr} a month from {@code effective}.
   *
   * @param effective the first day at the new MRR
   * @param mrr the monthly amount
   * @return the change
   */
  public static MrrChange of(LocalDate effective, Money mrr) {
    return new MrrChange(effective, mrr);
  }

  /**
   * Returns the change for a contract worth {@code contractValue} over {@code term}, as MRR: {@code
   * contractValue / term.months()}, rounded with {@code rounding}. A 3-year contract of USD 36,000
   * is USD 1,000.00 a month.
   *
   * @param effective the first day of the contract
   * @param contractValue the value of the whole term, {@code >= 0}
   * @param term the term the value covers
   * @param rounding how to round the monthly amount to minor units
   * @return the change
   * @throws ArithmeticException if rounding is needed under {@link RoundingMode#UNNECESSARY}
   */
  public static MrrChange ofContract(
      LocalDate effective, Money contractValue, BillingTerm term, RoundingMode rounding) {
    requireNonNull(contractValue, "contractValue");
    requireNonNull(term, "term");
    if (contractValue.isNegative()) {
      throw new IllegalArgumentException("contractValue must be >= 0, got " + contractValue);
    }
    return new MrrChange(effective, contractValue.dividedBy(term.months(), rounding));
  }

  /** Orders by effective date. */
  @Override
  public int compareTo(MrrChange other) {
    return effective.compareTo(other.effective);
  }

  /** Returns {@code 2024-01-01: USD 1000.00}. */
  @Override
  public String toString() {
    return effective + ": " + mrr;
  }
}
