package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocationTest {

  @Test
  void of_upperCasesAndKeepsTheSubdivision() {
    Location l = Location.of("de", "de-by");
    assertEquals("DE", l.country());
    assertEquals(Optional.of("DE-BY"), l.subdivision());
    assertEquals(Optional.empty(), Location.of("JP").subdivision());
  }

  @Test
  void equality_comparesCountryAndSubdivision() {
    assertEquals(Location.of("US", "US-CA"), Location.of("us", "US-CA"));
    assertEquals(Location.of("US").hashCode(), Location.of("US").hashCode());
    assertNotEquals(Location.of("US"), Location.of("US", "US-CA"));
  }

  @Test
  void unknownCountry_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Location.of("UK"));
    assertEquals("country must be an ISO 3166-1 alpha-2 code, got \"UK\"", e.getMessage());
  }

  @Test
  void subdivisionOfAnotherCountry_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Location.of("DE", "AT-9"));
    assertEquals(
        "subdivision must be an ISO 3166-2 code of DE such as DE-AB, got \"AT-9\"", e.getMessage());
  }

  @Test
  void malformedSubdivision_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Location.of("DE", "Bavaria"));
    assertEquals(
        "subdivision must be an ISO 3166-2 code of DE such as DE-AB, got \"Bavaria\"",
        e.getMessage());
  }

  @Test
  void toString_isCountrySlashSubdivision() {
    assertEquals("DE/DE-BY", Location.of("DE", "DE-BY").toString());
    assertEquals("JP", Location.of("JP").toString());
  }
}
