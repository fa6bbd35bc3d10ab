package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.model.Money;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class CacTest {

  @Test
  void blended_referenceExample_is8900() {
    // REFERENCES §7: $445,000 of sales and marketing spend, 50 new customers.
    assertEquals(
        MetricResult.of(Money.of("USD", "8900.00")),
        Cac.blended(Money.of("USD", "445000"), 50, RoundingMode.HALF_EVEN));
  }

  @Test
  void blended_roundsWithTheCallersMode() {
    assertEquals(
        Money.of("USD", "33.34"),
        Cac.blended(Money.of("USD", "100"), 3, RoundingMode.UP).orElseThrow());
  }

  @Test
  void blended_noNewCustomers_isUndefinedNotInfinite() {
    assertEquals(
        "undefined (no new customers: the spend of USD 500.00 bought nobody)",
        Cac.blended(Money.of("USD", "500"), 0, RoundingMode.HALF_EVEN).toString());
  }

  @Test
  void blended_negativeInput_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Cac.blended(Money.of("USD", "-5"), 1, RoundingMode.HALF_EVEN));
    assertEquals("spend must be >= 0, got USD -5.00", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Cac.blended(Money.of("USD", "5"), -1, RoundingMode.HALF_EVEN));
    assertEquals("newCustomers must be >= 0, got -1", e.getMessage());
  }
}
