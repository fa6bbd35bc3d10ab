package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The unit in which {@link Lifetime#active} and {@link Lifetime#churned} measure a tenure. */
public enum TenureUnit {
  /** Calendar days: {@code ChronoUnit.DAYS.between(from, to)}. */
  DAYS,

  /**
   * Whole billing months completed: the largest {@code m} with {@code from.plusMonths(m) <= to},
   * where {@code plusMonths} clamps to the end of a shorter month (the billing anniversary). So
   * 2024-01-31 to 2024-02-29 is 1 month, 2024-01-15 to 2024-02-14 is 0 months and 2024-01-15 to
   * 2024-02-15 is 1. A customer who churns within the first month has tenure 0.
   */
  MONTHS;

  /**
   * Returns the whole number of units from {@code from} to {@code to}, by this unit's rule.
   *
   * @param from the start date
   * @param to the end date, not before {@code from}
   * @return the count of units, {@code >= 0}
   */
  long between(LocalDate from, LocalDate to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (this == DAYS) {
      return ChronoUnit.DAYS.between(from, to);
    }
    long m = ChronoUnit.MONTHS.between(from, to);
    // ChronoUnit counts 2024-01-31 -> 2024-02-29 as 0; the billing anniversary has come.
    if (!from.plusMonths(m + 1).isAfter(to)) {
      m++;
    }
    return m;
  }
}
