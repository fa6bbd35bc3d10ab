package dev.icpmetrics.model;

import static dev.icpmetrics.model.Fixtures.day;
import static dev.icpmetrics.model.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MrrHistoryTest {

  private static final MrrHistory H =
      MrrHistory.startingAt(day(2024, 1, 15), usd("100"))
          .with(day(2024, 6, 1), usd("150"))
          .with(day(2024, 3, 1), usd("120"));

  @Test
  void changes_areSortedByDate() {
    assertEquals(
        List.of(day(2024, 1, 15), day(2024, 3, 1), day(2024, 6, 1)),
        H.changes().stream().map(MrrChange::effective).toList());
    assertEquals(Optional.of(MrrChange.of(day(2024, 1, 15), usd("100"))), H.first());
  }

  @Test
  void mrrOn_isTheLatestChangeOnOrBefore_andZeroBeforeTheFirst() {
    assertEquals(usd("0"), H.mrrOn(day(2024, 1, 14)));
    assertEquals(usd("100"), H.mrrOn(day(2024, 1, 15)));
    assertEquals(usd("100"), H.mrrOn(day(2024, 2, 29)));
    assertEquals(usd("120"), H.mrrOn(day(2024, 3, 1)));
    assertEquals(usd("150"), H.mrrOn(day(2030, 1, 1)));
    assertEquals(usd("0"), MrrHistory.empty(Currency.getInstance("USD")).mrrOn(day(2024, 1, 1)));
  }

  @Test
  void changesIn_isHalfOpen() {
    assertEquals(
        List.of(MrrChange.of(day(2024, 3, 1), usd("120"))),
        H.changesIn(day(2024, 3, 1), day(2024, 6, 1)));
  }

  @Test
  void otherCurrency_isRejectedNamingBoth() {
    CurrencyMismatchException e =
        assertThrows(
            CurrencyMismatchException.class, () -> H.with(day(2024, 7, 1), Money.of("EUR", "1")));
    assertEquals("currencies must match, got USD and EUR", e.getMessage());
  }

  @Test
  void twoChangesOnOneDay_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> H.with(day(2024, 3, 1), usd("130")));
    assertEquals("changes must have distinct dates, got two on 2024-03-01", e.getMessage());
  }

  @Test
  void changes_areUnmodifiable() {
    assertThrows(
        UnsupportedOperationException.class,
        () -> H.changes().add(MrrChange.of(day(2025, 1, 1), usd("1"))));
  }

  @Test
  void toString_listsTheChanges() {
    assertEquals(
        "MRR[USD: 2024-01-15: USD 100.00, 2024-03-01: USD 120.00, 2024-06-01: USD 150.00]",
        H.toString());
    assertEquals("MRR[EUR]", MrrHistory.empty(Currency.getInstance("EUR")).toString());
  }
}
