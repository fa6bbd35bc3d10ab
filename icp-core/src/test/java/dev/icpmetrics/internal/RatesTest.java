package dev.icpmetrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RatesTest {

  // REFERENCES §4: monthly churn 4% is 1 - 0.96^12 = 0.387290 a year.
  @Test
  void compound_monthlyToYear_matchesReferences() {
    assertEquals(0.387290, Rates.compound(0.04, 12), 5e-7);
  }

  // 1 - (1 - 0.387290)^(1/12) = 0.04: the inverse conversion.
  @Test
  void compound_fractionalExponent_invertsTheConversion() {
    assertEquals(0.04, Rates.compound(1 - Math.pow(0.96, 12), 1.0 / 12), 1e-15);
  }

  @Test
  void compound_endpoints_stayExact() {
    assertEquals(1.0, Rates.compound(1.0, 0.5));
    assertEquals(0.0, Rates.compound(0.0, 12));
  }
}
