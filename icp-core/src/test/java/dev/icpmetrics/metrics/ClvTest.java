package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.DiscountRate;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.Period;
import dev.icpmetrics.model.PeriodRate;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClvTest {
  private static final RoundingMode HALF_EVEN = RoundingMode.HALF_EVEN;

  private static Money usd(String amount) {
    return Money.of("USD", amount);
  }

  @Test
  void marginAdjusted_skokExample_is1600() {
    assertEquals(
        MetricResult.of(usd("1600.00")),
        Clv.marginAdjusted(usd("100"), 0.8, PeriodRate.monthly(0.05), HALF_EVEN));
  }

  @Test
  void simple_skokExampleWithoutMargin_is2000() {
    assertEquals(
        MetricResult.of(usd("2000.00")),
        Clv.simple(usd("100"), PeriodRate.monthly(0.05), HALF_EVEN));
  }

  @Test
  void simple_zeroChurn_isUndefinedWithReason() {
    MetricResult<Money> r = Clv.simple(usd("100"), PeriodRate.monthly(0), HALF_EVEN);
    assertEquals("undefined (churn is 0: the expected lifetime is infinite)", r.toString());
    assertFalse(Clv.marginAdjusted(usd("100"), 0.8, PeriodRate.monthly(0), HALF_EVEN).isDefined());
  }

  @Test
  void discounted_guptaLehmannStuart_is250() {
    // m = $100 a year, r = 0.8, d = 12%, without the payment now.
    assertEquals(
        MetricResult.of(usd("250.00")),
        Clv.discounted(
            usd("100"),
            PeriodRate.annual(0.2),
            DiscountRate.annual(0.12),
            CashFlowTiming.AT_EACH_RENEWAL,
            HALF_EVEN));
  }

  @Test
  void discounted_theOtherTimings_followFaderHardie2012() {
    Money m = usd("100");
    PeriodRate churn = PeriodRate.annual(0.2);
    DiscountRate d = DiscountRate.annual(0.12);
    // m (1+d) / (1+d-r) = 112 / 0.32
    assertEquals(
        usd("350.00"),
        Clv.discounted(m, churn, d, CashFlowTiming.NOW_AND_AT_EACH_RENEWAL, HALF_EVEN)
            .orElseThrow());
    // m / (1+d-r) = 100 / 0.32
    assertEquals(
        usd("312.50"),
        Clv.discounted(m, churn, d, CashFlowTiming.END_OF_EACH_PERIOD, HALF_EVEN).orElseThrow());
    // m r (1+d) / (1+d-r) = 89.6 / 0.32
    assertEquals(
        usd("280.00"),
        Clv.discounted(m, churn, d, CashFlowTiming.BEFORE_RENEWAL_DECISION, HALF_EVEN)
            .orElseThrow());
  }

  @Test
  void discounted_constantRetention833_is343_18() {
    // REFERENCES §2: 100 * 0.833 * 1.1 / (1.1 - 0.833) = $343.18, the DERL timing.
    assertEquals(
        MetricResult.of(usd("343.18")),
        Clv.discounted(
            usd("100"),
            PeriodRate.annual(0.167),
            DiscountRate.annual(0.10),
            CashFlowTiming.BEFORE_RENEWAL_DECISION,
            HALF_EVEN));
  }

  @Test
  void discounted_zeroChurnAndZeroDiscount_isUndefined() {
    MetricResult<Money> r =
        Clv.discounted(
            usd("100"),
            PeriodRate.monthly(0),
            DiscountRate.monthly(0),
            CashFlowTiming.NOW_AND_AT_EACH_RENEWAL,
            HALF_EVEN);
    assertEquals(
        "undefined (churn and the discount rate are both 0: the discounted lifetime is infinite)",
        r.toString());
    // Zero churn with a positive discount rate is finite: m (1+d) / d.
    assertEquals(
        usd("1100.00"),
        Clv.discounted(
                usd("100"),
                PeriodRate.annual(0),
                DiscountRate.annual(0.10),
                CashFlowTiming.NOW_AND_AT_EACH_RENEWAL,
                HALF_EVEN)
            .orElseThrow());
  }

  @Test
  void discounted_discountRateOfAnotherPeriod_isRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Clv.discounted(
                    usd("100"),
                    PeriodRate.monthly(0.05),
                    DiscountRate.annual(0.10),
                    CashFlowTiming.AT_EACH_RENEWAL,
                    HALF_EVEN));
    assertEquals(
        "discountRate period must be MONTH like the other inputs, got YEAR (convert it explicitly"
            + " with convertedTo)",
        e.getMessage());
  }

  @Test
  void negativeDiscountRate_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DiscountRate.annual(-0.1));
    assertEquals("discountRate must be finite and >= 0, got -0.1", e.getMessage());
  }

  @Test
  void shiftedBetaGeometric_faderHardieExample_isMarginTimesDel() {
    ShiftedBetaGeometric m = ShiftedBetaGeometric.of(0.764, 1.296, Period.YEAR);
    // $100 × 3.620192
    assertEquals(
        MetricResult.of(usd("362.02")),
        Clv.shiftedBetaGeometric(usd("100"), m, DiscountRate.annual(0.10), HALF_EVEN));
  }

  @Test
  void residual_faderHardieExample_is288_394_568() {
    ShiftedBetaGeometric m = ShiftedBetaGeometric.of(0.764, 1.296, Period.YEAR);
    DiscountRate d = DiscountRate.annual(0.10);
    assertEquals(usd("288.22"), Clv.residual(usd("100"), m, d, 0, HALF_EVEN).orElseThrow());
    assertEquals(usd("393.94"), Clv.residual(usd("100"), m, d, 1, HALF_EVEN).orElseThrow());
    assertEquals(usd("568.25"), Clv.residual(usd("100"), m, d, 4, HALF_EVEN).orElseThrow());
  }

  @Test
  void customerBase_sumsResidualValuesByTenure() {
    ShiftedBetaGeometric m = ShiftedBetaGeometric.of(0.764, 1.296, Period.YEAR);
    // SciPy: 100 * (10 DERL(n=1) + 5 DERL(n=2) + 2 DERL(n=5)) = 5988.420326618363
    assertEquals(
        usd("5988.42"),
        Clv.customerBase(
                usd("100"), m, DiscountRate.annual(0.10), new long[] {10, 5, 0, 0, 2}, HALF_EVEN)
            .orElseThrow());
    assertEquals(
        usd("0.00"),
        Clv.customerBase(usd("100"), m, DiscountRate.annual(0.10), new long[0], HALF_EVEN)
            .orElseThrow());
  }

  @Test
  void customerBase_negativeCount_namesFieldAndValue() {
    ShiftedBetaGeometric m = ShiftedBetaGeometric.of(0.764, 1.296, Period.YEAR);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Clv.customerBase(
                    usd("100"), m, DiscountRate.annual(0.1), new long[] {3, -1}, HALF_EVEN));
    assertEquals("activeByRenewalsMade[1] must be >= 0, got -1", e.getMessage());
  }

  @Test
  void trailingChurn_averagesTheMonthsBeforeTheCurrentOne() {
    Map<YearMonth, Double> rates =
        Map.of(
            YearMonth.of(2026, 1), 0.04,
            YearMonth.of(2026, 2), 0.05,
            YearMonth.of(2026, 3), 0.06,
            YearMonth.of(2026, 4), 0.50);
    assertEquals(
        0.05,
        Clv.trailingAverageChurn(rates, YearMonth.of(2026, 4), 3).orElseThrow().rate(),
        1e-15);
    assertEquals(
        MetricResult.of(usd("1600.00")),
        Clv.trailingChurn(usd("100"), 0.8, rates, YearMonth.of(2026, 4), 3, HALF_EVEN));
  }

  @Test
  void trailingChurn_missingMonth_isUndefinedNamingIt() {
    Map<YearMonth, Double> rates = Map.of(YearMonth.of(2026, 1), 0.04, YearMonth.of(2026, 3), 0.06);
    assertEquals(
        "undefined (no churn rate for 2026-02 in the 3 months before 2026-04)",
        Clv.trailingChurn(usd("100"), 0.8, rates, YearMonth.of(2026, 4), 3, HALF_EVEN).toString());
  }

  @Test
  void trailingChurn_rateOutsideUnitInterval_namesMonthAndValue() {
    Map<YearMonth, Double> rates = Map.of(YearMonth.of(2026, 1), 1.2);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Clv.trailingAverageChurn(rates, YearMonth.of(2026, 2), 1));
    assertEquals("monthlyChurnRates[2026-01] must be in [0, 1], got 1.2", e.getMessage());
  }

  @Test
  void cappedHorizon_sumsTheFirstNPayments() {
    // 80 × (1 - 0.95^12) / 0.05 = 735.4238597...
    assertEquals(
        usd("735.42"), Clv.cappedHorizon(usd("100"), 0.8, PeriodRate.monthly(0.05), 12, HALF_EVEN));
    assertEquals(
        usd("960.00"), Clv.cappedHorizon(usd("100"), 0.8, PeriodRate.monthly(0), 12, HALF_EVEN));
    assertEquals(
        usd("80.00"), Clv.cappedHorizon(usd("100"), 0.8, PeriodRate.monthly(1), 12, HALF_EVEN));
  }

  @Test
  void cohortEmpirical_addsAGeometricTail() {
    // rho = (729 / 1000)^(1/3) = 0.9, tail = 729 × 9 = 6561; (3439 + 6561) × 0.5 / 10 = 500
    List<Money> revenue = List.of(usd("1000"), usd("900"), usd("810"), usd("729"));
    assertEquals(MetricResult.of(usd("500.00")), Clv.cohortEmpirical(revenue, 10, 0.5, HALF_EVEN));
    // Two months: k = 1, rho = 0.5, tail = 50
    assertEquals(
        MetricResult.of(usd("100.00")),
        Clv.cohortEmpirical(List.of(usd("100"), usd("50")), 2, 1.0, HALF_EVEN));
    // Revenue that ended: no tail.
    assertEquals(
        MetricResult.of(usd("75.00")),
        Clv.cohortEmpirical(List.of(usd("100"), usd("50"), usd("0")), 2, 1.0, HALF_EVEN));
  }

  @Test
  void cohortEmpirical_nonDecliningRevenue_isUndefined() {
    List<Money> revenue = List.of(usd("1000"), usd("1000"), usd("1020"));
    assertEquals(
        "undefined (revenue did not decline over the last 2 months (month-over-month ratio"
            + " 1.0100): the tail has no finite sum)",
        Clv.cohortEmpirical(revenue, 10, 0.5, HALF_EVEN).toString());
  }

  @Test
  void cohortEmpirical_badInput_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Clv.cohortEmpirical(List.of(usd("1")), 10, 0.5, HALF_EVEN));
    assertEquals(
        "revenueByMonth must have at least 2 months to extrapolate a tail, got 1", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Clv.cohortEmpirical(List.of(usd("1"), usd("-1")), 10, 0.5, HALF_EVEN));
    assertEquals("revenueByMonth[1] must be >= 0, got USD -1.00", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Clv.cohortEmpirical(List.of(usd("1"), usd("1")), 0, 0.5, HALF_EVEN));
    assertEquals("cohortSize must be > 0, got 0", e.getMessage());
    assertThrows(
        CurrencyMismatchException.class,
        () -> Clv.cohortEmpirical(List.of(usd("1"), Money.of("EUR", "1")), 1, 0.5, HALF_EVEN));
  }

  @Test
  void marginAdjustedInterval_mapsChurnBoundsInReverse() {
    MoneyInterval i =
        Clv.marginAdjustedInterval(
            usd("100"), 0.8, new Interval(0.04, 0.06, 0.95), Period.MONTH, HALF_EVEN);
    assertEquals(usd("1333.33"), i.lower().orElseThrow());
    assertEquals(usd("2000.00"), i.upper().orElseThrow());
    assertTrue(i.isBounded());
    assertEquals("[USD 1333.33, USD 2000.00] (95%)", i.toString());
  }

  @Test
  void marginAdjustedInterval_lowerChurnZero_hasAnUnboundedUpperEnd() {
    MoneyInterval i =
        Clv.marginAdjustedInterval(
            usd("100"), 0.8, new Interval(0, 0.05, 0.9), Period.MONTH, HALF_EVEN);
    assertEquals(usd("1600.00"), i.lower().orElseThrow());
    assertFalse(i.upper().isDefined());
    assertEquals(
        "unbounded at the lower end of the churn interval, 0: churn is 0: the expected lifetime is"
            + " infinite",
        i.upper().undefinedReason().orElseThrow());
    assertEquals("[USD 1600.00, unbounded] (90%)", i.toString());
  }

  @Test
  void discountedInterval_mapsChurnBoundsInReverse() {
    MoneyInterval i =
        Clv.discountedInterval(
            usd("100"),
            new Interval(0.1, 0.3, 0.95),
            Period.YEAR,
            DiscountRate.annual(0.12),
            CashFlowTiming.AT_EACH_RENEWAL,
            HALF_EVEN);
    // 70 / 0.42 and 90 / 0.22
    assertEquals(usd("166.67"), i.lower().orElseThrow());
    assertEquals(usd("409.09"), i.upper().orElseThrow());
  }

  @Test
  void interval_churnOutsideUnitInterval_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Clv.marginAdjustedInterval(
                    usd("100"), 0.8, new Interval(0.5, 1.2, 0.95), Period.MONTH, HALF_EVEN));
    assertEquals("churn must lie within [0, 1], got [0.5000, 1.2000] (95%)", e.getMessage());
  }

  @Test
  void grossMarginOutsideRange_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Clv.marginAdjusted(usd("100"), 1.2, PeriodRate.monthly(0.05), HALF_EVEN));
    assertEquals("grossMargin must be in (0, 1], got 1.2", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Clv.cappedHorizon(usd("100"), 0, PeriodRate.monthly(0.05), 3, HALF_EVEN));
    assertEquals("grossMargin must be in (0, 1], got 0.0", e.getMessage());
  }

  @Test
  void churnOutsideUnitInterval_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PeriodRate.monthly(1.5));
    assertEquals("rate must be in [0, 1], got 1.5", e.getMessage());
  }

  @Test
  void negativeMoney_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Clv.simple(usd("-1"), PeriodRate.monthly(0.05), HALF_EVEN));
    assertEquals("arpa must be >= 0, got USD -1.00", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Clv.discounted(
                    usd("-5"),
                    PeriodRate.monthly(0.05),
                    DiscountRate.monthly(0.01),
                    CashFlowTiming.AT_EACH_RENEWAL,
                    HALF_EVEN));
    assertEquals("margin must be >= 0, got USD -5.00", e.getMessage());
  }

  @Test
  void rounding_isTheCallersChoice() {
    // 100 / 0.03 = 3333.333...
    assertEquals(
        usd("3333.34"),
        Clv.simple(usd("100"), PeriodRate.monthly(0.03), RoundingMode.UP).orElseThrow());
    assertEquals(
        usd("3333.33"),
        Clv.simple(usd("100"), PeriodRate.monthly(0.03), RoundingMode.DOWN).orElseThrow());
  }
}
