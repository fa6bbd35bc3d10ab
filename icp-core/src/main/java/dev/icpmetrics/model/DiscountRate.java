package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A discount rate per {@link Period}: money one period from now is worth {@code 1 / (1 + rate)} of
 * money now.
 *
 * <p>Conversion compounds: {@code (1 + rate)^k - 1} over {@code k} periods, so 10% a year is
 * 0.7974% a month ({@code 1.1^(1/12) - 1}).
 *
 * @param rate the discount rate per period, finite and {@code >= 0}
 * @param period the period the rate refers to
 */
public record DiscountRate(double rate, Period period) {

  /** Validates that {@code rate} is finite and not negative. */
  public DiscountRate {
    requireNonNull(period, "period");
    if (!(rate >= 0.0 && rate < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "discountRate must be finite and >= 0, got %s", rate));
    }
  }

  /** Returns {@code rate} per month. */
  public static DiscountRate monthly(double rate) {
    return new DiscountRate(rate, Period.MONTH);
  }

  /** Returns {@code rate} per year. */
  public static DiscountRate annual(double rate) {
    return new DiscountRate(rate, Period.YEAR);
  }

  /**
   * Returns the equivalent rate per {@code target}: {@code (1 + rate)^k - 1} with {@code k =
   * target.months() / period.months()}.
   *
   * @param target the period to convert to
   * @return the compounded discount rate per {@code target}
   */
  public DiscountRate convertedTo(Period target) {
    requireNonNull(target, "target");
    if (target == period) {
      return this;
    }
    return new DiscountRate(Math.expm1(period.per(target) * Math.log1p(rate)), target);
  }

  /**
   * Throws unless this rate is per {@code expected}; calculators use it to refuse mixing a monthly
   * margin with an annual discount rate.
   *
   * @param expected the period of the other inputs
   * @return this rate
   * @throws IllegalArgumentException naming both periods
   */
  public DiscountRate requirePeriod(Period expected) {
    requireNonNull(expected, "expected");
    if (period != expected) {
      throw new IllegalArgumentException(
          "discountRate period must be "
              + expected
              + " like the other inputs, got "
              + period
              + " (convert it explicitly with convertedTo)");
    }
    return this;
  }

  /** Returns a one-line form such as {@code 10.00% per year}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "%.2f%% per %s", rate * 100, period.name().toLowerCase(Locale.ROOT));
  }
}
