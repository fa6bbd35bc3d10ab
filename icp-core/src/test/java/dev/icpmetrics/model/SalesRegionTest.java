package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SalesRegionTest {

  @Test
  void of_upperCasesAndSortsTheCountries() {
    SalesRegion dach = SalesRegion.of("DACH", "de", "AT", "ch");
    assertEquals(List.of("AT", "CH", "DE"), List.copyOf(dach.countries()));
    assertTrue(dach.contains("De"));
    assertFalse(dach.contains("FR"));
  }

  @Test
  void withCountries_buildsFromM49Regions() {
    SalesRegion emea =
        SalesRegion.of("EMEA", GeoRegion.EUROPE.countries())
            .withCountries(GeoRegion.AFRICA.countries())
            .withCountries(GeoSubRegion.WESTERN_ASIA.countries());
    assertTrue(emea.contains("DE"));
    assertTrue(emea.contains("ZA"));
    assertTrue(emea.contains("AE"));
    assertFalse(emea.contains("JP"));
  }

  @Test
  void unknownCountry_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SalesRegion.of("EU", "DE", "EU"));
    assertEquals("country must be an ISO 3166-1 alpha-2 code, got \"EU\"", e.getMessage());
  }

  @Test
  void noCountry_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SalesRegion.of("NA"));
    assertEquals("countries of NA must not be empty, got []", e.getMessage());
  }

  @Test
  void blankName_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SalesRegion.of(" ", "US"));
    assertEquals("name must not be blank, got \" \"", e.getMessage());
  }

  @Test
  void countries_areCopiedAndUnmodifiable() {
    TreeSet<String> raw = new TreeSet<>(List.of("US"));
    SalesRegion na = new SalesRegion("NA", raw);
    raw.add("CA");
    assertEquals(1, na.countries().size());
    assertThrows(UnsupportedOperationException.class, () -> na.countries().add("MX"));
  }

  @Test
  void toString_isNameAndCountries() {
    assertEquals("DACH [AT, CH, DE]", SalesRegion.of("DACH", "DE", "AT", "CH").toString());
  }
}
