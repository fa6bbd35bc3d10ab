package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.time.LocalDate;

/**
 * One subject's observed lifetime for {@link KaplanMeier} and {@link LogRank}: the {@code time} of
 * its event (a churn), or the time it was last seen without one (censored, such as a customer still
 * active at the as-of date).
 *
 * @param time the time from the subject's start, finite and {@code >= 0}, in any unit used
 *     consistently (days, months, weeks)
 * @param event true if the event was observed at {@code time}, false if censored there
 */
public record Lifetime(double time, boolean event) {

  /** Validates that {@code time} is finite and {@code >= 0}. */
  public Lifetime {
    Checks.nonNegative("time", time);
  }

  /**
   * Returns an observed event at {@code time}.
   *
   * @param time the time of the event, finite and {@code >= 0}
   * @return the lifetime
   */
  public static Lifetime event(double time) {
    return new Lifetime(time, true);
  }

  /**
   * Returns a subject censored at {@code time}: known to be event-free up to then.
   *
   * @param time the last time seen without the event, finite and {@code >= 0}
   * @return the lifetime
   */
  public static Lifetime censored(double time) {
    return new Lifetime(time, false);
  }

  /**
   * Returns the lifetime of a customer still active at {@code asOf}: censored at its tenure {@code
   * unit.between(acquired, asOf)}.
   *
   * @param acquired the date the customer was acquired
   * @param asOf the date the data was observed, not before {@code acquired}
   * @param unit days or whole billing months (see {@link TenureUnit#MONTHS} for the rule)
   * @return the censored lifetime
   * @throws IllegalArgumentException if {@code asOf} is before {@code acquired}
   */
  public static Lifetime active(LocalDate acquired, LocalDate asOf, TenureUnit unit) {
    requireNonNull(acquired, "acquired");
    requireNonNull(asOf, "asOf");
    requireNonNull(unit, "unit");
    requireNotBefore("asOf", asOf, acquired);
    return censored((double) unit.between(acquired, asOf));
  }

  /**
   * Returns the lifetime of a customer that churned on {@code churned}, seen from {@code asOf}: an
   * event at tenure {@code unit.between(acquired, churned)} if {@code churned <= asOf}; otherwise
   * the churn is not yet known at the as-of date and the customer is censored at {@code
   * unit.between(acquired, asOf)}.
   *
   * @param acquired the date the customer was acquired
   * @param churned the date the customer churned, not before {@code acquired}
   * @param asOf the date the data was observed, not before {@code acquired}
   * @param unit days or whole billing months (see {@link TenureUnit#MONTHS} for the rule)
   * @return the lifetime
   * @throws IllegalArgumentException if {@code churned} or {@code asOf} is before {@code acquired}
   */
  public static Lifetime churned(
      LocalDate acquired, LocalDate churned, LocalDate asOf, TenureUnit unit) {
    requireNonNull(acquired, "acquired");
    requireNonNull(churned, "churned");
    requireNonNull(asOf, "asOf");
    requireNonNull(unit, "unit");
    requireNotBefore("churned", churned, acquired);
    requireNotBefore("asOf", asOf, acquired);
    if (churned.isAfter(asOf)) {
      return censored((double) unit.between(acquired, asOf));
    }
    return event((double) unit.between(acquired, churned));
  }

  private static void requireNotBefore(String field, LocalDate date, LocalDate acquired) {
    if (date.isBefore(acquired)) {
      throw new IllegalArgumentException(
          field + " must be on or after acquired " + acquired + ", got " + date);
    }
  }

  /**
   * Returns the time, followed by {@code +} if censored, as R prints it: {@code 13} or {@code 13+}.
   */
  @Override
  public String toString() {
    return Shrinkage.plain(time) + (event ? "" : "+");
  }
}
