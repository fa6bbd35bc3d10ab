package dev.icpmetrics.segment;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.metrics.MetricResult;
import dev.icpmetrics.metrics.Proportion;
import dev.icpmetrics.stats.Normal;
import java.util.Locale;

/**
 * The pooled two-proportion z-test of a change between two reviews: did churn (or conversion)
 * really move, or is the difference noise?
 *
 * <p>With {@code p1 = k1/n1} before, {@code p2 = k2/n2} after and the pooled {@code p = (k1 + k2) /
 * (n1 + n2)}: {@code z = (p2 - p1) / sqrt(p (1 - p) (1/n1 + 1/n2))} and the two-sided p-value
 * {@code 2 (1 - Phi(|z|))}. This is R's {@code prop.test(c(k2, k1), c(n2, n1), correct = FALSE)}
 * (its statistic is {@code z^2}). The normal approximation wants about five events and five
 * non-events on each side; below that, read the p-value as a rough guide.
 *
 * @param before the counts of the earlier review
 * @param after the counts of the later review
 */
public record TwoProportionTest(Proportion before, Proportion after) {

  /** Validates that both counts are present. */
  public TwoProportionTest {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
  }

  /**
   * Returns the change of the rate, {@code p2 - p1}.
   *
   * @return the difference; undefined when either side has no trials
   */
  public MetricResult<Double> difference() {
    if (before.trials() == 0 || after.trials() == 0) {
      return MetricResult.undefined("a side has no trials");
    }
    return MetricResult.of(
        (double) after.events() / after.trials() - (double) before.events() / before.trials());
  }

  /**
   * Returns the z statistic.
   *
   * @return z; undefined when a side has no trials or the pooled rate is 0 or 1 (no variance)
   */
  public MetricResult<Double> z() {
    if (before.trials() == 0 || after.trials() == 0) {
      return MetricResult.undefined("a side has no trials");
    }
    double n1 = before.trials();
    double n2 = after.trials();
    double pooled = (before.events() + after.events()) / (n1 + n2);
    if (pooled == 0.0 || pooled == 1.0) {
      return MetricResult.undefined(
          "the pooled rate is " + (pooled == 0.0 ? "0" : "1") + ": no variance to test against");
    }
    double se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    return MetricResult.of(difference().orElseThrow() / se);
  }

  /**
   * Returns the two-sided p-value, {@code 2 (1 - Phi(|z|))}.
   *
   * @return the p-value in [0, 1]; undefined when z is
   */
  public MetricResult<Double> pValue() {
    return z().map(z -> Math.min(1.0, 2 * Normal.cdf(-Math.abs(z))));
  }

  /**
   * Returns true if the p-value is below {@code alpha}.
   *
   * @param alpha the significance level, in (0, 1), such as 0.05
   * @return whether the change is significant; false when the test is undefined
   */
  public boolean isSignificant(double alpha) {
    dev.icpmetrics.internal.Checks.openFraction("alpha", alpha);
    MetricResult<Double> p = pValue();
    return p.isDefined() && p.orElseThrow() < alpha;
  }

  /** Returns {@code 15/150 -> 6/150: -6.00 pp, z -2.04, p 0.0417}. */
  @Override
  public String toString() {
    String counts =
        before.events() + "/" + before.trials() + " -> " + after.events() + "/" + after.trials();
    MetricResult<Double> z = z();
    if (!z.isDefined()) {
      return counts + ": not testable (" + z.undefinedReason().orElseThrow() + ")";
    }
    return String.format(
        Locale.ROOT,
        "%s: %+.2f pp, z %.2f, p %.4f",
        counts,
        100 * difference().orElseThrow(),
        z.orElseThrow(),
        pValue().orElseThrow());
  }
}
