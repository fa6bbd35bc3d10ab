package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BillingTermTest {

  @Test
  void presetsAndYears_giveTheirMonths() {
    assertEquals(1, BillingTerm.MONTHLY.months());
    assertEquals(3, BillingTerm.QUARTERLY.months());
    assertEquals(12, BillingTerm.ANNUAL.months());
    assertEquals(24, BillingTerm.ofYears(2).months());
    assertEquals(36, BillingTerm.ofYears(3).months());
    assertEquals(BillingTerm.ANNUAL, BillingTerm.ofMonths(12));
  }

  @Test
  void zeroMonths_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BillingTerm.ofMonths(0));
    assertEquals("months must be > 0, got 0", e.getMessage());
  }

  @Test
  void yearsOutOfRange_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BillingTerm.ofYears(0));
    assertEquals("years must be in [1, 100], got 0", e.getMessage());
  }

  @Test
  void toString_saysMonths() {
    assertEquals("1 month", BillingTerm.MONTHLY.toString());
    assertEquals("36 months", BillingTerm.ofYears(3).toString());
  }
}
