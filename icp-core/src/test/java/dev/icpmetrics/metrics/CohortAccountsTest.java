package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Acquisition;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.SubscriptionLifecycle;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cohort-realised payback and the cohort-empirical CLV read from actual accounts ({@code
 * Payback.cohortRealised(List<Account>, ...)}, {@code Clv.cohortEmpirical(List<Account>, ...)}) and
 * the month rules of {@link CohortRevenue}.
 */
class CohortAccountsTest {
  static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);

  static Money usd(String amount) {
    return Money.of("USD", amount);
  }

  static Account account(String id, SubscriptionLifecycle lifecycle, MrrHistory mrr) {
    return Account.of(id, Company.of("c-" + id, id), lifecycle, mrr, Acquisition.via("outbound"));
  }

  /**
   * Three accounts, observed to 2024-06-01, so each has completed 4 billing months.
   *
   * <pre>
   * a1 acquired 2024-01-15 at 100, 150 from 2024-03-20 (billed from the 2024-04-15 month on)
   * a2 acquired 2024-01-10 at 200, churned 2024-03-10 (the first day of its month 2)
   * a3 acquired 2024-01-31 at 300 (months start Jan 31, Feb 29, Mar 31, Apr 30)
   * month:  0    1    2    3
   * a1:   100  100  100  150
   * a2:   200  200    0    0
   * a3:   300  300  300  300
   * sum:  600  600  400  450
   * </pre>
   */
  static List<Account> cohort() {
    return List.of(
        account(
            "a1",
            SubscriptionLifecycle.acquiredOn(LocalDate.of(2024, 1, 15)),
            MrrHistory.startingAt(LocalDate.of(2024, 1, 15), usd("100"))
                .with(LocalDate.of(2024, 3, 20), usd("150"))),
        account(
            "a2",
            SubscriptionLifecycle.acquiredOn(LocalDate.of(2024, 1, 10))
                .churnedOn(LocalDate.of(2024, 3, 10)),
            MrrHistory.startingAt(LocalDate.of(2024, 1, 10), usd("200"))),
        account(
            "a3",
            SubscriptionLifecycle.acquiredOn(LocalDate.of(2024, 1, 31)),
            MrrHistory.startingAt(LocalDate.of(2024, 1, 31), usd("300"))));
  }

  @Test
  void byMonth_billingMonthsSinceEachAcquisition_summedOverTheCohort() {
    assertEquals(
        List.of(usd("600"), usd("600"), usd("400"), usd("450")),
        CohortRevenue.byMonth(cohort(), AS_OF));
  }

  @Test
  void completedMonths_endOfMonthAcquisition_followsPlusMonths() {
    LocalDate jan31 = LocalDate.of(2024, 1, 31);
    assertEquals(0, CohortRevenue.completedMonths(jan31, LocalDate.of(2024, 2, 28)));
    assertEquals(1, CohortRevenue.completedMonths(jan31, LocalDate.of(2024, 2, 29)));
    assertEquals(1, CohortRevenue.completedMonths(jan31, LocalDate.of(2024, 3, 30)));
    assertEquals(2, CohortRevenue.completedMonths(jan31, LocalDate.of(2024, 3, 31)));
    assertEquals(0, CohortRevenue.completedMonths(jan31, jan31));
  }

  @Test
  void paybackCohortRealised_fromAccounts_reachesCostInMonth3() {
    // Margin 50%: cumulative margin 300, 600, 800, then 225 in month 3; the cost of 1,000 is
    // reached 200 / 225 into it: 3 + 0.888... months.
    PaybackPeriod p = Payback.cohortRealised(cohort(), usd("1000"), 0.5, AS_OF);
    assertEquals(3 + 200.0 / 225, p.months().orElseThrow(), 1e-12);
  }

  @Test
  void paybackCohortRealised_notRecoveredOverTheMonthsObserved_saysSo() {
    PaybackPeriod p = Payback.cohortRealised(cohort(), usd("5000"), 0.5, AS_OF);
    assertInstanceOf(PaybackPeriod.NotWithinHorizon.class, p);
  }

  @Test
  void clvCohortEmpirical_fromAccounts_realisedPlusGeometricTail() {
    // Realised 2,050; rho = (450 / 600)^(1/3) = 0.9085603; tail 450 rho / (1 - rho) = 4,471.2758;
    // (2,050 + 4,471.2758) x 0.5 / 3 customers = 1,086.8793 (python3).
    assertEquals(
        usd("1086.88"),
        Clv.cohortEmpirical(cohort(), 0.5, AS_OF, RoundingMode.HALF_EVEN).orElseThrow());
  }

  @Test
  void clvCohortEmpirical_oneMonthObserved_isUndefinedWithReason() {
    assertEquals(
        "undefined (the cohort has completed 1 month by 2024-02-29: at least 2 are needed to"
            + " extrapolate a tail)",
        Clv.cohortEmpirical(cohort(), 0.5, LocalDate.of(2024, 2, 29), RoundingMode.HALF_EVEN)
            .toString());
  }

  @Test
  void cohort_empty_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Payback.cohortRealised(List.of(), usd("1"), 0.5, AS_OF));
    assertEquals("cohort must not be empty, got []", e.getMessage());
  }

  @Test
  void cohort_asOfBeforeAnAcquisition_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Clv.cohortEmpirical(
                    cohort(), 0.5, LocalDate.of(2024, 1, 20), RoundingMode.HALF_EVEN));
    assertEquals(
        "asOf must be on or after the acquired date 2024-01-31 of account a3, got 2024-01-20",
        e.getMessage());
  }

  @Test
  void cohort_mixedCurrencies_throwCurrencyMismatch() {
    Account eur =
        account(
            "e1",
            SubscriptionLifecycle.acquiredOn(LocalDate.of(2024, 1, 1)),
            MrrHistory.startingAt(LocalDate.of(2024, 1, 1), Money.of("EUR", "10")));
    List<Account> mixed = List.of(cohort().get(0), eur);
    CurrencyMismatchException e =
        assertThrows(
            CurrencyMismatchException.class,
            () -> Payback.cohortRealised(mixed, usd("1"), 0.5, AS_OF));
    assertEquals("currencies must match, got USD and EUR", e.getMessage());
    e =
        assertThrows(
            CurrencyMismatchException.class,
            () -> Payback.cohortRealised(cohort(), Money.of("EUR", "1"), 0.5, AS_OF));
    assertEquals("currencies must match, got USD and EUR", e.getMessage());
  }

  @Test
  void cohort_badMargin_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Clv.cohortEmpirical(cohort(), 1.5, AS_OF, RoundingMode.HALF_EVEN));
    assertEquals("grossMargin must be in (0, 1], got 1.5", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Payback.cohortRealised(cohort(), usd("-1"), 0.5, AS_OF));
    assertEquals("acquisitionCost must be >= 0, got USD -1.00", e.getMessage());
  }
}
