package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TechStackTest {

  @Test
  void of_normalisesSortsAndDeduplicates() {
    TechStack s = TechStack.of("Salesforce", " HubSpot", "hubspot", "Google Analytics");
    assertEquals(List.of("google-analytics", "hubspot", "salesforce"), List.copyOf(s.keys()));
    assertEquals(3, s.size());
    assertEquals(TechStack.of("salesforce", "HUBSPOT", "google analytics"), s);
  }

  @Test
  void contains_normalisesTheQuery() {
    TechStack s = TechStack.of("Salesforce");
    assertTrue(s.contains(" SALESFORCE "));
    assertFalse(s.contains("hubspot"));
  }

  @Test
  void keys_areUnmodifiableAndCopied() {
    TreeSet<String> raw = new TreeSet<>(List.of("a"));
    TechStack s = new TechStack(raw);
    raw.add("b");
    assertEquals(1, s.size());
    assertThrows(UnsupportedOperationException.class, () -> s.keys().add("c"));
  }

  @Test
  void badKey_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TechStack.of("a", ""));
    assertEquals(
        "technology must be a non-empty key of letters, digits and + # . / _ -, got \"\"",
        e.getMessage());
  }

  @Test
  void empty_andToString() {
    assertEquals(0, TechStack.empty().size());
    assertEquals("[]", TechStack.empty().toString());
    assertEquals("[c++, hubspot]", TechStack.of("HubSpot", "C++").toString());
  }
}
