package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.internal.Rates;
import dev.icpmetrics.model.Period;
import dev.icpmetrics.model.PeriodRate;
import java.util.Locale;
import java.util.Optional;

/**
 * A customer churn rate over a {@link Window}, with the counts it came from and the {@link
 * ChurnPolicy} that defined it. {@link Churn#rate} returns one inside a {@link MetricResult}, so an
 * empty denominator is an undefined result, never a rate of 0.
 *
 * <p>Two shapes: {@link OfCustomers} for a share of customers (denominators {@code START}, {@code
 * START_PLUS_NEW}, {@code AVERAGE}), carrying a {@link Proportion} with its Wilson interval; {@link
 * OfExposure} for churns over customer-months ({@code EXPOSURE}), carrying an {@link EventRate}
 * with its exact Poisson interval. Both give {@link #rate()}, a probability in [0, 1] over the
 * window, and {@link #per(Period)}, its compounded equivalent over another period.
 */
public sealed interface ChurnRate permits ChurnRate.OfCustomers, ChurnRate.OfExposure {

  /** Returns the policy the rate was computed under. */
  ChurnPolicy policy();

  /** Returns the window the rate was measured over. */
  Window window();

  /** Returns the numerator: the churned customers counted by the policy. */
  long churnedCount();

  /** Returns the churn probability over the window, in [0, 1]. */
  double rate();

  /** Returns the 95% interval of {@link #rate()}: Wilson, or exact Poisson for exposure. */
  Interval interval();

  /**
   * Returns the equivalent churn rate per {@code target}, compounding (REFERENCES §4): {@code 1 -
   * (1 - rate)^(target / window)}. A window of exactly a month, quarter or year converts with
   * {@link PeriodRate#convertedTo}; other windows (a rolling 30 days) by their length in days over
   * {@link Window#DAYS_PER_MONTH} days per month.
   *
   * @param target the period to express the rate in
   * @return the compounded rate per {@code target}
   */
  PeriodRate per(Period target);

  /**
   * Returns true if the denominator reaches the default minimum support ({@value
   * Proportion#DEFAULT_MIN_TRIALS} customers, or customer-months for exposure).
   */
  boolean isSupported();

  /**
   * A churn rate that is a share of customers: {@code proportion.events() / proportion.trials()}.
   * Under {@link ChurnPolicy.Denominator#AVERAGE} the counts are in half-customers, {@code 2 k / (S
   * + E)}, so that the average {@code (S + E) / 2} stays a whole number; the rate is exact, and the
   * intervals are computed on whole customers, {@code k} churned out of {@code n = (S + E) / 2} (a
   * half for an odd {@code S + E}), not on the half-customer counts, which would narrow them by up
   * to {@code sqrt(2)}.
   *
   * @param policy the policy
   * @param window the window
   * @param proportion churned out of the denominator
   */
  record OfCustomers(ChurnPolicy policy, Window window, Proportion proportion)
      implements ChurnRate {

    /** Validates that the denominator is not empty and the policy is not an exposure one. */
    public OfCustomers {
      requireNonNull(policy, "policy");
      requireNonNull(window, "window");
      requireNonNull(proportion, "proportion");
      if (policy.denominator() == ChurnPolicy.Denominator.EXPOSURE) {
        throw new IllegalArgumentException(
            "policy.denominator must not be EXPOSURE for a share of customers, got EXPOSURE");
      }
      if (proportion.trials() == 0) {
        throw new IllegalArgumentException("proportion.trials must be > 0, got 0");
      }
    }

    private boolean halves() {
      return policy.denominator() == ChurnPolicy.Denominator.AVERAGE;
    }

    @Override
    public long churnedCount() {
      return halves() ? proportion.events() / 2 : proportion.events();
    }

    /**
     * Returns the denominator in customers; a half under {@code AVERAGE} for an odd {@code S + E}.
     */
    public double denominator() {
      return halves() ? proportion.trials() / 2.0 : proportion.trials();
    }

    @Override
    public double rate() {
      return (double) proportion.events() / proportion.trials();
    }

    @Override
    public Interval interval() {
      return interval(IntervalMethod.WILSON, Proportion.DEFAULT_LEVEL);
    }

    /**
     * Returns the interval by {@code method} at {@code level}.
     *
     * @param method Wilson, Jeffreys or Clopper-Pearson
     * @param level the confidence level, in (0, 1)
     * @return the interval
     */
    public Interval interval(IntervalMethod method, double level) {
      if (!halves()) {
        return proportion.interval(method, level).orElseThrow();
      }
      requireNonNull(method, "method");
      Checks.openFraction("level", level);
      return Proportion.interval((double) churnedCount(), denominator(), method, level);
    }

    @Override
    public PeriodRate per(Period target) {
      return convert(window, rate(), target);
    }

    @Override
    public boolean isSupported() {
      return denominator() >= Proportion.DEFAULT_MIN_TRIALS;
    }

    /**
     * Returns {@code 7/100 = 7.00% [3.43%, 13.75%] 95% Wilson over [2024-03-01, 2024-04-01) under
     * ChartMogul standard (...)}.
     */
    @Override
    public String toString() {
      String counts =
          halves()
              ? String.format(
                  Locale.ROOT,
                  "%d/%s = %.2f%%",
                  churnedCount(),
                  Shrinkage.plain(denominator()),
                  100 * rate())
              : proportion.toString();
      return counts + " over " + window + " under " + policy;
    }
  }

