package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.Period;
import dev.icpmetrics.model.PeriodRate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaybackTest {

  private static Money usd(String amount) {
    return Money.of("USD", amount);
  }

  private static double months(PaybackPeriod p) {
    return p.months().orElseThrow();
  }

  @Test
  void months_referenceExample_is7_42() {
    // $445,000 / 50 customers = $8,900 CAC; $2,000 ARPA a month; 60% margin.
    PaybackPeriod p = Payback.months(usd("8900"), usd("2000"), 0.6);
    assertEquals(7.42, months(p), 0.005);
    assertEquals(PaybackPeriod.Basis.GROSS_MARGIN, p.basis());
    assertEquals("7.42 months (gross margin)", p.toString());
  }

  @Test
  void monthsOnRevenue_leavesTheMarginOutAndSaysSo() {
    PaybackPeriod p = Payback.monthsOnRevenue(usd("8900"), usd("2000"));
    assertEquals(4.45, months(p), 1e-12);
    assertEquals(PaybackPeriod.Basis.REVENUE, p.basis());
    assertEquals("4.45 months (revenue)", p.toString());
  }

  @Test
  void aggregateMonths_bessemerExample_is11Months() {
    // $770k prior-period spend over $100k of new monthly recurring revenue (CMRR) at 70%.
    PaybackPeriod p = Payback.aggregateMonths(usd("770000"), usd("100000"), 0.7);
    assertEquals(11, months(p), 0.5);
    assertEquals(11, months(p), 1e-12);
  }

  @Test
  void months_zeroArpa_isNeverAndZeroCac_isImmediate() {
    PaybackPeriod never = Payback.months(usd("100"), usd("0"), 0.6);
    assertInstanceOf(PaybackPeriod.Never.class, never);
    assertFalse(never.isReached());
    assertEquals(
        "never (gross margin): ARPA × grossMargin is 0: nothing is recovered", never.toString());
    assertEquals(0, months(Payback.months(usd("0"), usd("0"), 0.6)));
  }

  @Test
  void churnAdjusted_zeroChurn_equalsTheSimplePayback() {
    assertEquals(
        months(Payback.months(usd("8900"), usd("2000"), 0.6)),
        months(Payback.churnAdjusted(usd("8900"), usd("2000"), 0.6, PeriodRate.monthly(0), 120)),
        1e-12);
  }

  @Test
  void churnAdjusted_constantChurn_accruesSurvivingMargin() {
    // m = 1000, churn 50%: months earn 1000, 500, 250, 125, ... (cumulative 1000, 1500, 1750)
    assertEquals(
        2.0,
        months(Payback.churnAdjusted(usd("1500"), usd("1000"), 1.0, PeriodRate.monthly(0.5), 12)),
        1e-12);
    assertEquals(
        3.4,
        months(Payback.churnAdjusted(usd("1800"), usd("1000"), 1.0, PeriodRate.monthly(0.5), 12)),
        1e-12);
  }

  @Test
  void churnAdjusted_lifetimeMarginBelowCac_isNever() {
    PaybackPeriod p =
        Payback.churnAdjusted(usd("2000"), usd("1000"), 1.0, PeriodRate.monthly(0.5), 600);
    assertInstanceOf(PaybackPeriod.Never.class, p);
    assertEquals(
        "never (gross margin): the expected lifetime margin 2000.00 at churn 50.00% a month does"
            + " not exceed cac USD 2000.00",
        p.toString());
  }

  @Test
  void churnAdjusted_notWithinHorizon_saysSo() {
    PaybackPeriod p =
        Payback.churnAdjusted(usd("1999"), usd("1000"), 1.0, PeriodRate.monthly(0.5), 6);
    PaybackPeriod.NotWithinHorizon n = assertInstanceOf(PaybackPeriod.NotWithinHorizon.class, p);
    assertEquals(6, n.horizonMonths());
    assertEquals(
        "not within 6 months (gross margin): expected cumulative margin 1968.75 of cac USD 1999.00"
            + " at churn 50.00% a month",
        p.toString());
  }

  @Test
  void churnAdjusted_annualChurn_isConvertedToMonthlyByCompounding() {
    // 1 - (1 - 0.5)^(1/12) a month
    double c = 1 - Math.pow(0.5, 1.0 / 12);
    PaybackPeriod annual =
        Payback.churnAdjusted(usd("5000"), usd("1000"), 1.0, PeriodRate.annual(0.5), 120);
    PaybackPeriod monthly =
        Payback.churnAdjusted(usd("5000"), usd("1000"), 1.0, PeriodRate.monthly(c), 120);
    assertEquals(months(monthly), months(annual), 1e-9);
  }

  @Test
  void churnAdjusted_shiftedBetaGeometric_usesRisingRetention() {
    ShiftedBetaGeometric m = ShiftedBetaGeometric.of(1, 1, Period.MONTH);
    // S(t) = 1 / (t + 1): months earn 100, 50, 33.33, 25 -> 183.33 after 3 months, 208.33 after 4
    PaybackPeriod p = Payback.churnAdjusted(usd("200"), usd("100"), 1.0, m, 24);
    assertEquals(3 + (200 - 550.0 / 3) / 25, months(p), 1e-12);
    // alpha > 1: lifetime margin 100 × (2 + 1 - 1) / (2 - 1) = 200 is not above a CAC of 200.
    assertInstanceOf(
        PaybackPeriod.Never.class,
        Payback.churnAdjusted(
            usd("200"), usd("100"), 1.0, ShiftedBetaGeometric.of(2, 1, Period.MONTH), 24));
  }

  @Test
  void churnAdjusted_annualModel_isRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Payback.churnAdjusted(
                    usd("200"), usd("100"), 1.0, ShiftedBetaGeometric.of(1, 1, Period.YEAR), 24));
    assertEquals("model period must be MONTH for a payback in months, got YEAR", e.getMessage());
  }

  @Test
  void churnAdjustedInterval_lengthensWithChurn() {
    PaybackInterval i =
        Payback.churnAdjustedInterval(
            usd("1800"), usd("1000"), 1.0, new Interval(0.0, 0.5, 0.95), Period.MONTH, 12);
    assertEquals(1.8, months(i.lower()), 1e-12);
    assertEquals(3.4, months(i.upper()), 1e-12);
    assertEquals("[1.80 months, 3.40 months] (95%)", i.toString());
    PaybackInterval never =
        Payback.churnAdjustedInterval(
            usd("1800"), usd("1000"), 1.0, new Interval(0.1, 0.6, 0.95), Period.MONTH, 12);
    assertInstanceOf(PaybackPeriod.Never.class, never.upper());
    assertTrue(never.toString().endsWith(", never] (95%)"), never::toString);
  }

  @Test
  void cohortRealised_interpolatesWithinTheMonth() {
    List<Money> revenue = List.of(usd("300"), usd("300"), usd("300"), usd("300"));
    assertEquals(10.0 / 3, months(Payback.cohortRealised(usd("1000"), revenue, 1.0)), 1e-12);
    PaybackPeriod p = Payback.cohortRealised(usd("1000"), revenue, 0.5);
    assertInstanceOf(PaybackPeriod.NotWithinHorizon.class, p);
    assertEquals(
        "not within 4 months (gross margin): cumulative margin USD 600.00 of acquisitionCost USD"
            + " 1000.00 after the months observed",
        p.toString());
  }

  @Test
  void badInput_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Payback.months(usd("100"), usd("10"), 1.2));
    assertEquals("grossMargin must be in (0, 1], got 1.2", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> Payback.months(usd("-100"), usd("10"), 0.5));
    assertEquals("cac must be >= 0, got USD -100.00", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Payback.aggregateMonths(usd("-1"), usd("10"), 0.5));
    assertEquals("priorPeriodSpend must be >= 0, got USD -1.00", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Payback.churnAdjusted(usd("100"), usd("10"), 0.5, PeriodRate.monthly(0.1), 0));
    assertEquals("horizonMonths must be > 0, got 0", e.getMessage());
  }

  @Test
  void mixedCurrencies_throw() {
    CurrencyMismatchException e =
        assertThrows(
            CurrencyMismatchException.class,
            () -> Payback.months(usd("100"), Money.of("EUR", "10"), 0.5));
    assertEquals("currencies must match, got USD and EUR", e.getMessage());
    assertThrows(
        CurrencyMismatchException.class,
        () -> Payback.cohortRealised(usd("100"), List.of(Money.of("EUR", "10")), 0.5));
  }
}
