package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.stats.Beta;
import dev.icpmetrics.stats.Normal;
import java.util.Locale;

/**
 * A count of {@code events} out of {@code trials}: churned customers out of those at risk, won
 * opportunities out of those closed. The rate {@code events / trials} is derived, never stored, and
 * comes with a confidence interval.
 *
 * <p>A proportion is an additive tally: {@link #plus} merges disjoint counts, {@link #empty()} is
 * its identity, and every rate of a merged total is computed from the merged counts, never by
 * averaging rates. With no trials the rate and its interval are {@linkplain MetricResult.Undefined
 * undefined}, never 0.
 *
 * <pre>{@code
 * Proportion churn = Proportion.of(7, 100);
 * churn.rate();      // 0.07
 * churn.interval();  // Wilson 95%: [0.0343, 0.1375]
 * churn.toString();  // 7/100 = 7.00% [3.43%, 13.75%] 95% Wilson
 * }</pre>
 *
 * @param events the number of events {@code k}, in {@code [0, trials]}
 * @param trials the number of trials {@code n}, {@code >= 0}
 */
public record Proportion(long events, long trials) {

  /**
   * The default minimum support of {@link #isSupported()}: 30 trials. Below it a rate is still
   * shown with its counts and interval, but is not ranked on its point estimate.
   */
  public static final long DEFAULT_MIN_TRIALS = 30;

  /** The default confidence level of {@link #interval()}: 0.95. */
  public static final double DEFAULT_LEVEL = 0.95;

  private static final Proportion EMPTY = new Proportion(0, 0);

  /**
   * Validates the counts: {@code trials >= 0} and {@code 0 <= events <= trials}.
   *
   * @throws IllegalArgumentException such as {@code events must be in [0, 150], got 151}
   */
  public Proportion {
    Checks.nonNegative("trials", trials);
    Checks.inRange("events", events, 0, trials);
  }

  /**
   * Returns {@code events} out of {@code trials}.
   *
   * @param events the number of events, in {@code [0, trials]}
   * @param trials the number of trials, {@code >= 0}
   * @return the proportion
   */
  public static Proportion of(long events, long trials) {
    return new Proportion(events, trials);
  }

  /** Returns 0 out of 0, the identity of {@link #plus}. */
  public static Proportion empty() {
    return EMPTY;
  }

  /**
   * Returns the tally of this and a disjoint {@code other}: events and trials added; an overflow
   * throws {@code ArithmeticException} naming the count and both operands. Associative and
   * commutative, with {@link #empty()} as identity.
   *
   * @param other counts over other subjects
   * @return the merged counts
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public Proportion plus(Proportion other) {
    requireNonNull(other, "other");
    return new Proportion(
        Checks.sum("events", events, other.events), Checks.sum("trials", trials, other.trials));
  }

  /**
   * Returns the point estimate {@code events / trials}, in [0, 1].
   *
   * @return the rate, or undefined when {@code trials = 0}
   */
  public MetricResult<Double> rate() {
    if (trials == 0) {
      return MetricResult.undefined("no trials (0 of 0)");
    }
    return MetricResult.of((double) events / trials);
  }

  /**
   * Returns the 95% Wilson interval, {@code interval(IntervalMethod.WILSON, 0.95)}.
   *
   * @return the interval, or undefined when {@code trials = 0}
   */
  public MetricResult<Interval> interval() {
    return interval(IntervalMethod.WILSON, DEFAULT_LEVEL);
  }

  /**
   * Returns a two-sided confidence interval for the rate, by {@code method} at {@code level}; see
   * {@link IntervalMethod} for each formula. Both bounds lie in [0, 1] and enclose the rate.
   *
   * @param method how to compute the interval
   * @param level the confidence level, in (0, 1), such as 0.95
   * @return the interval, or undefined when {@code trials = 0}
   * @throws IllegalArgumentException if {@code level} is not in (0, 1)
   */
  public MetricResult<Interval> interval(IntervalMethod method, double level) {
    requireNonNull(method, "method");
    Checks.openFraction("level", level);
    if (trials == 0) {
      return MetricResult.undefined("no trials (0 of 0)");
    }
    return MetricResult.of(interval((double) events, (double) trials, method, level));
  }