  /**
   * A churn rate per customer-month of exposure: {@code lambda = events / exposure} churns per
   * customer-month, turned into a probability over a span of {@code m} months under a constant
   * hazard as {@code 1 - exp(-lambda m)}.
   *
   * @param policy the policy, with {@link ChurnPolicy.Denominator#EXPOSURE}
   * @param window the window
   * @param eventRate churns over customer-months
   */
  record OfExposure(ChurnPolicy policy, Window window, EventRate eventRate) implements ChurnRate {

    /** Validates that the exposure is not empty and the policy is an exposure one. */
    public OfExposure {
      requireNonNull(policy, "policy");
      requireNonNull(window, "window");
      requireNonNull(eventRate, "eventRate");
      if (policy.denominator() != ChurnPolicy.Denominator.EXPOSURE) {
        throw new IllegalArgumentException(
            "policy.denominator must be EXPOSURE, got " + policy.denominator());
      }
      if (eventRate.exposure() == 0.0) {
        throw new IllegalArgumentException("eventRate.exposure must be > 0, got 0.0");
      }
    }

    @Override
    public long churnedCount() {
      return eventRate.events();
    }

    /** Returns the hazard {@code lambda}, in churns per customer-month (not bounded by 1). */
    public double churnsPerCustomerMonth() {
      return eventRate.events() / eventRate.exposure();
    }

    @Override
    public double rate() {
      return probability(churnsPerCustomerMonth(), window.lengthMonths());
    }

    /** Returns the exact 95% Poisson interval mapped to a probability over the window. */
    @Override
    public Interval interval() {
      Interval i = eventRate.interval().orElseThrow();
      double m = window.lengthMonths();
      return new Interval(probability(i.lower(), m), probability(i.upper(), m), i.level());
    }

    /** Returns {@code 1 - exp(-lambda * target.months())}. */
    @Override
    public PeriodRate per(Period target) {
      requireNonNull(target, "target");
      return new PeriodRate(probability(churnsPerCustomerMonth(), target.months()), target);
    }

    @Override
    public boolean isSupported() {
      return eventRate.exposure() >= Proportion.DEFAULT_MIN_TRIALS;
    }

    private static double probability(double hazard, double months) {
      return Math.min(1.0, -Math.expm1(-hazard * months));
    }

    /**
     * Returns {@code 1 churns / 1.35 customer-months = 0.7424 per customer-month, 53.05% [1.90%,
     * 98.52%] 95% exact Poisson over [2024-03-01, 2024-04-01) under ...}.
     */
    @Override
    public String toString() {
      Interval i = interval();
      return String.format(
              Locale.ROOT,
              "%d churns / %.2f customer-months = %.4f per customer-month, %.2f%% [%.2f%%, %.2f%%]"
                  + " 95%% exact Poisson over ",
              eventRate.events(),
              eventRate.exposure(),
              churnsPerCustomerMonth(),
              100 * rate(),
              100 * i.lower(),
              100 * i.upper())
          + window
          + " under "
          + policy;
    }
  }

  private static PeriodRate convert(Window window, double rate, Period target) {
    requireNonNull(target, "target");
    Optional<Period> p = window.period();
    if (p.isPresent()) {
      return new PeriodRate(rate, p.get()).convertedTo(target);
    }
    double k = target.months() * Window.DAYS_PER_MONTH / window.lengthDays();
    return new PeriodRate(Rates.compound(rate, k), target);
  }
}
