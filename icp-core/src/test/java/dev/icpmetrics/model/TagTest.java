package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TagTest {

  @Test
  void of_normalisesTheIdAndKeepsTheLabel() {
    Tag t = Tag.of("Manual Reporting", " Manual reporting ");
    assertEquals("manual-reporting", t.id());
    assertEquals("Manual reporting", t.label());
    assertEquals(Tag.of("manual-reporting", "Manual reporting"), Tag.of("Manual reporting"));
  }

  @Test
  void blankId_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Tag.of(" ", "x"));
    assertEquals(
        "id must be a non-empty key of letters, digits and + # . / _ -, got \" \"", e.getMessage());
  }

  @Test
  void blankLabel_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Tag.of("x", ""));
    assertEquals("label must not be blank, got \"\"", e.getMessage());
  }

  @Test
  void compareTo_ordersByIdThenLabel() {
    assertTrue(Tag.of("a", "z").compareTo(Tag.of("b", "a")) < 0);
    assertTrue(Tag.of("a", "a").compareTo(Tag.of("a", "b")) < 0);
  }

  @Test
  void toString_isTheId() {
    assertEquals("slow-close", Tag.of("Slow close").toString());
  }
}
