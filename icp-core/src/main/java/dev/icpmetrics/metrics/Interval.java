package dev.icpmetrics.metrics;

import java.util.Locale;

/**
 * A two-sided confidence interval {@code [lower, upper]} for a real-valued metric, at a confidence
 * {@code level} such as 0.95.
 *
 * <p>Both bounds are finite; for a rate they lie in [0, 1]. A calculator that derives one metric
 * from another (CLV from churn, say) maps the bounds through the formula and says which way it
 * turns them.
 *
 * @param lower the lower bound, finite
 * @param upper the upper bound, finite and {@code >= lower}
 * @param level the confidence level, in (0, 1)
 */
public record Interval(double lower, double upper, double level) {

  /** Validates that the bounds are finite and ordered and that the level is in (0, 1). */
  public Interval {
    if (!Double.isFinite(lower)) {
      throw new IllegalArgumentException("lower must be finite, got " + lower);
    }
    if (!Double.isFinite(upper) || upper < lower) {
      throw new IllegalArgumentException(
          "upper must be finite and >= lower " + lower + ", got " + upper);
    }
    if (!(level > 0.0 && level < 1.0)) {
      throw new IllegalArgumentException("level must be in (0, 1), got " + level);
    }
  }

  /** Returns true if {@code lower <= x <= upper}. */
  public boolean contains(double x) {
    return lower <= x && x <= upper;
  }

  /** Returns {@code upper - lower}. */
  public double width() {
    return upper - lower;
  }

  /** Returns a one-line form such as {@code [0.0412, 0.1275] (95%)}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "[%.4f, %.4f] (%s%%)", lower, upper, percent(level));
  }

  static String percent(double level) {
    double p = level * 100;
    return p == Math.rint(p) ? Long.toString(Math.round(p)) : Double.toString(p);
  }
}
