package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.model.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A half-open window of days {@code [from, to)}: {@code from} is the first day in it, {@code to}
 * the first day after it. Churn, MRR movements and cohorts are all measured over a window.
 *
 * <p>The state "at the start" of a window is the state at the end of the day before {@code from}
 * ({@link #dayBeforeStart()}), so a customer acquired on {@code from} is new in the window and not
 * part of its start; the state "at the end" is the state on {@link #lastDay()}. A churn on {@code
 * from} is in the window, a churn on {@code to} is in the next one.
 *
 * <pre>{@code
 * Window.month(YearMonth.of(2024, 3));       // [2024-03-01, 2024-04-01)
 * Window.quarter(2024, 2);                   // [2024-04-01, 2024-07-01)
 * Window.year(2024);                         // [2024-01-01, 2025-01-01)
 * Window.rollingDays(LocalDate.of(2024, 3, 31), 30);  // [2024-03-01, 2024-03-31)
 * }</pre>
 *
 * @param from the first day in the window
 * @param to the first day after the window, strictly after {@code from}
 */
public record Window(LocalDate from, LocalDate to) {

  /** The mean Gregorian month in days, {@code 365.2425 / 12 = 30.436875}: one customer-month. */
  public static final double DAYS_PER_MONTH = 365.2425 / 12;

  /**
   * Validates that {@code to} is after {@code from}.
   *
   * @throws IllegalArgumentException such as {@code to must be after from 2024-02-01, got
   *     2024-01-01}
   */
  public Window {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("to must be after from " + from + ", got " + to);
    }
  }

  /**
   * Returns {@code [from, to)}.
   *
   * @param from the first day in the window
   * @param to the first day after it, after {@code from}
   * @return the window
   */
  public static Window of(LocalDate from, LocalDate to) {
    return new Window(from, to);
  }

  /** Returns the calendar month {@code [first day, first day of the next month)}. */
  public static Window month(YearMonth month) {
    requireNonNull(month, "month");
    return new Window(month.atDay(1), month.plusMonths(1).atDay(1));
  }

  /**
   * Returns calendar quarter {@code quarter} of {@code year}: quarter 1 is {@code [Jan 1, Apr 1)}.
   *
   * @param year the year
   * @param quarter the quarter, in [1, 4]
   * @return the window
   */
  public static Window quarter(int year, int quarter) {
    Checks.inRange("quarter", quarter, 1, 4);
    LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
    return new Window(from, from.plusMonths(3));
  }

  /** Returns the calendar year {@code [Jan 1, Jan 1 of the next year)}. */
  public static Window year(int year) {
    LocalDate from = LocalDate.of(year, 1, 1);
    return new Window(from, from.plusYears(1));
  }

  /**
   * Returns the rolling window of the {@code days} days before {@code to}: {@code [to - days, to)}.
   * Stripe and Baremetrics report churn over the last 30 days this way.
   *
   * @param to the first day after the window (typically the as-of date)
   * @param days the length in days, {@code >= 1}
   * @return the window
   */
  public static Window rollingDays(LocalDate to, int days) {
    requireNonNull(to, "to");
    Checks.positive("days", days);
    return new Window(to.minusDays(days), to);
  }

  /**
   * Returns the rolling window of the {@code months} months before {@code to}: {@code [to minus
   * months, to)}, with {@link LocalDate#minusMonths} clamping to the end of a shorter month.
   *
   * @param to the first day after the window
   * @param months the length in months, {@code >= 1}
   * @return the window
   */
  public static Window rollingMonths(LocalDate to, int months) {
    requireNonNull(to, "to");
    Checks.positive("months", months);
    return new Window(to.minusMonths(months), to);
  }

  /** Returns the number of days in the window, {@code to - from}, at least 1. */
  public long lengthDays() {
    return ChronoUnit.DAYS.between(from, to);
  }

  /** Returns the length in customer-months of one customer: {@code lengthDays / 30.436875}. */
  public double lengthMonths() {
    return lengthDays() / DAYS_PER_MONTH;
  }

  /**
   * Returns the period the window spans exactly, if any: {@link Period#MONTH} when {@code to = from
   * + 1 month}, {@link Period#QUARTER} when {@code + 3 months}, {@link Period#YEAR} when {@code + 1
   * year}; empty for other lengths (a rolling 30-day window is not a month).
   *
   * @return the period of the window, or empty
   */
  public Optional<Period> period() {
    for (Period p : Period.values()) {
      if (from.plusMonths(p.months()).equals(to)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Returns the last day in the window, {@code to - 1 day}: the end state is read on it. */
  public LocalDate lastDay() {
    return to.minusDays(1);
  }

  /** Returns the day before {@code from}: the start state is read at its end. */
  public LocalDate dayBeforeStart() {
    return from.minusDays(1);
  }

  /** Returns true if {@code from <= date < to}. */
  public boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(from) && date.isBefore(to);
  }

  /** Returns {@code [2024-03-01, 2024-04-01)}. */
  @Override
  public String toString() {
    return "[" + from + ", " + to + ")";
  }
}
