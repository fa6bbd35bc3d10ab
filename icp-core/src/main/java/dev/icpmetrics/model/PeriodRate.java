package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Rates;
import java.util.Locale;

/**
 * A fraction in [0, 1] that happens per {@link Period}: a churn rate, a retention rate, a
 * probability of an event within the period.
 *
 * <p>Conversion compounds: a rate {@code c} per period converts to {@code 1 - (1 - c)^k} over
 * {@code k} periods, for fractional {@code k} too. Monthly churn of 4% is therefore 38.73% a year,
 * not 48%; 10% a year is 0.8742% a month.
 *
 * @param rate the fraction per period, in [0, 1]
 * @param period the period the fraction refers to
 */
public record PeriodRate(double rate, Period period) {

  /** Validates that {@code rate} is a finite fraction in [0, 1]. */
  public PeriodRate {
    requireNonNull(period, "period");
    if (!(rate >= 0.0 && rate <= 1.0)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "rate must be in [0, 1], got %s", rate));
    }
  }

  /** Returns {@code rate} per month. */
  public static PeriodRate monthly(double rate) {
    return new PeriodRate(rate, Period.MONTH);
  }

  /** Returns {@code rate} per quarter. */
  public static PeriodRate quarterly(double rate) {
    return new PeriodRate(rate, Period.QUARTER);
  }

  /** Returns {@code rate} per year. */
  public static PeriodRate annual(double rate) {
    return new PeriodRate(rate, Period.YEAR);
  }

  /**
   * Returns the equivalent rate per {@code target}, compounding: {@code 1 - (1 - rate)^k} with
   * {@code k = target.months() / period.months()}. A rate of 1 stays 1 and 0 stays 0.
   *
   * @param target the period to convert to
   * @return the compounded rate per {@code target}
   */
  public PeriodRate convertedTo(Period target) {
    requireNonNull(target, "target");
    if (target == period) {
      return this;
    }
    return new PeriodRate(Rates.compound(rate, period.per(target)), target);
  }

  /** Returns the complement, {@code 1 - rate}, for the same period (churn to retention). */
  public PeriodRate complement() {
    return new PeriodRate(1.0 - rate, period);
  }

  /** Returns a one-line form such as {@code 4.00% per month}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "%.2f%% per %s", rate * 100, period.name().toLowerCase(Locale.ROOT));
  }
}
