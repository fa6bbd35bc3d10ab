package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.metrics.PaybackPeriod.Basis;
import dev.icpmetrics.model.Money;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PaybackPeriodTest {

  @Test
  void reached_exposesItsMonths() {
    PaybackPeriod p = new PaybackPeriod.Reached(7.4166, Basis.GROSS_MARGIN);
    assertTrue(p.isReached());
    assertEquals(OptionalDouble.of(7.4166), p.months());
    assertEquals("7.42 months (gross margin)", p.toString());
  }

  @Test
  void reached_infiniteOrNegativeMonths_areRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PaybackPeriod.Reached(Double.POSITIVE_INFINITY, Basis.REVENUE));
    assertEquals("paybackMonths must be finite and >= 0, got Infinity", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new PaybackPeriod.Reached(-1, Basis.REVENUE));
  }

  @Test
  void notWithinHorizon_negativeHorizon_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PaybackPeriod.NotWithinHorizon(-1, Basis.REVENUE, "x"));
    assertEquals("horizonMonths must be >= 0, got -1", e.getMessage());
  }

  @Test
  void moneyInterval_upperBelowLower_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new MoneyInterval(
                    MetricResult.of(Money.of("USD", "10")),
                    MetricResult.of(Money.of("USD", "5")),
                    0.95));
    assertEquals("upper must be >= lower USD 10.00, got USD 5.00", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new MoneyInterval(
                    MetricResult.of(Money.of("USD", "1")), MetricResult.undefined("x"), 1.0));
    assertEquals("level must be in (0, 1), got 1.0", e.getMessage());
  }

  @Test
  void fitAttempt_toString_isOneLine() {
    FitAttempt a =
        new FitAttempt(
            java.util.List.of(1.0, 1.0),
            java.util.List.of(0.668088, 3.806094),
            -1611.15815,
            87,
            true);
    assertEquals(
        "start (1.00000, 1.00000) -> (0.668088, 3.80609), LL -1611.1582, 87 iterations, converged",
        a.toString());
  }
}
