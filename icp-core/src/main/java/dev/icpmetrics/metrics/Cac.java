package dev.icpmetrics.metrics;

import static dev.icpmetrics.metrics.MoneyChecks.nonNegative;
import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.model.Money;
import java.math.RoundingMode;

/**
 * Customer acquisition cost from plain numbers. Thread-safe: stateless.
 *
 * <p>CAC from a spend ledger (paid-only or fully loaded, by channel, allocated to segments) builds
 * on this.
 */
public final class Cac {
  private Cac() {}

  /**
   * Returns the blended CAC, {@code spend / newCustomers}: every acquisition cost of the period
   * over every customer acquired in it, whatever the channel.
   *
   * @param spend the acquisition spend of the period, {@code >= 0}
   * @param newCustomers the customers acquired in the period, {@code >= 0}
   * @param rounding how to round the result to minor units
   * @return the CAC per new customer; undefined when there is no new customer
   */
  public static MetricResult<Money> blended(Money spend, long newCustomers, RoundingMode rounding) {
    nonNegative("spend", spend);
    Checks.nonNegative("newCustomers", newCustomers);
    requireNonNull(rounding, "rounding");
    if (newCustomers == 0) {
      return MetricResult.undefined("no new customers: the spend of " + spend + " bought nobody");
    }
    return MetricResult.of(spend.dividedBy(newCustomers, rounding));
  }
}
