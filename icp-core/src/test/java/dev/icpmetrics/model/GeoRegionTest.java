package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GeoRegionTest {

  @Test
  void of_placesTheReferenceCountries() {
    assertEquals(Optional.of(GeoRegion.EUROPE), GeoRegion.of("DE"));
    assertEquals(Optional.of(GeoRegion.ASIA), GeoRegion.of("JP"));
    assertEquals(Optional.of(GeoRegion.AMERICAS), GeoRegion.of("BR"));
    assertEquals(Optional.of(GeoRegion.AFRICA), GeoRegion.of("ZA"));
    assertEquals(Optional.of(GeoRegion.OCEANIA), GeoRegion.of("AU"));
    assertEquals(Optional.empty(), GeoRegion.of("AQ"));
  }

  @Test
  void labelsAndCodes_areM49s() {
    assertEquals("Europe", GeoRegion.EUROPE.label());
    assertEquals(150, GeoRegion.EUROPE.m49Code());
    assertEquals(2, GeoRegion.AFRICA.m49Code());
    assertEquals(19, GeoRegion.AMERICAS.m49Code());
    assertEquals(142, GeoRegion.ASIA.m49Code());
    assertEquals(9, GeoRegion.OCEANIA.m49Code());
  }

  @Test
  void countries_areTheUnionOfTheSubRegions() {
    assertTrue(GeoRegion.EUROPE.countries().containsAll(GeoSubRegion.WESTERN_EUROPE.countries()));
    assertTrue(GeoRegion.EUROPE.countries().contains("PL"));
    assertTrue(!GeoRegion.EUROPE.countries().contains("TR"));
    int total = 0;
    for (GeoRegion g : GeoRegion.values()) {
      total += g.countries().size();
    }
    assertEquals(248, total);
  }
}
