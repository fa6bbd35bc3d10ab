package dev.icpmetrics.metrics;

import static dev.icpmetrics.metrics.MoneyChecks.CONTEXT;
import static dev.icpmetrics.metrics.MoneyChecks.nonNegative;

import dev.icpmetrics.model.Money;

/**
 * The ratio of customer lifetime value to acquisition cost; the guide's target is at least 3
 * ({@link EconomicsTargets#minLtvToCac}). Thread-safe: stateless.
 */
public final class LtvToCac {
  private LtvToCac() {}

  /**
   * Returns {@code ltv / cac}. The ratio is only as comparable as the CLV formula behind it: say
   * which {@link Clv} method produced {@code ltv}.
   *
   * @param ltv the customer lifetime value, {@code >= 0}
   * @param cac the acquisition cost per customer, {@code >= 0}, in the currency of {@code ltv}
   * @return the ratio; undefined when CAC is 0
   * @throws dev.icpmetrics.model.CurrencyMismatchException if the currencies differ
   */
  public static MetricResult<Double> ratio(Money ltv, Money cac) {
    nonNegative("ltv", ltv);
    nonNegative("cac", cac);
    ltv.checkSameCurrency(cac);
    if (cac.isZero()) {
      return MetricResult.undefined("cac is 0: customers cost nothing to acquire");
    }
    return MetricResult.of(ltv.amount().divide(cac.amount(), CONTEXT).doubleValue());
  }
}
