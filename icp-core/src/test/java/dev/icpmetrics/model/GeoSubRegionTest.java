package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class GeoSubRegionTest {

  @Test
  void of_placesTheReferenceCountries() {
    assertEquals(Optional.of(GeoSubRegion.WESTERN_EUROPE), GeoSubRegion.of("DE"));
    assertEquals(Optional.of(GeoSubRegion.EASTERN_ASIA), GeoSubRegion.of("JP"));
    assertEquals(Optional.of(GeoSubRegion.SOUTH_AMERICA), GeoSubRegion.of("BR"));
    assertEquals(Optional.of(GeoSubRegion.SOUTHERN_AFRICA), GeoSubRegion.of("ZA"));
    assertEquals(Optional.of(GeoSubRegion.AUSTRALIA_AND_NEW_ZEALAND), GeoSubRegion.of("AU"));
    assertEquals(Optional.of(GeoSubRegion.NORTHERN_AMERICA), GeoSubRegion.of("us"));
    assertEquals(Optional.of(GeoSubRegion.WESTERN_ASIA), GeoSubRegion.of("TR"));
    assertEquals(Optional.of(GeoSubRegion.NORTHERN_EUROPE), GeoSubRegion.of(Location.of("GB")));
  }

  @Test
  void labelsAndCodes_areM49s() {
    assertEquals("Western Europe", GeoSubRegion.WESTERN_EUROPE.label());
    assertEquals(155, GeoSubRegion.WESTERN_EUROPE.m49Code());
    assertEquals("Eastern Asia", GeoSubRegion.EASTERN_ASIA.label());
    assertEquals(30, GeoSubRegion.EASTERN_ASIA.m49Code());
    assertEquals("South America", GeoSubRegion.SOUTH_AMERICA.label());
    assertEquals(5, GeoSubRegion.SOUTH_AMERICA.m49Code());
    assertEquals("Southern Africa", GeoSubRegion.SOUTHERN_AFRICA.label());
    assertEquals(18, GeoSubRegion.SOUTHERN_AFRICA.m49Code());
    assertEquals("Australia and New Zealand", GeoSubRegion.AUSTRALIA_AND_NEW_ZEALAND.label());
    assertEquals(53, GeoSubRegion.AUSTRALIA_AND_NEW_ZEALAND.m49Code());
    assertEquals(22, GeoSubRegion.values().length);
  }

  @Test
  void everyJdkCountryButAntarctica_isInExactlyOneSubRegion() {
    Set<String> seen = new HashSet<>();
    for (GeoSubRegion s : GeoSubRegion.values()) {
      for (String c : s.countries()) {
        assertTrue(seen.add(c), c + " twice");
      }
    }
    Set<String> expected = new TreeSet<>(Set.of(Locale.getISOCountries()));
    expected.remove("AQ");
    assertEquals(expected, new TreeSet<>(seen));
    assertEquals(Optional.empty(), GeoSubRegion.of("AQ"));
  }

  @Test
  void southernAfrica_hasItsFiveCountries() {
    assertEquals(Set.of("BW", "LS", "NA", "SZ", "ZA"), GeoSubRegion.SOUTHERN_AFRICA.countries());
  }

  @Test
  void unknownCountry_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GeoSubRegion.of("XX"));
    assertEquals("country must be an ISO 3166-1 alpha-2 code, got \"XX\"", e.getMessage());
  }
}
