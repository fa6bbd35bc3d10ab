package dev.icpmetrics.columnar;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.metrics.CohortCell;
import dev.icpmetrics.metrics.CohortMatrix;
import dev.icpmetrics.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Cohort matrices of a {@link CustomerBase} in one pass over its lifecycle arrays: the same {@link
 * CohortMatrix} as {@code Cohorts.logoRetention} gives for the accounts of the base.
 *
 * <p>Each row adds {@code +1} at the month its spell starts and {@code -1} at the month it ends
 * into a dense per-cohort difference array (month {@code m} of an account acquired on {@code a} is
 * the day {@code a.plusMonths(m)}, computed on epoch days without allocation); prefix sums give the
 * cells. Accounts acquired after {@code asOf} are left out.
 */
public final class ColumnarCohorts {
  private ColumnarCohorts() {}

  /**
   * Returns the logo retention matrix; see {@code Cohorts.logoRetention} for the definition.
   *
   * @param base the base
   * @param by the cohort period: {@link Period#MONTH}, {@link Period#QUARTER} or {@link
   *     Period#YEAR}
   * @param asOf the as-of date
   * @param months the last month since acquisition to show, in {@code [0, 1200]}
   * @return the matrix, oldest cohort first
   */
  public static CohortMatrix logoRetention(
      CustomerBase base, Period by, LocalDate asOf, int months) {
    requireNonNull(base, "base");
    requireNonNull(by, "by");
    requireNonNull(asOf, "asOf");
    Checks.inRange("months", months, 0, 1200);
    int k = by.months();
    long at = asOf.toEpochDay();
    int[] acquired = base.acquiredDays();
    int[] lifeOffsets = base.lifeOffsets();
    int[] lifeDays = base.lifeDays();
    int rows = base.rowCount();
    int minKey = Integer.MAX_VALUE;
    int maxKey = Integer.MIN_VALUE;
    for (int r = 0; r < rows; r++) {
      if (acquired[r] <= at) {
        int key = cohortKey(Civil.ymd(acquired[r]), k);
        minKey = Math.min(minKey, key);
        maxKey = Math.max(maxKey, key);
      }
    }
    List<CohortMatrix.Row> out = new ArrayList<>();
    if (minKey > maxKey) {
      return new CohortMatrix(CohortMatrix.Kind.LOGO, by, asOf, months, out);
    }
    int stride = months + 4;
    long[] diff = new long[Math.multiplyExact((maxKey - minKey) / k + 1, stride)];
    for (int r = 0; r < rows; r++) {
      int a = acquired[r];
      if (a > at) {
        continue;
      }
      int ymd = Civil.ymd(a);
      int o = (cohortKey(ymd, k) - minKey) / k * stride;
      diff[o + months + 2]++;
      diff[o + months + 3]++;
      int l0 = lifeOffsets[r];
      int events = lifeOffsets[r + 1] - l0;
      for (int i = 0; i <= events / 2; i++) {
        int start = i == 0 ? 0 : month(ymd, lifeDays[l0 + 2 * i - 1], months);
        int end = 2 * i < events ? month(ymd, lifeDays[l0 + 2 * i], months) : months + 1;
        if (start < end) {
          diff[o + start]++;
          diff[o + end]--;
        }
      }
    }
    for (int c = 0; c * stride < diff.length; c++) {
      int o = c * stride;
      if (diff[o + months + 2] == 0) {
        continue;
      }
      int key = minKey + c * k;
      LocalDate cohort = LocalDate.of(Math.floorDiv(key, 12), Math.floorMod(key, 12) + 1, 1);
      LocalDate lastDay = cohort.plusMonths(k).minusDays(1);
      List<CohortCell> cells = new ArrayList<>(months + 1);
      long running = 0;
      for (int m = 0; m <= months; m++) {
        running += diff[o + m];
        LocalDate observableOn = lastDay.plusMonths(m);
        cells.add(
            observableOn.isAfter(asOf)
                ? new CohortCell.Incomplete(observableOn)
                : new CohortCell.Observed(running, diff[o + months + 3]));
      }
      out.add(new CohortMatrix.Row(cohort, diff[o + months + 2], cells));
    }
    return new CohortMatrix(CohortMatrix.Kind.LOGO, by, asOf, months, out);
  }

  /** The first month of the cohort as {@code year * 12 + month - 1}. */
  private static int cohortKey(int ymd, int k) {
    return Civil.year(ymd) * 12 + (Civil.month(ymd) - 1) / k * k;
  }

  /** The smallest {@code m >= 0} with {@code acquired.plusMonths(m) >= day}, capped. */
  private static int month(int acquiredYmd, int day, int months) {
    return Math.min(Civil.monthsUntil(acquiredYmd, Civil.ymd(day)), months + 1);
  }
}
