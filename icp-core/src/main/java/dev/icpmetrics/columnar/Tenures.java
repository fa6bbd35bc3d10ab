package dev.icpmetrics.columnar;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.metrics.KaplanMeier;
import dev.icpmetrics.metrics.ShiftedBetaGeometric;
import dev.icpmetrics.metrics.SurvivalCurve;
import dev.icpmetrics.metrics.TenureUnit;
import dev.icpmetrics.model.Period;
import java.time.LocalDate;

/**
 * The lifetimes of the accounts of a {@link CustomerBase} as of a date, in primitive columns: for
 * each account acquired on or before {@code asOf}, the tenure from its acquired date to its first
 * churn (an event) or, when it has not churned by {@code asOf}, to {@code asOf} (censored), in days
 * or whole billing months; the same values as {@code Lifetime.churned} and {@code Lifetime.active}
 * give for each account. Extracted in one pass without an object per row.
 *
 * <p>Immutable: the accessors return copies; the fits read the arrays directly.
 */
public final class Tenures {
  private final TenureUnit unit;
  private final double[] times;
  private final boolean[] events;

  private Tenures(TenureUnit unit, double[] times, boolean[] events) {
    this.unit = unit;
    this.times = times;
    this.events = events;
  }

  /**
   * Extracts the tenures of {@code base} as of {@code asOf}.
   *
   * @param base the base
   * @param asOf the as-of date
   * @param unit days or whole billing months
   * @return the tenures, in row order, accounts acquired after {@code asOf} left out
   */
  public static Tenures of(CustomerBase base, LocalDate asOf, TenureUnit unit) {
    requireNonNull(base, "base");
    requireNonNull(asOf, "asOf");
    requireNonNull(unit, "unit");
    long at = asOf.toEpochDay();
    int[] acquired = base.acquiredDays();
    int[] lifeOffsets = base.lifeOffsets();
    int[] lifeDays = base.lifeDays();
    int rows = base.rowCount();
    int n = 0;
    for (int r = 0; r < rows; r++) {
      if (acquired[r] <= at) {
        n++;
      }
    }
    double[] times = new double[n];
    boolean[] events = new boolean[n];
    int asOfYmd = Civil.ymd(at);
    for (int r = 0, i = 0; r < rows; r++) {
      int a = acquired[r];
      if (a > at) {
        continue;
      }
      boolean churned = lifeOffsets[r + 1] > lifeOffsets[r] && lifeDays[lifeOffsets[r]] <= at;
      long end = churned ? lifeDays[lifeOffsets[r]] : at;
      if (unit == TenureUnit.DAYS) {
        times[i] = end - a;
      } else {
        times[i] = Civil.billingMonths(Civil.ymd(a), churned ? Civil.ymd(end) : asOfYmd);
      }
      events[i] = churned;
      i++;
    }
    return new Tenures(unit, times, events);
  }

  /** Returns the unit of the times. */
  public TenureUnit unit() {
    return unit;
  }

  /** Returns the number of accounts. */
  public int size() {
    return times.length;
  }

  /** Returns a copy of the tenures. */
  public double[] times() {
    return times.clone();
  }

  /** Returns a copy of the event flags: true for a churn, false for censored. */
  public boolean[] events() {
    return events.clone();
  }

  /** Returns the Kaplan–Meier curve of the tenures, {@code KaplanMeier.fit(times, events)}. */
  public SurvivalCurve kaplanMeier() {
    return KaplanMeier.fit(times, events);
  }

  /**
   * Fits the shifted-beta-geometric model to the tenures in whole billing months: {@code
   * ShiftedBetaGeometric.fitTenures(Period.MONTH, months, events)}.
   *
   * @return the fit
   * @throws IllegalStateException if the tenures are not in months
   */
  public ShiftedBetaGeometric.Fit shiftedBetaGeometric() {
    if (unit != TenureUnit.MONTHS) {
      throw new IllegalStateException("tenures must be in MONTHS for the sBG, got " + unit);
    }
    int[] months = new int[times.length];
    for (int i = 0; i < months.length; i++) {
      months[i] = (int) times[i];
    }
    return ShiftedBetaGeometric.fitTenures(Period.MONTH, months, events);
  }

  /** Returns {@code Tenures[1000 accounts in DAYS, 312 churned]}. */
  @Override
  public String toString() {
    int churned = 0;
    for (boolean e : events) {
      if (e) {
        churned++;
      }
    }
    return "Tenures[" + times.length + " accounts in " + unit + ", " + churned + " churned]";
  }
}
