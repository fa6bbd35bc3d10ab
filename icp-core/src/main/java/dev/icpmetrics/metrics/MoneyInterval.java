package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.model.Money;
import java.util.Locale;

/**
 * The interval a money metric inherits from the confidence interval of its input, typically a CLV
 * from a churn interval. Either end can be undefined: a CLV at a churn of 0 has no finite value, so
 * an interval whose lower churn is 0 has an unbounded upper end, reported as {@link
 * MetricResult.Undefined} with the reason, never as infinity.
 *
 * @param lower the lower end
 * @param upper the upper end; not below {@code lower} when both are defined
 * @param level the confidence level of the input interval, in (0, 1)
 */
public record MoneyInterval(MetricResult<Money> lower, MetricResult<Money> upper, double level) {

  /** Validates that defined ends are in one currency and ordered, and the level in (0, 1). */
  public MoneyInterval {
    requireNonNull(lower, "lower");
    requireNonNull(upper, "upper");
    if (lower.isDefined() && upper.isDefined()) {
      Money lo = lower.orElseThrow();
      Money hi = upper.orElseThrow();
      if (lo.checkSameCurrency(hi).isLessThan(lo)) {
        throw new IllegalArgumentException("upper must be >= lower " + lo + ", got " + hi);
      }
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), got " + level);
    }
  }

  /** Returns true if both ends are defined. */
  public boolean isBounded() {
    return lower.isDefined() && upper.isDefined();
  }

  /**
   * Returns a one-line form such as {@code [USD 1454.55, USD 1777.78] (95%)} or {@code [USD
   * 1454.55, unbounded] (95%)}.
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "[%s, %s] (%s%%)", end(lower), end(upper), percent(level));
  }

  private static String end(MetricResult<Money> end) {
    return end.isDefined() ? end.orElseThrow().toString() : "unbounded";
  }

  private static String percent(double level) {
    double p = level * 100;
    return p == Math.rint(p) ? Long.toString(Math.round(p)) : Double.toString(p);
  }
}
