package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowTest {

  @Test
  void month_isHalfOpenCalendarMonth() {
    Window w = Window.month(YearMonth.of(2024, 2));
    assertEquals(LocalDate.of(2024, 2, 1), w.from());
    assertEquals(LocalDate.of(2024, 3, 1), w.to());
    assertEquals(29, w.lengthDays());
    assertEquals(LocalDate.of(2024, 2, 29), w.lastDay());
    assertEquals(LocalDate.of(2024, 1, 31), w.dayBeforeStart());
    assertEquals(Optional.of(Period.MONTH), w.period());
  }

  @Test
  void quarterAndYear_spanTheirMonths() {
    assertEquals(
        Window.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 7, 1)), Window.quarter(2024, 2));
    assertEquals(Optional.of(Period.QUARTER), Window.quarter(2024, 4).period());
    assertEquals(LocalDate.of(2025, 1, 1), Window.quarter(2024, 4).to());
    assertEquals(366, Window.year(2024).lengthDays());
    assertEquals(Optional.of(Period.YEAR), Window.year(2024).period());
  }

  @Test
  void rolling_endsAtTo() {
    Window w = Window.rollingDays(LocalDate.of(2024, 3, 31), 30);
    assertEquals(LocalDate.of(2024, 3, 1), w.from());
    assertEquals(Optional.empty(), w.period());
    assertEquals(30 / 30.436875, w.lengthMonths(), 1e-15);
    Window m = Window.rollingMonths(LocalDate.of(2024, 5, 15), 3);
    assertEquals(LocalDate.of(2024, 2, 15), m.from());
    assertEquals(Optional.of(Period.QUARTER), m.period());
  }

  @Test
  void contains_includesFromExcludesTo() {
    Window w = Window.month(YearMonth.of(2024, 3));
    assertTrue(w.contains(LocalDate.of(2024, 3, 1)));
    assertTrue(w.contains(LocalDate.of(2024, 3, 31)));
    assertFalse(w.contains(LocalDate.of(2024, 4, 1)));
    assertFalse(w.contains(LocalDate.of(2024, 2, 29)));
  }

  @Test
  void of_endNotAfterStart_namesBothDates() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Window.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)));
    assertEquals("to must be after from 2024-02-01, got 2024-01-01", e.getMessage());
    IllegalArgumentException same =
        assertThrows(
            IllegalArgumentException.class,
            () -> Window.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 1)));
    assertEquals("to must be after from 2024-02-01, got 2024-02-01", same.getMessage());
  }

  @Test
  void quarter_outOfRange_namesValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Window.quarter(2024, 5));
    assertEquals("quarter must be in [1, 4], got 5", e.getMessage());
  }

  @Test
  void rolling_nonPositiveLength_namesValue() {
    LocalDate d = LocalDate.of(2024, 3, 31);
    assertEquals(
        "days must be > 0, got 0",
        assertThrows(IllegalArgumentException.class, () -> Window.rollingDays(d, 0)).getMessage());
    assertEquals(
        "months must be > 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> Window.rollingMonths(d, -1))
            .getMessage());
  }

  @Test
  void toString_isHalfOpenInterval() {
    assertEquals("[2024-03-01, 2024-04-01)", Window.month(YearMonth.of(2024, 3)).toString());
  }
}
