package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import org.junit.jupiter.api.Test;

class DiscountRateTest {

  @Test
  void convertedTo_compounds_referenceValue() {
    // REFERENCES.md section 2: 10% a year is 0.0079741 a month.
    assertEquals(0.0079741, DiscountRate.annual(0.10).convertedTo(Period.MONTH).rate(), 0.5e-7);
    // 1% a month is 1.01^12 - 1 = 0.12682503 a year.
    assertEquals(0.12682503, DiscountRate.monthly(0.01).convertedTo(Period.YEAR).rate(), 0.5e-8);
    DiscountRate d = DiscountRate.annual(0.1);
    assertSame(d, d.convertedTo(Period.YEAR));
  }

  @Test
  void negativeRate_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DiscountRate.annual(-0.1));
    assertEquals("discountRate must be finite and >= 0, got -0.1", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> DiscountRate.monthly(Double.POSITIVE_INFINITY));
    assertEquals("discountRate must be finite and >= 0, got Infinity", e.getMessage());
  }

  @Test
  void requirePeriod_namesBothPeriods() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DiscountRate.annual(0.1).requirePeriod(Period.MONTH));
    assertEquals(
        "discountRate period must be MONTH like the other inputs, got YEAR (convert it explicitly"
            + " with convertedTo)",
        e.getMessage());
    DiscountRate d = DiscountRate.monthly(0.01);
    assertSame(d, d.requirePeriod(Period.MONTH));
  }

  @Test
  void toString_isAPercentPerPeriod() {
    assertEquals("10.00% per year", DiscountRate.annual(0.1).toString());
  }

  @Test
  void property_conversionRoundTrips() {
    Property.<Double>named("annual -> monthly -> annual returns the rate")
        .edgeCases(0.0, 0.1, 1.0)
        .forAll(
            Gen.doubles(0, 2),
            d ->
                assertEquals(
                    d,
                    DiscountRate.annual(d)
                        .convertedTo(Period.MONTH)
                        .convertedTo(Period.YEAR)
                        .rate(),
                    1e-12));
  }
}
