package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SizeBandTest {

  @Test
  void distanceTo_isTheOrdinalDistance() {
    SizeBand smb = new SizeBand("SMB", 0);
    SizeBand ent = new SizeBand("Enterprise", 2);
    assertEquals(2, smb.distanceTo(ent));
    assertEquals(2, ent.distanceTo(smb));
    assertEquals(0, smb.distanceTo(smb));
    assertTrue(smb.compareTo(ent) < 0);
  }

  @Test
  void blankName_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new SizeBand(" ", 0));
    assertEquals("name must not be blank, got \" \"", e.getMessage());
  }

  @Test
  void negativeOrdinal_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new SizeBand("SMB", -1));
    assertEquals("ordinal must be >= 0, got -1", e.getMessage());
  }

  @Test
  void toString_isTheName() {
    assertEquals("Mid-market", new SizeBand("Mid-market", 1).toString());
  }
}
