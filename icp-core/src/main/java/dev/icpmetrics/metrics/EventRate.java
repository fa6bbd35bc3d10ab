package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.stats.ChiSquared;
import java.util.Locale;

/**
 * A count of {@code events} over an {@code exposure}: churns per customer-month, tickets per
 * account-year. The rate {@code events / exposure} is derived, never stored, and is in events per
 * unit of exposure (per customer-month when exposure is in customer-months); unlike a {@link
 * Proportion} it is not bounded by 1.
 *
 * <p>An additive tally: {@link #plus} merges disjoint exposures, {@link #empty()} is its identity.
 * With no exposure the rate and its interval are {@linkplain MetricResult.Undefined undefined},
 * never 0.
 *
 * @param events the number of events {@code k}, {@code >= 0}
 * @param exposure the total exposure {@code E}, finite and {@code >= 0}, in the caller's unit
 *     (customer-months, say); {@code events} must be 0 when it is 0
 */
public record EventRate(long events, double exposure) {

  private static final EventRate EMPTY = new EventRate(0, 0.0);

  /**
   * Validates {@code events >= 0}, a finite {@code exposure >= 0}, and no events without exposure.
   */
  public EventRate {
    Checks.nonNegative("events", events);
    Checks.nonNegative("exposure", exposure);
    if (exposure == 0.0 && events > 0) {
      throw new IllegalArgumentException("events must be 0 when exposure is 0, got " + events);
    }
  }

  /**
   * Returns {@code events} over {@code exposure}.
   *
   * @param events the number of events, {@code >= 0}
   * @param exposure the total exposure, finite and {@code >= 0}
   * @return the event rate
   */
  public static EventRate of(long events, double exposure) {
    return new EventRate(events, exposure);
  }

  /** Returns 0 events over 0 exposure, the identity of {@link #plus}. */
  public static EventRate empty() {
    return EMPTY;
  }

  /**
   * Returns the tally of this and a disjoint {@code other}: events and exposures added.
   *
   * @param other events over other exposure, in the same unit
   * @return the merged tally
   * @throws ArithmeticException if the event count overflows a {@code long}
   */
  public EventRate plus(EventRate other) {
    requireNonNull(other, "other");
    return new EventRate(Math.addExact(events, other.events), exposure + other.exposure);
  }

  /**
   * Returns {@code events / exposure}, in events per unit of exposure.
   *
   * @return the rate, or undefined when {@code exposure = 0}
   */
  public MetricResult<Double> rate() {
    if (exposure == 0.0) {
      return MetricResult.undefined("no exposure");
    }
    return MetricResult.of(events / exposure);
  }

  /**
   * Returns the exact 95% Poisson interval, {@code interval(0.95)}.
   *
   * @return the interval, or undefined when {@code exposure = 0}
   */
  public MetricResult<Interval> interval() {
    return interval(Proportion.DEFAULT_LEVEL);
  }

  /**
   * Returns the exact (Garwood) Poisson interval for the rate at {@code level}, R's {@code
   * poisson.test(k, E)}: {@code [chi2^-1(alpha/2; 2k) / (2E), chi2^-1(1 - alpha/2; 2k + 2) /
   * (2E)]}, with the lower bound 0 when {@code k = 0}.
   *
   * @param level the confidence level, in (0, 1)
   * @return the interval, or undefined when {@code exposure = 0}
   */
  public MetricResult<Interval> interval(double level) {
    Checks.openFraction("level", level);
    if (exposure == 0.0) {
      return MetricResult.undefined("no exposure");
    }
    double alpha = 1.0 - level;
    double lower =
        events == 0 ? 0.0 : ChiSquared.quantile(alpha / 2, 2.0 * events) / (2 * exposure);
    double upper = ChiSquared.quantile(1 - alpha / 2, 2.0 * events + 2) / (2 * exposure);
    return MetricResult.of(new Interval(lower, upper, level));
  }

  /**
   * Returns a one-line summary with the exact 95% interval, such as {@code 3 / 120 = 0.025000
   * [0.005156, 0.073060] 95% exact Poisson}, or {@code 0 / 0 = undefined (no exposure)}.
   */
  @Override
  public String toString() {
    if (exposure == 0.0) {
      return "0 / 0 = undefined (no exposure)";
    }
    Interval i = interval().orElseThrow();
    return String.format(
        Locale.ROOT,
        "%d / %s = %.6f [%.6f, %.6f] 95%% exact Poisson",
        events,
        Shrinkage.plain(exposure),
        events / exposure,
        i.lower(),
        i.upper());
  }
}
