package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The interval of a churn-adjusted payback implied by a confidence interval of the churn rate.
 * Payback lengthens as churn rises, so {@code lower} is the payback at the lower churn and {@code
 * upper} the payback at the upper churn; either may be {@link PaybackPeriod.Never} or {@link
 * PaybackPeriod.NotWithinHorizon}.
 *
 * @param lower the payback at the lower end of the churn interval
 * @param upper the payback at the upper end of the churn interval
 * @param level the confidence level of the churn interval, in (0, 1)
 */
public record PaybackInterval(PaybackPeriod lower, PaybackPeriod upper, double level) {

  /** Validates the ends and the level. */
  public PaybackInterval {
    requireNonNull(lower, "lower");
    requireNonNull(upper, "upper");
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), got " + level);
    }
  }

  /** Returns a one-line form such as {@code [7.42 months, 9.10 months] (95%)}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "[%s, %s] (%s%%)", end(lower), end(upper), percent(level));
  }

  private static String end(PaybackPeriod p) {
    if (p.isReached()) {
      return String.format(Locale.ROOT, "%.2f months", p.months().orElseThrow());
    }
    return p instanceof PaybackPeriod.Never ? "never" : "not within horizon";
  }

  private static String percent(double level) {
    double p = level * 100;
    return p == Math.rint(p) ? Long.toString(Math.round(p)) : Double.toString(p);
  }
}
