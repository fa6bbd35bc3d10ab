package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LifetimeTest {

  private static final LocalDate JAN_15 = LocalDate.of(2024, 1, 15);

  @Test
  void active_isCensoredAtTheAsOfDate() {
    assertEquals(
        Lifetime.censored(31), Lifetime.active(JAN_15, LocalDate.of(2024, 2, 15), TenureUnit.DAYS));
    assertEquals(
        Lifetime.censored(1),
        Lifetime.active(JAN_15, LocalDate.of(2024, 2, 15), TenureUnit.MONTHS));
  }

  @Test
  void churned_beforeOrOnAsOf_isAnEvent() {
    LocalDate asOf = LocalDate.of(2024, 12, 31);
    assertEquals(
        Lifetime.event(3),
        Lifetime.churned(JAN_15, LocalDate.of(2024, 4, 20), asOf, TenureUnit.MONTHS));
    assertEquals(Lifetime.event(351), Lifetime.churned(JAN_15, asOf, asOf, TenureUnit.DAYS));
  }

  @Test
  void churned_afterAsOf_isCensoredAtAsOf() {
    assertEquals(
        Lifetime.censored(2),
        Lifetime.churned(
            JAN_15, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 3, 31), TenureUnit.MONTHS));
  }

  @Test
  void months_countBillingAnniversariesClampedToMonthEnd() {
    LocalDate jan31 = LocalDate.of(2024, 1, 31);
    assertEquals(1, TenureUnit.MONTHS.between(jan31, LocalDate.of(2024, 2, 29)));
    assertEquals(0, TenureUnit.MONTHS.between(jan31, LocalDate.of(2024, 2, 28)));
    assertEquals(2, TenureUnit.MONTHS.between(jan31, LocalDate.of(2024, 3, 31)));
    assertEquals(0, TenureUnit.MONTHS.between(JAN_15, LocalDate.of(2024, 2, 14)));
    assertEquals(1, TenureUnit.MONTHS.between(JAN_15, LocalDate.of(2024, 2, 15)));
    assertEquals(12, TenureUnit.MONTHS.between(JAN_15, LocalDate.of(2025, 1, 15)));
    assertEquals(0, TenureUnit.MONTHS.between(JAN_15, JAN_15));
  }

  @Test
  void datesOutOfOrder_nameFieldAndValue() {
    assertEquals(
        "churned must be on or after acquired 2024-01-15, got 2024-01-10",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Lifetime.churned(
                        JAN_15,
                        LocalDate.of(2024, 1, 10),
                        LocalDate.of(2024, 3, 1),
                        TenureUnit.DAYS))
            .getMessage());
    assertEquals(
        "asOf must be on or after acquired 2024-01-15, got 2023-12-31",
        assertThrows(
                IllegalArgumentException.class,
                () -> Lifetime.active(JAN_15, LocalDate.of(2023, 12, 31), TenureUnit.DAYS))
            .getMessage());
  }

  @Test
  void negativeTime_namesField() {
    assertEquals(
        "time must be finite and >= 0, got -1.0",
        assertThrows(IllegalArgumentException.class, () -> Lifetime.event(-1)).getMessage());
  }

  @Test
  void toString_marksCensoringLikeR() {
    assertEquals("13", Lifetime.event(13).toString());
    assertEquals("13+", Lifetime.censored(13).toString());
    assertEquals("2.5+", Lifetime.censored(2.5).toString());
  }
}
