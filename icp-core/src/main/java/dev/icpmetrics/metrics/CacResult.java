package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.model.Money;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * A CAC computed from a spend ledger, with everything that defines it: the spend and the new
 * customers ({@link CacTally}), the spend basis ({@link CacPolicy}), the window of acquisition
 * months {@code [from, to)} and the rounding. The CAC itself is derived: {@code spend /
 * newCustomerCount}, undefined when there is no new customer.
 *
 * @param tally the spend and the new customers it bought
 * @param policy the spend kinds and lag
 * @param from the first acquisition month, included
 * @param to the end of the window, excluded; after {@code from}
 * @param rounding how the CAC is rounded to minor units
 */
public record CacResult(
    CacTally tally, CacPolicy policy, YearMonth from, YearMonth to, RoundingMode rounding) {

  /** Validates the window. */
  public CacResult {
    requireNonNull(tally, "tally");
    requireNonNull(policy, "policy");
    Ledger.window(from, to);
    requireNonNull(rounding, "rounding");
  }

  /**
   * Returns the CAC, {@code spend / newCustomerCount} rounded with {@link #rounding()}.
   *
   * @return the CAC per new customer; undefined when there is no new customer, never infinite
   */
  public MetricResult<Money> cac() {
    return tally.cac(rounding);
  }

  /** Returns the acquisition spend under the policy, the numerator. */
  public Money spend() {
    return tally.spend();
  }

  /** Returns the new customers acquired in the window, the denominator. */
  public long newCustomerCount() {
    return tally.newCustomerCount();
  }

  /**
   * Returns {@code CAC USD 8900.00 = USD 445000.00 / 50 new customers (2024-01..2024-03, fully
   * loaded, lag 0 months)}.
   */
  @Override
  public String toString() {
    return "CAC "
        + cac()
        + " = "
        + tally
        + " ("
        + from
        + ".."
        + to.minusMonths(1)
        + ", "
        + policy
        + ")";
  }
}
