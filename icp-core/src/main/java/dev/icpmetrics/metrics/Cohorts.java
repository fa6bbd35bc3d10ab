package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.MrrChange;
import dev.icpmetrics.model.Period;
import dev.icpmetrics.model.SubscriptionLifecycle;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Cohort retention matrices by acquisition month or quarter and months since acquisition, as of an
 * explicit date. Each account is one member (subscription grain). Pure, static and thread-safe.
 *
 * <p>The kernel walks each account's spells (and MRR changes) once and adds {@code +1} / {@code -1}
 * (or {@code +mrr} / {@code -mrr}) at the months where a spell starts and ends into a per-cohort
 * difference array, then takes prefix sums: no customer-by-month spine is built. Month {@code m} of
 * a member acquired on {@code a} is the day {@code a.plusMonths(m)} ({@link LocalDate#plusMonths}
 * clamps Jan 31 + 1 month to the end of February).
 */
public final class Cohorts {
  private Cohorts() {}

  /**
   * Returns the logo retention matrix: cell {@code (cohort, m)} = members active on their
   * acquisition date plus {@code m} months / members. Accounts acquired after {@code asOf} are left
   * out. A cell is incomplete when the cohort's last day plus {@code m} months is after {@code
   * asOf}.
   *
   * @param accounts the accounts
   * @param by the cohort period: {@link Period#MONTH}, {@link Period#QUARTER} or {@link
   *     Period#YEAR}
   * @param asOf the as-of date: nothing after it is read
   * @param months the last month since acquisition to show, in {@code [0, 1200]}
   * @return the matrix, oldest cohort first
   */
  public static CohortMatrix logoRetention(
      List<Account> accounts, Period by, LocalDate asOf, int months) {
    return build(accounts, by, asOf, months, CohortMatrix.Kind.LOGO);
  }

  /**
   * Returns the net revenue retention matrix: cell {@code (cohort, m)} = sum of the members' MRR
   * ({@link Account#mrrOn}) on their acquisition date plus {@code m} months / sum of their MRR on
   * their acquisition date. Expansion and reactivation count, so a cell can exceed 100%; a cohort
   * whose MRR at acquisition is zero has undefined cells. Incomplete cells as in {@link
   * #logoRetention}.
   *
   * @param accounts the accounts, all in one currency
   * @param by the cohort period
   * @param asOf the as-of date
   * @param months the last month since acquisition to show, in {@code [0, 1200]}
   * @return the matrix, oldest cohort first
   * @throws CurrencyMismatchException if the accounts' currencies differ
   */
  public static CohortMatrix netRevenueRetention(
      List<Account> accounts, Period by, LocalDate asOf, int months) {
    return build(accounts, by, asOf, months, CohortMatrix.Kind.NET_REVENUE);
  }

  private static CohortMatrix build(
      List<Account> accounts, Period by, LocalDate asOf, int months, CohortMatrix.Kind kind) {
    requireNonNull(accounts, "accounts");
    requireNonNull(by, "by");
    requireNonNull(asOf, "asOf");
    Checks.inRange("months", months, 0, 1200);
    Map<LocalDate, long[]> diffs = new TreeMap<>();
    @Nullable Currency currency = null;
    for (Account a : accounts) {
      requireNonNull(a, "account");
      SubscriptionLifecycle l = a.lifecycle();
      LocalDate acquired = l.acquired();
      if (acquired.isAfter(asOf)) {
        continue;
      }
      LocalDate cohort = cohortStart(acquired, by);
      // months 0..months+1 of differences, then the size, then the base
      long[] diff = diffs.computeIfAbsent(cohort, k -> new long[months + 4]);
      diff[months + 2]++;
      if (kind == CohortMatrix.Kind.LOGO) {
        diff[months + 3]++;
        forEachSpell(
            l, (s, e) -> add(diff, month(acquired, s, months), month(acquired, e, months), 1));
      } else {
        Currency c = a.mrrHistory().currency();
        if (currency == null) {
          currency = c;
        } else if (!currency.equals(c)) {
          throw new CurrencyMismatchException(currency, c);
        }
        diff[months + 3] = Math.addExact(diff[months + 3], a.mrrOn(acquired).amountMinor());
        List<MrrChange> changes = a.mrrHistory().changes();
        forEachSpell(
            l,
            (s, e) -> {
              for (int i = 0; i < changes.size(); i++) {
                LocalDate cs = changes.get(i).effective();
                LocalDate ce = i + 1 < changes.size() ? changes.get(i + 1).effective() : null;
                LocalDate from = cs.isAfter(s) ? cs : s;
                LocalDate to = ce == null || (e != null && e.isBefore(ce)) ? e : ce;
                if (to != null && !to.isAfter(from)) {
                  continue;
                }
                long v = changes.get(i).mrr().amountMinor();
                if (v > 0) {
                  add(diff, month(acquired, from, months), month(acquired, to, months), v);
                }
              }
            });
      }
    }
    List<CohortMatrix.Row> rows = new ArrayList<>();
    for (Map.Entry<LocalDate, long[]> entry : diffs.entrySet()) {
      LocalDate cohort = entry.getKey();
      long[] diff = entry.getValue();
      LocalDate lastDay = cohort.plusMonths(by.months()).minusDays(1);
      List<CohortCell> cells = new ArrayList<>(months + 1);
      long running = 0;
      for (int m = 0; m <= months; m++) {
        running = Math.addExact(running, diff[m]);
        LocalDate observableOn = lastDay.plusMonths(m);
        cells.add(
            observableOn.isAfter(asOf)
                ? new CohortCell.Incomplete(observableOn)
                : new CohortCell.Observed(running, diff[months + 3]));
      }
      rows.add(new CohortMatrix.Row(cohort, diff[months + 2], cells));
    }
    return new CohortMatrix(kind, by, asOf, months, rows);
  }

  /** A spell {@code [start, end)}; {@code end} is null while it runs. */
  private interface SpellVisitor {
    void visit(LocalDate start, @Nullable LocalDate end);
  }

  private static void forEachSpell(SubscriptionLifecycle l, SpellVisitor v) {
    List<LocalDate> c = l.churns();
    List<LocalDate> r = l.reactivations();
    for (int i = 0; i <= r.size(); i++) {
      v.visit(i == 0 ? l.acquired() : r.get(i - 1), i < c.size() ? c.get(i) : null);
    }
  }

  /** Adds {@code v} to months {@code [m0, m1)}. */
  private static void add(long[] diff, int m0, int m1, long v) {
    if (m0 < m1) {
      diff[m0] = Math.addExact(diff[m0], v);
      diff[m1] = Math.subtractExact(diff[m1], v);
    }
  }

  /**
   * Returns the smallest {@code m >= 0} with {@code acquired.plusMonths(m) >= day}, capped at
   * {@code months + 1}; {@code months + 1} for a null (open) day.
   */
  private static int month(LocalDate acquired, @Nullable LocalDate day, int months) {
    if (day == null || day.isAfter(acquired.plusMonths(months))) {
      return months + 1;
    }
    int m = (int) Math.max(0, ChronoUnit.MONTHS.between(acquired, day));
    while (m > 0 && !acquired.plusMonths(m - 1).isBefore(day)) {
      m--;
    }
    while (acquired.plusMonths(m).isBefore(day)) {
      m++;
    }
    return m;
  }

  private static LocalDate cohortStart(LocalDate acquired, Period by) {
    int month = acquired.getMonthValue();
    int first = (month - 1) / by.months() * by.months() + 1;
    return LocalDate.of(acquired.getYear(), first, 1);
  }
}
