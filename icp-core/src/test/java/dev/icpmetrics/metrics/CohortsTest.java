package dev.icpmetrics.metrics;

import static dev.icpmetrics.metrics.Accounts.account;
import static dev.icpmetrics.metrics.Accounts.day;
import static dev.icpmetrics.metrics.Accounts.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.Period;
import dev.icpmetrics.model.SubscriptionLifecycle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortsTest {

  private static final LocalDate AS_OF = day(2024, 4, 15);

  /**
   * January 2024: A (Jan 5, USD 100, 150 from Mar 1), B (Jan 10, churns Feb 20), C (Jan 20, churns
   * Feb 1, back Mar 15), D (Jan 31); March: E (Mar 3); April 20: F, after the as-of date.
   */
  private static final List<Account> ACCOUNTS =
      List.of(
          account(
              "a",
              SubscriptionLifecycle.acquiredOn(day(2024, 1, 5)),
              MrrHistory.startingAt(day(2024, 1, 5), usd(100)).with(day(2024, 3, 1), usd(150))),
          account(
              "b", SubscriptionLifecycle.acquiredOn(day(2024, 1, 10)).churnedOn(day(2024, 2, 20))),
          account(
              "c",
              SubscriptionLifecycle.acquiredOn(day(2024, 1, 20))
                  .churnedOn(day(2024, 2, 1))
                  .reactivatedOn(day(2024, 3, 15))),
          account("d", SubscriptionLifecycle.acquiredOn(day(2024, 1, 31))),
          account("e", SubscriptionLifecycle.acquiredOn(day(2024, 3, 3))),
          account("f", SubscriptionLifecycle.acquiredOn(day(2024, 4, 20))));

  private static double rate(CohortMatrix m, int row, int month) {
    return m.cell(row, month).rate().orElseThrow();
  }

  @Test
  void logoRetention_byMonth_countsActiveMembersAtEachAge() {
    CohortMatrix m = Cohorts.logoRetention(ACCOUNTS, Period.MONTH, AS_OF, 3);
    assertEquals(2, m.rows().size());
    assertEquals(day(2024, 1, 1), m.rows().get(0).cohortStart());
    assertEquals(4, m.rows().get(0).size());
    assertEquals(1.0, rate(m, 0, 0));
    assertEquals(0.75, rate(m, 0, 1)); // C gone on Feb 20
    assertEquals(0.75, rate(m, 0, 2)); // B gone, C back by Mar 20
    assertEquals(new CohortCell.Observed(3, 4), m.cell(0, 2));
    assertEquals(day(2024, 3, 1), m.rows().get(1).cohortStart());
    assertEquals(1.0, rate(m, 1, 0));
  }

  @Test
  void logoRetention_notYetObservable_isIncompleteNeverZero() {
    CohortMatrix m = Cohorts.logoRetention(ACCOUNTS, Period.MONTH, AS_OF, 3);
    // January's last member reaches month 3 on Apr 30, after the as-of date
    CohortCell c = m.cell(0, 3);
    assertFalse(c.isComplete());
    assertEquals(new CohortCell.Incomplete(day(2024, 4, 30)), c);
    assertEquals("not observable before 2024-04-30", c.rate().undefinedReason().orElseThrow());
    assertInstanceOf(CohortCell.Incomplete.class, m.cell(1, 1));
  }

  @Test
  void logoRetention_byQuarter_groupsTheQuarter() {
    CohortMatrix m = Cohorts.logoRetention(ACCOUNTS, Period.QUARTER, AS_OF, 2);
    assertEquals(1, m.rows().size());
    assertEquals(5, m.rows().get(0).size());
    assertEquals(1.0, rate(m, 0, 0));
    assertInstanceOf(CohortCell.Incomplete.class, m.cell(0, 1));
  }

  @Test
  void netRevenueRetention_countsExpansionAndReactivation() {
    CohortMatrix m = Cohorts.netRevenueRetention(ACCOUNTS, Period.MONTH, AS_OF, 3);
    assertEquals(new CohortCell.Observed(40_000, 40_000), m.cell(0, 0));
    assertEquals(0.75, rate(m, 0, 1));
    // A 150 + C 100 + D 100 of 400
    assertEquals(0.875, rate(m, 0, 2));
  }

  @Test
  void netRevenueRetention_zeroBase_isUndefinedNotZero() {
    List<Account> free =
        List.of(
            account(
                "free",
                SubscriptionLifecycle.acquiredOn(day(2024, 1, 5)),
                MrrHistory.startingAt(day(2024, 1, 5), Money.zero(usd(0).currency()))));
    CohortMatrix m = Cohorts.netRevenueRetention(free, Period.MONTH, AS_OF, 1);
    assertEquals("the cohort has no base (0)", m.cell(0, 1).rate().undefinedReason().orElseThrow());
  }

  @Test
  void netRevenueRetention_mixedCurrencies_throwsMismatch() {
    List<Account> mixed =
        List.of(
            ACCOUNTS.get(0),
            account(
                "eur",
                SubscriptionLifecycle.acquiredOn(day(2024, 1, 5)),
                MrrHistory.startingAt(day(2024, 1, 5), Money.of("EUR", "10"))));
    assertThrows(
        CurrencyMismatchException.class,
        () -> Cohorts.netRevenueRetention(mixed, Period.MONTH, AS_OF, 1));
  }

  @Test
  void logoRetention_monthsOutOfRange_namesValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Cohorts.logoRetention(ACCOUNTS, Period.MONTH, AS_OF, -1));
    assertEquals("months must be in [0, 1200], got -1", e.getMessage());
  }

  @Test
  void cell_outOfRange_namesValue() {
    CohortMatrix m = Cohorts.logoRetention(ACCOUNTS, Period.MONTH, AS_OF, 3);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.cell(0, 4));
    assertEquals("month must be in [0, 3], got 4", e.getMessage());
  }

  @Test
  void toString_isAnAlignedTable() {
    String expected =
        """
        Logo retention by acquisition month, months since acquisition, as of 2024-04-15
        cohort     size       0       1       2       3
        2024-01       4  100.0%   75.0%   75.0%      --
        2024-03       1  100.0%      --      --      --
        -- not yet observable""";
    assertEquals(expected, Cohorts.logoRetention(ACCOUNTS, Period.MONTH, AS_OF, 3).toString());
  }

  @Test
  void toString_quarterLabels() {
    String s = Cohorts.netRevenueRetention(ACCOUNTS, Period.QUARTER, AS_OF, 1).toString();
    assertEquals(
        """
        Net revenue retention by acquisition quarter, months since acquisition, as of 2024-04-15
        cohort     size       0       1
        2024-Q1       5  100.0%      --
        -- not yet observable""",
        s);
  }
}
