package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.Money;
import org.junit.jupiter.api.Test;

class LtvToCacTest {

  @Test
  void ratio_guideSegments_matchTheirTable() {
    // REFERENCES §8: SMB CLV $2,400 over CAC $350; mid-market $4,800 over $500.
    assertEquals(
        2400.0 / 350,
        LtvToCac.ratio(Money.of("USD", "2400"), Money.of("USD", "350")).orElseThrow(),
        1e-15);
    assertEquals(
        MetricResult.of(9.6), LtvToCac.ratio(Money.of("USD", "4800"), Money.of("USD", "500")));
  }

  @Test
  void ratio_zeroCac_isUndefined() {
    assertEquals(
        "undefined (cac is 0: customers cost nothing to acquire)",
        LtvToCac.ratio(Money.of("USD", "100"), Money.of("USD", "0")).toString());
  }

  @Test
  void ratio_mixedCurrencies_throw() {
    assertThrows(
        CurrencyMismatchException.class,
        () -> LtvToCac.ratio(Money.of("USD", "100"), Money.of("EUR", "10")));
  }

  @Test
  void ratio_negativeCac_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LtvToCac.ratio(Money.of("USD", "100"), Money.of("USD", "-10")));
    assertEquals("cac must be >= 0, got USD -10.00", e.getMessage());
  }

  @Test
  void targets_defaultsAreTheGuides() {
    EconomicsTargets t = EconomicsTargets.defaults();
    assertEquals(3.0, t.minLtvToCac());
    assertEquals(12.0, t.maxPaybackMonths());
    assertEquals("LTV:CAC >= 3.0, payback <= 12.0 months", t.toString());
    assertTrue(t.meetsLtvToCac(MetricResult.of(3.0)));
    assertFalse(t.meetsLtvToCac(MetricResult.of(2.99)));
    assertFalse(t.meetsLtvToCac(MetricResult.undefined("cac is 0")));
    assertTrue(t.meetsPayback(new PaybackPeriod.Reached(12, PaybackPeriod.Basis.GROSS_MARGIN)));
    assertFalse(t.meetsPayback(new PaybackPeriod.Reached(12.01, PaybackPeriod.Basis.GROSS_MARGIN)));
    assertFalse(t.meetsPayback(new PaybackPeriod.Never(PaybackPeriod.Basis.GROSS_MARGIN, "x")));
  }

  @Test
  void targets_nonPositive_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new EconomicsTargets(0, 12));
    assertEquals("minLtvToCac must be finite and > 0, got 0.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new EconomicsTargets(3, -1));
    assertEquals("maxPaybackMonths must be finite and > 0, got -1.0", e.getMessage());
  }
}
