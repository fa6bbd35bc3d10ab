package dev.icpmetrics.metrics;

import static dev.icpmetrics.metrics.Accounts.LAST_30_DAYS;
import static dev.icpmetrics.metrics.Accounts.MARCH;
import static dev.icpmetrics.metrics.Accounts.account;
import static dev.icpmetrics.metrics.Accounts.day;
import static dev.icpmetrics.metrics.Accounts.march;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.metrics.ChurnPolicy.Denominator;
import dev.icpmetrics.metrics.ChurnPolicy.Grain;
import dev.icpmetrics.metrics.ChurnPolicy.JoinAndChurn;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.Period;
import dev.icpmetrics.model.PeriodRate;
import dev.icpmetrics.model.SubscriptionLifecycle;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnTest {

  private static final List<Account> REFERENCE_MONTH = Accounts.referenceMonth();

  private static ChurnRate rate(Window w, ChurnPolicy p) {
    return Churn.rate(REFERENCE_MONTH, w, p).orElseThrow();
  }

  @Test
  void tally_referenceMonth_countsEachGroup() {
    ChurnTally t = Churn.tally(REFERENCE_MONTH, MARCH, ChurnPolicy.chartMogulStandard());
    assertEquals(100, t.startCount());
    assertEquals(10, t.newCount());
    assertEquals(8, t.churnedFromStartCount());
    assertEquals(2, t.churnedFromNewCount());
    assertEquals(1, t.churnedFromStartReactivatedCount());
    assertEquals(0, t.churnedFromNewReactivatedCount());
    assertEquals(0, t.reactivatedCount());
    assertEquals(100 - 8 + 1 + 10 - 2, t.endCount());
  }

  // REFERENCES §6: (10 - 2 joined-and-churned - 1 churned-and-reactivated) / 100 = 7.0%.
  @Test
  void rate_chartMogulStandard_referenceMonthIs7Percent() {
    ChurnRate r = rate(MARCH, ChurnPolicy.chartMogulStandard());
    assertEquals(7, r.churnedCount());
    assertEquals(0.07, r.rate(), 1e-12);
    // R: prop.test(7, 100, correct = FALSE)$conf.int
    assertEquals(0.0343192610672727, r.interval().lower(), 1e-9);
    assertEquals(0.1374951473907350, r.interval().upper(), 1e-9);
  }

  // REFERENCES §6: Stripe 30 days, (8 + 2) / (100 + 10) = 9.09%.
  @Test
  void rate_stripe_last30DaysIs9Point09Percent() {
    ChurnRate r = rate(LAST_30_DAYS, ChurnPolicy.stripe());
    assertEquals(10.0 / 110, r.rate(), 1e-12);
    assertEquals("9.09", String.format(java.util.Locale.ROOT, "%.2f", 100 * r.rate()));
    // R: prop.test(10, 110, correct = FALSE)$conf.int
    assertEquals(0.0501303289711076, r.interval().lower(), 1e-9);
    assertEquals(0.1592965271819359, r.interval().upper(), 1e-9);
  }

  // REFERENCES §6: Baremetrics 30 days, (8 + 2) / 100 = 10.0%.
  @Test
  void rate_baremetrics_last30DaysIs10Percent() {
    ChurnRate r = rate(LAST_30_DAYS, ChurnPolicy.baremetrics());
    assertEquals(0.10, r.rate(), 1e-12);
    // R: prop.test(10, 100, correct = FALSE)$conf.int
    assertEquals(0.0552291370606751, r.interval().lower(), 1e-9);
    assertEquals(0.1743656615049134, r.interval().upper(), 1e-9);
  }

  // REFERENCES §6: ProfitWell ignores same-month new + churn: 8 / 100 without netting.
  @Test
  void rate_profitWell_referenceMonthIs8PercentWithoutNetting() {
    ChurnRate r = rate(MARCH, ChurnPolicy.profitWell());
    assertEquals(0.08, r.rate(), 1e-12);
    assertEquals(0.0410934614843806, r.interval().lower(), 1e-9);
  }

  // REFERENCES §6: ... and 7 / 100 with the resubscriber netted.
  @Test
  void rate_profitWellNetted_referenceMonthIs7Percent() {
    ChurnRate r = rate(MARCH, ChurnPolicy.profitWell().withNetReactivations(true));
    assertEquals(0.07, r.rate(), 1e-12);
  }

  @Test
  void rate_startPlusNewExcludingJoinAndChurn_dropsThemFromTheDenominator() {
    ChurnPolicy p =
        ChurnPolicy.defaults()
            .withDenominator(Denominator.START_PLUS_NEW)
            .withJoinAndChurn(JoinAndChurn.EXCLUDE_ENTIRELY);
    ChurnRate.OfCustomers r = (ChurnRate.OfCustomers) rate(MARCH, p);
    assertEquals(8, r.proportion().events());
    assertEquals(108, r.proportion().trials());
    ChurnRate.OfCustomers kept =
        (ChurnRate.OfCustomers)
            rate(MARCH, p.withJoinAndChurn(JoinAndChurn.EXCLUDE_FROM_NUMERATOR));
    assertEquals(8, kept.proportion().events());
    assertEquals(110, kept.proportion().trials());
  }

  @Test
  void rate_countInBothNetted_subtractsReactivatedNewChurnersToo() {
    // One new customer churns on March 10 and is back on March 15.
    List<Account> accounts =
        List.of(
            account("a", SubscriptionLifecycle.acquiredOn(day(2023, 1, 1))),
            account(
                "b",
                SubscriptionLifecycle.acquiredOn(march(2))
                    .churnedOn(march(10))
                    .reactivatedOn(march(15))));
    ChurnPolicy p = ChurnPolicy.baremetrics().withNetReactivations(true);
    assertEquals(0, Churn.rate(accounts, MARCH, p).orElseThrow().churnedCount());
    assertEquals(
        1, Churn.rate(accounts, MARCH, ChurnPolicy.baremetrics()).orElseThrow().churnedCount());
  }

  @Test
  void rate_average_dividesByMeanOfStartAndEnd() {
    // S = 100, E = 101: 8 / 100.5.
    ChurnRate.OfCustomers r =
        (ChurnRate.OfCustomers)
            rate(MARCH, ChurnPolicy.defaults().withDenominator(Denominator.AVERAGE));
    assertEquals(8 / 100.5, r.rate(), 1e-12);
    assertEquals(8, r.churnedCount());
    assertEquals(100.5, r.denominator());
  }

  // Wilson on 10 of (100 + 100) / 2 = 100 whole customers, as R's prop.test(10, 100, correct =
  // FALSE): [0.055229, 0.174366]. On half-customers (20 of 200) it was [0.0657, 0.1494].
  @Test
  void interval_average_isWilsonOnWholeCustomers() {
    ChurnTally t = new ChurnTally(100, 10, 10, 0, 0, 0, 0, 100, 0, 0);
    ChurnRate r =
        Churn.rate(t, MARCH, ChurnPolicy.defaults().withDenominator(Denominator.AVERAGE))
            .orElseThrow();
    assertEquals(0.0552291370606751, r.interval().lower(), 1e-9);
    assertEquals(0.17436566150491345, r.interval().upper(), 1e-9);
  }

  // S = 100, E = 101: n = 100.5. Wilson (Python, NormalDist) [0.05494968, 0.17354491]; Jeffreys
  // (SciPy beta.ppf with 10.5, 91) [0.05231701, 0.16931337].
  @Test
  void interval_averageWithHalfCustomer_usesFractionalTrials() {
    ChurnTally t = new ChurnTally(100, 11, 10, 0, 0, 0, 0, 101, 0, 0);
    ChurnRate.OfCustomers r =
        (ChurnRate.OfCustomers)
            Churn.rate(t, MARCH, ChurnPolicy.defaults().withDenominator(Denominator.AVERAGE))
                .orElseThrow();
    assertEquals(0.054949677493580595, r.interval().lower(), 1e-9);
    assertEquals(0.17354491219453702, r.interval().upper(), 1e-9);
    Interval j = r.interval(IntervalMethod.JEFFREYS, 0.95);
    assertEquals(0.0523170077357025, j.lower(), 1e-7);
    assertEquals(0.16931336561558147, j.upper(), 1e-7);
  }

  @Test
  void rate_averageBelowChurned_isUndefinedWithReason() {
    ChurnTally t = new ChurnTally(10, 0, 10, 0, 0, 0, 0, 0, 0, 0);
    MetricResult<ChurnRate> r =
        Churn.rate(t, MARCH, ChurnPolicy.defaults().withDenominator(Denominator.AVERAGE));
    assertEquals(
        "churned count 10 exceeds the average customer count 5 of [2024-03-01, 2024-04-01)",
        r.undefinedReason().orElseThrow());
  }

  @Test
  void rate_baremetricsWithMoreChurnersThanStart_isUndefinedWithReason() {
    ChurnTally t = new ChurnTally(2, 5, 1, 4, 0, 0, 0, 2, 0, 0);
    assertEquals(
        "churned count 5 exceeds the 2 customers at the start of [2024-03-01, 2024-04-01) (new"
            + " customers who churned are in the numerator only)",
        Churn.rate(t, MARCH, ChurnPolicy.baremetrics()).undefinedReason().orElseThrow());
  }

  @Test
  void rate_exposure_isPoissonPerCustomerMonth() {
    // One customer active all of March (31 days), one churning on March 11 (10 days).
    List<Account> accounts =
        List.of(
            account("a", SubscriptionLifecycle.acquiredOn(day(2023, 1, 1))),
            account("b", SubscriptionLifecycle.acquiredOn(day(2023, 1, 1)).churnedOn(march(11))));
    ChurnRate r =
        Churn.rate(accounts, MARCH, ChurnPolicy.defaults().withDenominator(Denominator.EXPOSURE))
            .orElseThrow();
    ChurnRate.OfExposure e = assertInstanceOf(ChurnRate.OfExposure.class, r);
    assertEquals(30.436875 / 41, e.churnsPerCustomerMonth(), 1e-12);
    // probability over 31 days: 1 - exp(-lambda * 31 / 30.436875) = 1 - exp(-31/41)
    assertEquals(0.53050496758504, r.rate(), 1e-12);
    // R: m = 31/30.436875; 1 - exp(-poisson.test(1, 41/30.436875)$conf.int * m)
    assertEquals(0.0189606743056474, r.interval().lower(), 1e-9);
    assertEquals(0.9851937513097253, r.interval().upper(), 1e-9);
    assertEquals(1 - Math.exp(-30.436875 / 41), r.per(Period.MONTH).rate(), 1e-12);
    assertEquals(
        "1 churns / 1.35 customer-months = 0.7424 per customer-month, 53.05% [1.90%, 98.52%] 95%"
            + " exact Poisson over [2024-03-01, 2024-04-01) under default (EXPOSURE,"
            + " EXCLUDE_FROM_NUMERATOR, reactivations not netted, CUSTOMER)",
        r.toString());
  }

  /** The example in Churn's class Javadoc. */
  @Test
  void javadocExample_chartMogulMarch_convertsToAYear() {
    Window march = Window.month(YearMonth.of(2024, 3));
    ChurnTally t = Churn.tally(REFERENCE_MONTH, march, ChurnPolicy.chartMogulStandard());
    MetricResult<ChurnRate> r = Churn.rate(t, march, ChurnPolicy.chartMogulStandard());
    assertEquals(0.07, r.orElseThrow().rate(), 1e-12);
    // 1 - 0.93^12
    assertEquals(0.5814037025206291, r.orElseThrow().per(Period.YEAR).rate(), 1e-12);
    assertEquals("58.14% per year", r.orElseThrow().per(Period.YEAR).toString());
  }

  @Test
  void rate_exposureExcludingJoinAndChurn_dropsTheirDays() {
    List<Account> accounts =
        List.of(
            account("a", SubscriptionLifecycle.acquiredOn(day(2023, 1, 1))),
            account("b", SubscriptionLifecycle.acquiredOn(march(1)).churnedOn(march(11))));
    ChurnPolicy p =
        ChurnPolicy.defaults()
            .withDenominator(Denominator.EXPOSURE)
            .withJoinAndChurn(JoinAndChurn.EXCLUDE_ENTIRELY);
    ChurnRate.OfExposure r = (ChurnRate.OfExposure) Churn.rate(accounts, MARCH, p).orElseThrow();
    assertEquals(31 / 30.436875, r.eventRate().exposure(), 1e-12);
    assertEquals(0, r.churnedCount());
  }

  @Test
  void rate_noCustomersAtStart_isUndefinedWithReason() {
    MetricResult<ChurnRate> r = Churn.rate(List.of(), MARCH, ChurnPolicy.chartMogulStandard());
    assertFalse(r.isDefined());
    assertEquals(
        "no customers at the start of [2024-03-01, 2024-04-01)", r.undefinedReason().orElseThrow());
  }

  @Test
  void rate_emptyDenominators_eachUndefinedWithReason() {
    ChurnTally none = ChurnTally.empty();
    assertEquals(
        "no customers at the start of or new in [2024-03-01, 2024-04-01)",
        Churn.rate(none, MARCH, ChurnPolicy.stripe()).undefinedReason().orElseThrow());
    assertEquals(
        "no customers at the start or the end of [2024-03-01, 2024-04-01)",
        Churn.rate(none, MARCH, ChurnPolicy.defaults().withDenominator(Denominator.AVERAGE))
            .undefinedReason()
            .orElseThrow());
    assertEquals(
        "no customer-months of exposure in [2024-03-01, 2024-04-01)",
        Churn.rate(none, MARCH, ChurnPolicy.defaults().withDenominator(Denominator.EXPOSURE))
            .undefinedReason()
            .orElseThrow());
  }

  @Test
  void rate_onlyNewCustomersUnderStart_isUndefinedNotZero() {
    List<Account> accounts = List.of(account("n", SubscriptionLifecycle.acquiredOn(march(5))));
    MetricResult<ChurnRate> r = Churn.rate(accounts, MARCH, ChurnPolicy.defaults());
    assertFalse(r.isDefined());
    assertThrows(java.util.NoSuchElementException.class, r::orElseThrow);
  }

  // REFERENCES §4: 4% a month is 1 - 0.96^12 = 0.387290 a year.
  @Test
  void per_monthlyWindow_compoundsToAYear() {
    ChurnTally t = new ChurnTally(100, 0, 4, 0, 0, 0, 0, 96, 0, 0);
    ChurnRate r = Churn.rate(t, MARCH, ChurnPolicy.defaults()).orElseThrow();
    assertEquals(0.387290, r.per(Period.YEAR).rate(), 1e-6);
    assertEquals(Period.YEAR, r.per(Period.YEAR).period());
  }

  // REFERENCES §4: 10% a year is 1 - 0.9^(1/12) = 0.008742 a month.
  @Test
  void per_annualWindow_compoundsToAMonth() {
    ChurnTally t = new ChurnTally(100, 0, 10, 0, 0, 0, 0, 90, 0, 0);
    ChurnRate r = Churn.rate(t, Window.year(2024), ChurnPolicy.defaults()).orElseThrow();
    assertEquals(0.008742, r.per(Period.MONTH).rate(), 1e-6);
    assertEquals(PeriodRate.annual(0.1).convertedTo(Period.QUARTER), r.per(Period.QUARTER));
  }

  @Test
  void per_quarterlyWindow_compoundsToAMonth() {
    ChurnTally t = new ChurnTally(1000, 0, 100, 0, 0, 0, 0, 900, 0, 0);
    ChurnRate r = Churn.rate(t, Window.quarter(2024, 2), ChurnPolicy.defaults()).orElseThrow();
    assertEquals(1 - Math.pow(0.9, 1.0 / 3), r.per(Period.MONTH).rate(), 1e-12);
  }

  @Test
  void per_rolling30Days_compoundsByDays() {
    ChurnRate r = rate(LAST_30_DAYS, ChurnPolicy.stripe());
    // a month is 30.436875 days: 1 - (1 - 10/110)^(30.436875 / 30)
    assertEquals(1 - Math.pow(100.0 / 110, 30.436875 / 30), r.per(Period.MONTH).rate(), 1e-12);
  }

  @Test
  void tally_customerGrain_mergesAccountsOfOneCompany() {
    // Company c holds two subscriptions: one ends on March 10, the other runs on.
    LocalDate since = day(2023, 1, 1);
    List<Account> accounts =
        List.of(
            Accounts.account(
                "c-1",
                "c",
                SubscriptionLifecycle.acquiredOn(since).churnedOn(march(10)),
                MrrHistory.startingAt(since, Accounts.usd(100))),
            Accounts.account(
                "c-2",
                "c",
                SubscriptionLifecycle.acquiredOn(day(2023, 6, 1)),
                MrrHistory.startingAt(day(2023, 6, 1), Accounts.usd(50))));
    ChurnTally customers = Churn.tally(accounts, MARCH, ChurnPolicy.defaults());
    assertEquals(1, customers.startCount());
    assertEquals(0, customers.churnedFromStartCount());
    ChurnTally subscriptions =
        Churn.tally(accounts, MARCH, ChurnPolicy.defaults().withGrain(Grain.SUBSCRIPTION));
    assertEquals(2, subscriptions.startCount());
    assertEquals(1, subscriptions.churnedFromStartCount());
  }

  @Test
  void tally_customerGrain_churnsWhenTheLastSubscriptionEnds() {
    LocalDate since = day(2023, 1, 1);
    List<Account> accounts =
        List.of(
            Accounts.account(
                "c-1",
                "c",
                SubscriptionLifecycle.acquiredOn(since).churnedOn(march(10)),
                MrrHistory.startingAt(since, Accounts.usd(100))),
            Accounts.account(
                "c-2",
                "c",
                SubscriptionLifecycle.acquiredOn(march(5)).churnedOn(march(20)),
                MrrHistory.startingAt(march(5), Accounts.usd(50))));
    ChurnTally t = Churn.tally(accounts, MARCH, ChurnPolicy.defaults());
    assertEquals(1, t.startCount());
    assertEquals(0, t.newCount());
    assertEquals(1, t.churnedFromStartCount());
    assertEquals(0, t.endCount());
    // active March 1-19: 19 days
    assertEquals(19, t.exposureCustomerDays());
  }

  @Test
  void rate_windowsOfEveryKind_areSupported() {
    ChurnPolicy p = ChurnPolicy.defaults();
    assertTrue(Churn.rate(REFERENCE_MONTH, Window.month(YearMonth.of(2024, 3)), p).isDefined());
    assertTrue(Churn.rate(REFERENCE_MONTH, Window.quarter(2024, 1), p).isDefined());
    assertTrue(Churn.rate(REFERENCE_MONTH, Window.year(2024), p).isDefined());
    assertTrue(
        Churn.rate(REFERENCE_MONTH, Window.rollingMonths(LocalDate.of(2024, 4, 15), 3), p)
            .isDefined());
    // Q1 2024 sees the same churners as March: 8 of 100
    assertEquals(
        0.08, Churn.rate(REFERENCE_MONTH, Window.quarter(2024, 1), p).orElseThrow().rate());
  }

  @Test
  void toString_namesCountsWindowAndPolicy() {
    assertEquals(
        "7/100 = 7.00% [3.43%, 13.75%] 95% Wilson over [2024-03-01, 2024-04-01) under ChartMogul"
            + " standard (START, EXCLUDE_FROM_NUMERATOR, net reactivations within 30 days,"
            + " CUSTOMER)",
        rate(MARCH, ChurnPolicy.chartMogulStandard()).toString());
  }

  @Test
  void isSupported_followsTheDenominator() {
    assertTrue(rate(MARCH, ChurnPolicy.chartMogulStandard()).isSupported());
    ChurnTally small = new ChurnTally(10, 0, 1, 0, 0, 0, 0, 9, 0, 0);
    assertFalse(Churn.rate(small, MARCH, ChurnPolicy.defaults()).orElseThrow().isSupported());
  }

  @Test
  void ofCustomers_exposurePolicy_namesTheField() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ChurnRate.OfCustomers(
                    ChurnPolicy.defaults().withDenominator(Denominator.EXPOSURE),
                    MARCH,
                    Proportion.of(1, 2)));
    assertEquals(
        "policy.denominator must not be EXPOSURE for a share of customers, got EXPOSURE",
        e.getMessage());
  }
}
