package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndustryTest {

  @Test
  void of_keepsLabelAndOptionalCode() {
    Industry i = Industry.of(" Fintech ", NaicsCode.of("522320"));
    assertEquals("Fintech", i.label());
    assertEquals(Optional.of(NaicsCode.of("522320")), i.naics());
    assertEquals(Optional.empty(), Industry.of("Fintech").naics());
  }

  @Test
  void equality_comparesLabelAndCode() {
    assertEquals(Industry.of("Fintech"), Industry.of("Fintech"));
    assertEquals(Industry.of("Fintech").hashCode(), Industry.of("Fintech").hashCode());
    assertNotEquals(Industry.of("Fintech"), Industry.of("Fintech", NaicsCode.of("52")));
    assertNotEquals(Industry.of("Fintech"), Industry.of("fintech"));
  }

  @Test
  void blankLabel_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Industry.of(" "));
    assertEquals("industry must not be blank, got \" \"", e.getMessage());
  }

  @Test
  void toString_showsLabelAndCode() {
    assertEquals(
        "Fintech (NAICS 522320)", Industry.of("Fintech", NaicsCode.of("522320")).toString());
    assertEquals("Fintech", Industry.of("Fintech").toString());
  }
}
