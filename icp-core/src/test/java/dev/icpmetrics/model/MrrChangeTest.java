package dev.icpmetrics.model;

import static dev.icpmetrics.model.Fixtures.JAN_1;
import static dev.icpmetrics.model.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MrrChangeTest {

  @Test
  void ofContract_normalisesAnnualAndQuarterlyToMonthly() {
    assertEquals(
        usd("1000.00"),
        MrrChange.ofContract(JAN_1, usd("12000"), BillingTerm.ANNUAL, RoundingMode.UNNECESSARY)
            .mrr());
    assertEquals(
        usd("400.00"),
        MrrChange.ofContract(JAN_1, usd("1200"), BillingTerm.QUARTERLY, RoundingMode.UNNECESSARY)
            .mrr());
  }

  @Test
  void ofContract_normalisesTwoAndThreeYearTerms() {
    // 24,000 / 24 = 1,000; 36,000 / 36 = 1,000; 10,000 / 36 = 277.777... -> 277.78.
    assertEquals(
        usd("1000.00"),
        MrrChange.ofContract(JAN_1, usd("24000"), BillingTerm.ofYears(2), RoundingMode.UNNECESSARY)
            .mrr());
    assertEquals(
        usd("1000.00"),
        MrrChange.ofContract(JAN_1, usd("36000"), BillingTerm.ofYears(3), RoundingMode.UNNECESSARY)
            .mrr());
    assertEquals(
        usd("277.78"),
        MrrChange.ofContract(JAN_1, usd("10000"), BillingTerm.ofYears(3), RoundingMode.HALF_EVEN)
            .mrr());
    assertEquals(
        usd("416.66"),
        MrrChange.ofContract(JAN_1, usd("10000"), BillingTerm.ofYears(2), RoundingMode.DOWN).mrr());
  }

  @Test
  void ofContract_roundingNeededUnderUnnecessary_throws() {
    assertThrows(
        ArithmeticException.class,
        () ->
            MrrChange.ofContract(
                JAN_1, usd("10000"), BillingTerm.ofYears(3), RoundingMode.UNNECESSARY));
  }

  @Test
  void negativeMrr_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MrrChange.of(JAN_1, usd("-1")));
    assertEquals("mrr must be >= 0, got USD -1.00", e.getMessage());
  }

  @Test
  void negativeContractValue_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MrrChange.ofContract(JAN_1, usd("-12"), BillingTerm.ANNUAL, RoundingMode.DOWN));
    assertEquals("contractValue must be >= 0, got USD -12.00", e.getMessage());
  }

  @Test
  void zeroMrr_isAllowed() {
    assertEquals(usd("0"), MrrChange.of(JAN_1, usd("0")).mrr());
  }

  @Test
  void toString_isDateAndAmount() {
    assertEquals("2024-01-01: USD 99.50", MrrChange.of(JAN_1, usd("99.5")).toString());
  }
}
