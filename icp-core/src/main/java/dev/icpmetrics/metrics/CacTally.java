package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.model.Money;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Acquisition spend and the new customers it bought: the additive tally behind a CAC. A segment
 * holds one (its allocated spend, see {@link CacAllocation}); the tally of a union of disjoint
 * segments is the {@link #plus} of theirs, and its CAC is derived, never averaged.
 *
 * @param spend the acquisition spend, {@code >= 0}
 * @param newCustomerCount the new customers, {@code >= 0}
 */
public record CacTally(Money spend, long newCustomerCount) {

  /** Validates that neither part is negative. */
  public CacTally {
    MoneyChecks.nonNegative("spend", spend);
    Checks.nonNegative("newCustomerCount", newCustomerCount);
  }

  /**
   * Returns the tally with no spend and no customer in {@code currency}: the identity of {@link
   * #plus}.
   *
   * @param currency the currency
   * @return the zero tally
   */
  public static CacTally zero(Currency currency) {
    return new CacTally(Money.zero(currency), 0);
  }

  /**
   * Returns the tally of both: spends and counts added.
   *
   * @param other a tally in the same currency
   * @return the sum
   * @throws dev.icpmetrics.model.CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException on overflow
   */
  public CacTally plus(CacTally other) {
    requireNonNull(other, "other");
    return new CacTally(
        spend.plus(other.spend), Math.addExact(newCustomerCount, other.newCustomerCount));
  }

  /**
   * Returns the CAC, {@code spend / newCustomerCount}, as {@link Cac#blended(Money, long,
   * RoundingMode)}.
   *
   * @param rounding how to round to minor units
   * @return the CAC; undefined when there is no new customer
   */
  public MetricResult<Money> cac(RoundingMode rounding) {
    return Cac.blended(spend, newCustomerCount, rounding);
  }

  /** Returns {@code USD 445000.00 / 50 new customers}. */
  @Override
  public String toString() {
    return spend
        + " / "
        + newCustomerCount
        + (newCustomerCount == 1 ? " new customer" : " new customers");
  }
}
