package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalTest {

  @Test
  void contains_includesBothBounds() {
    Interval i = new Interval(0.1, 0.3, 0.95);
    assertTrue(i.contains(0.1));
    assertTrue(i.contains(0.3));
    assertFalse(i.contains(0.30001));
    assertEquals(0.2, i.width(), 1e-15);
  }

  @Test
  void toString_showsBoundsAndLevel() {
    assertEquals("[0.0412, 0.1275] (95%)", new Interval(0.0412, 0.1275, 0.95).toString());
    assertEquals("[0.0000, 1.0000] (99.5%)", new Interval(0, 1, 0.995).toString());
  }

  @Test
  void upperBelowLower_namesBothBounds() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Interval(0.5, 0.4, 0.95));
    assertEquals("upper must be finite and >= lower 0.5, got 0.4", e.getMessage());
  }

  @Test
  void nonFiniteLower_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Interval(Double.NaN, 0.4, 0.95));
    assertEquals("lower must be finite, got NaN", e.getMessage());
  }

  @Test
  void levelOutsideOpenUnitInterval_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Interval(0.1, 0.4, 1.0));
    assertEquals("level must be in (0, 1), got 1.0", e.getMessage());
  }
}
