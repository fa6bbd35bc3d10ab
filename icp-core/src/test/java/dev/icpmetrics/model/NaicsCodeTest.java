package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.NaicsCode.Level;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NaicsCodeTest {

  @Test
  void level_followsTheNumberOfDigits() {
    assertEquals(Level.SECTOR, NaicsCode.of("54").level());
    assertEquals(Level.SUBSECTOR, NaicsCode.of("541").level());
    assertEquals(Level.INDUSTRY_GROUP, NaicsCode.of("5415").level());
    assertEquals(Level.NAICS_INDUSTRY, NaicsCode.of("54151").level());
    assertEquals(Level.NATIONAL_INDUSTRY, NaicsCode.of("541511").level());
    assertEquals(6, Level.NATIONAL_INDUSTRY.digits());
  }

  @Test
  void parent_isThePrefixOneShorter_andASectorHasNone() {
    assertEquals(Optional.of(NaicsCode.of("54151")), NaicsCode.of("541511").parent());
    assertEquals(Optional.of(NaicsCode.of("54")), NaicsCode.of("541").parent());
    assertEquals(Optional.empty(), NaicsCode.of("54").parent());
  }

  @Test
  void rollUpTo_givesTheAncestorAtThatLevel() {
    NaicsCode c = NaicsCode.of("541511");
    assertEquals(NaicsCode.of("5415"), c.rollUpTo(Level.INDUSTRY_GROUP));
    assertEquals(NaicsCode.of("54"), c.sector());
    assertEquals(c, c.rollUpTo(Level.NATIONAL_INDUSTRY));
  }

  @Test
  void rollUpTo_finerLevel_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NaicsCode.of("541").rollUpTo(Level.NAICS_INDUSTRY));
    assertEquals(
        "level must be at or above SUBSECTOR for code 541, got NAICS_INDUSTRY", e.getMessage());
  }

  @Test
  void isWithin_comparesPrefixes() {
    assertTrue(NaicsCode.of("541511").isWithin(NaicsCode.of("5415")));
    assertTrue(NaicsCode.of("5415").isWithin(NaicsCode.of("5415")));
    assertFalse(NaicsCode.of("5415").isWithin(NaicsCode.of("541511")));
    assertFalse(NaicsCode.of("522320").isWithin(NaicsCode.of("54")));
  }

  @Test
  void sectorLabel_printsTheRangedSectors() {
    assertEquals("31-33", NaicsCode.of("334111").sectorLabel());
    assertEquals("44-45", NaicsCode.of("44").sectorLabel());
    assertEquals("48-49", NaicsCode.of("492110").sectorLabel());
    assertEquals("54", NaicsCode.of("541511").sectorLabel());
  }

  @Test
  void malformed_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NaicsCode.of("5415111"));
    assertEquals("naicsCode must be 2 to 6 digits, got \"5415111\"", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> NaicsCode.of("54a"));
    assertEquals("naicsCode must be 2 to 6 digits, got \"54a\"", e.getMessage());
  }

  @Test
  void unknownSector_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NaicsCode.of("991"));
    assertEquals("naicsCode must start with a NAICS 2022 sector, got \"991\"", e.getMessage());
  }

  @Test
  void compareTo_putsAChildRightAfterItsParent() {
    assertTrue(NaicsCode.of("54").compareTo(NaicsCode.of("541")) < 0);
    assertTrue(NaicsCode.of("541").compareTo(NaicsCode.of("55")) < 0);
  }

  @Test
  void toString_namesTheSystem() {
    assertEquals("NAICS 541511", NaicsCode.of("541511").toString());
  }
}