  /**
   * Returns the interval of {@code k} events out of {@code n > 0} trials that need not be whole (an
   * average customer count {@code (S + E) / 2}); every formula of {@link IntervalMethod} is defined
   * for real {@code k} and {@code n}. The caller checks {@code 0 <= k <= n}, {@code n > 0} and the
   * level.
   */
  static Interval interval(double k, double n, IntervalMethod method, double level) {
    double alpha = 1.0 - level;
    double lower;
    double upper;
    switch (method) {
      case WILSON -> {
        double z = Normal.twoSidedCritical(level);
        double p = k / n;
        double z2n = z * z / n;
        double center = (p + z2n / 2) / (1 + z2n);
        double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4 * n));
        lower = k == 0 ? 0.0 : Math.max(0.0, center - half);
        upper = k == n ? 1.0 : Math.min(1.0, center + half);
      }
      case JEFFREYS -> {
        lower = k == 0 ? 0.0 : Beta.quantile(alpha / 2, k + 0.5, n - k + 0.5);
        upper = k == n ? 1.0 : Beta.quantile(1 - alpha / 2, k + 0.5, n - k + 0.5);
      }
      case CLOPPER_PEARSON -> {
        lower = k == 0 ? 0.0 : Beta.quantile(alpha / 2, k, n - k + 1);
        upper = k == n ? 1.0 : Beta.quantile(1 - alpha / 2, k + 1, n - k);
      }
      default -> throw new AssertionError(method);
    }
    return new Interval(lower, upper, level);
  }

  /**
   * Returns true if {@code trials >= }{@value #DEFAULT_MIN_TRIALS}, the default minimum support.
   *
   * @return whether the rate has enough trials to be ranked on
   */
  public boolean isSupported() {
    return isSupported(DEFAULT_MIN_TRIALS);
  }

  /**
   * Returns true if {@code trials >= minTrials}. An unsupported rate is still reported with its
   * counts and interval, but should not be ranked on its point estimate.
   *
   * @param minTrials the minimum number of trials, {@code >= 0}
   * @return whether {@code trials >= minTrials}
   */
  public boolean isSupported(long minTrials) {
    Checks.nonNegative("minTrials", minTrials);
    return trials >= minTrials;
  }

  /**
   * Returns the beta-binomial (empirical Bayes) shrinkage of this rate toward {@code parentRate}
   * with prior strength {@code m} pseudo-trials: {@code shrunk = (k + m p) / (n + m)}, the
   * posterior mean under a Beta(m p, m (1 - p)) prior, with credibility weight {@code Z = n / (n +
   * m)} so that {@code shrunk = Z (k/n) + (1 - Z) p}. With no trials the shrunk rate is the parent
   * rate.
   *
   * @param parentRate the rate of the parent population {@code p}, in [0, 1]
   * @param priorStrength the prior's weight {@code m} in pseudo-trials, finite and {@code > 0}
   * @return the raw rate, the shrunk rate and the credibility weight
   */
  public Shrinkage shrunkToward(double parentRate, double priorStrength) {
    return new Shrinkage(this, parentRate, priorStrength);
  }

  /**
   * Returns the shrinkage of this rate toward the rate of {@code parent}, such as the whole base
   * that this segment belongs to; see {@link #shrunkToward(double, double)}.
   *
   * @param parent the parent population's counts, with {@code trials > 0}
   * @param priorStrength the prior's weight {@code m} in pseudo-trials, finite and {@code > 0}
   * @return the raw rate, the shrunk rate and the credibility weight
   * @throws IllegalArgumentException if the parent has no trials
   */
  public Shrinkage shrunkToward(Proportion parent, double priorStrength) {
    requireNonNull(parent, "parent");
    Checks.positive("parent.trials", parent.trials);
    return new Shrinkage(this, (double) parent.events / parent.trials, priorStrength);
  }

  /**
   * Returns a one-line summary with the 95% Wilson interval, such as {@code 7/100 = 7.00% [3.43%,
   * 13.75%] 95% Wilson}, or {@code 0/0 = undefined (no trials)}.
   */
  @Override
  public String toString() {
    if (trials == 0) {
      return "0/0 = undefined (no trials)";
    }
    Interval i = interval().orElseThrow();
    return String.format(
        Locale.ROOT,
        "%d/%d = %.2f%% [%.2f%%, %.2f%%] 95%% %s",
        events,
        trials,
        100.0 * events / trials,
        100 * i.lower(),
        100 * i.upper(),
        IntervalMethod.WILSON.label());
  }
}
