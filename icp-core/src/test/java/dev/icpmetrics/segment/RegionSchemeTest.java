package dev.icpmetrics.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.model.Location;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionSchemeTest {

  @Test
  void amerEmeaApac_placesCountriesInTheirConventionalRegion() {
    RegionScheme r = RegionScheme.amerEmeaApac();
    assertEquals(Optional.of("AMER"), r.regionOf(Location.of("US")));
    assertEquals(Optional.of("AMER"), r.regionOf(Location.of("BR")));
    assertEquals(Optional.of("EMEA"), r.regionOf(Location.of("DE", "DE-BY")));
    assertEquals(Optional.of("EMEA"), r.regionOf(Location.of("ZA")));
    assertEquals(Optional.of("EMEA"), r.regionOf(Location.of("AE")));
    assertEquals(Optional.of("APAC"), r.regionOf(Location.of("JP")));
    assertEquals(Optional.of("APAC"), r.regionOf(Location.of("AU")));
    assertEquals(Optional.empty(), r.regionOf(Location.of("AQ")));
  }

  @Test
  void of_subdivisionOverridesItsCountry() {
    RegionScheme r = RegionScheme.of("US split", Map.of("US", "US East", "us-ca", "US West"));
    assertEquals(Optional.of("US West"), r.regionOf(Location.of("US", "US-CA")));
    assertEquals(Optional.of("US East"), r.regionOf(Location.of("US", "US-NY")));
    assertEquals(Optional.of("US East"), r.regionOf(Location.of("US")));
    assertEquals(Optional.empty(), r.regionOf(Location.of("CA")));
    assertEquals("RegionScheme[US split, 2 codes]", r.toString());
  }

  @Test
  void of_unknownCountry_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RegionScheme.of("x", Map.of("XX", "Nowhere")));
    assertEquals("country must be an ISO 3166-1 alpha-2 code, got \"XX\"", e.getMessage());
  }

  @Test
  void of_blankRegion_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RegionScheme.of("x", Map.of("DE", " ")));
    assertEquals("region must not be blank, got \" \"", e.getMessage());
  }
}
