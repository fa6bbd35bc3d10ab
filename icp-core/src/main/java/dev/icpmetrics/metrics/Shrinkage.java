package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.util.Locale;

/**
 * A rate shrunk toward a parent rate by beta-binomial (empirical Bayes) credibility: a segment with
 * few trials borrows strength from its parent, one with many keeps its own rate.
 *
 * <p>With {@code k} events out of {@code n}, parent rate {@code p} and prior strength {@code m}
 * (pseudo-trials): {@code shrunk = (k + m p) / (n + m)} and credibility weight {@code Z = n / (n +
 * m)}, so that {@code shrunk = Z (k/n) + (1 - Z) p}. The shrunk rate is the posterior mean of the
 * rate under a Beta(m p, m (1 - p)) prior.
 *
 * @param observed the segment's own counts
 * @param parentRate the parent rate {@code p}, in [0, 1]
 * @param priorStrength the prior strength {@code m}, finite and {@code > 0}
 */
public record Shrinkage(Proportion observed, double parentRate, double priorStrength) {

  /** Validates the parent rate and the prior strength. */
  public Shrinkage {
    requireNonNull(observed, "observed");
    Checks.fraction("parentRate", parentRate);
    Checks.positive("priorStrength", priorStrength);
  }

  /**
   * Returns the segment's own rate {@code k / n}.
   *
   * @return the raw rate, or undefined when {@code n = 0}
   */
  public MetricResult<Double> rawRate() {
    return observed.rate();
  }

  /**
   * Returns {@code (k + m p) / (n + m)}, in [0, 1]; the parent rate when {@code n = 0}.
   *
   * @return the shrunk rate
   */
  public double shrunkRate() {
    double shrunk =
        (observed.events() + priorStrength * parentRate) / (observed.trials() + priorStrength);
    return Math.min(1.0, Math.max(0.0, shrunk));
  }

  /**
   * Returns the credibility weight {@code Z = n / (n + m)}, in [0, 1): the share of the shrunk rate
   * that comes from the segment's own data.
   *
   * @return the weight
   */
  public double credibilityWeight() {
    return observed.trials() / (observed.trials() + priorStrength);
  }

  /**
   * Returns a one-line summary such as {@code 7/100 toward 5.00% (m = 50): raw 7.00%, shrunk 6.33%,
   * Z = 0.667}.
   */
  @Override
  public String toString() {
    String raw =
        observed.trials() == 0
            ? "undefined"
            : String.format(Locale.ROOT, "%.2f%%", 100.0 * observed.events() / observed.trials());
    return String.format(
        Locale.ROOT,
        "%d/%d toward %.2f%% (m = %s): raw %s, shrunk %.2f%%, Z = %.3f",
        observed.events(),
        observed.trials(),
        100 * parentRate,
        plain(priorStrength),
        raw,
        100 * shrunkRate(),
        credibilityWeight());
  }

  static String plain(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15
        ? Long.toString((long) x)
        : String.format(Locale.ROOT, "%s", x);
  }
}
