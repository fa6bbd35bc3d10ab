package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SalesRegionSchemeTest {

  private static final SalesRegion NA = SalesRegion.of("NA", "US", "CA");
  private static final SalesRegion EMEA = SalesRegion.of("EMEA", "DE", "AT", "CH", "FR", "ZA");
  private static final SalesRegion DACH = SalesRegion.of("DACH", "DE", "AT", "CH");
  private static final SalesRegion APAC = SalesRegion.of("APAC", "JP", "AU");
  private static final Set<String> WORLD =
      Set.of("US", "CA", "DE", "AT", "CH", "FR", "ZA", "JP", "AU");

  @Test
  void javadocExample_partitions() {
    SalesRegionScheme territories =
        SalesRegionScheme.partitioning(
            "territories",
            Set.of("US", "CA", "DE", "FR", "JP"),
            SalesRegion.of("NA", "US", "CA"),
            SalesRegion.of("EMEA", "DE", "FR"),
            SalesRegion.of("APAC", "JP"));
    assertEquals("Optional[EMEA [DE, FR]]", territories.regionOf("de").toString());
  }

  @Test
  void partitioning_acceptsAnExactCover() {
    SalesRegionScheme s = SalesRegionScheme.partitioning("territories", WORLD, NA, EMEA, APAC);
    assertEquals(Optional.of(EMEA), s.regionOf("de"));
    assertEquals(Optional.empty(), s.regionOf("BR"));
    assertEquals(APAC, s.region("APAC"));
  }

  @Test
  void overlappingScheme_listsEveryRegionOfACountry() {
    SalesRegionScheme s = SalesRegionScheme.of("views", EMEA, DACH);
    assertEquals(List.of(EMEA, DACH), s.regionsOf("AT"));
    assertEquals(Optional.of(EMEA), s.regionOf("AT"));
    assertEquals(List.of(EMEA), s.regionsOf("FR"));
  }

  @Test
  void partitioning_namesOverlapsGapsAndOutsiders() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SalesRegionScheme.partitioning(
                    "bad", WORLD, NA, EMEA, DACH, SalesRegion.of("LATAM", "BR")));
    assertEquals(
        "regions of bad must partition the 9 countries, got overlaps {AT=[EMEA, DACH], CH=[EMEA,"
            + " DACH], DE=[EMEA, DACH]}, gaps [AU, JP], outside [BR]",
        e.getMessage());
  }

  @Test
  void partitioning_onlyGaps() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SalesRegionScheme.partitioning("na", Set.of("US", "CA", "MX"), NA));
    assertEquals("regions of na must partition the 3 countries, got gaps [MX]", e.getMessage());
  }

  @Test
  void m49Regions_partitionEveryIsoCountryButAntarctica() {
    TreeSet<String> all = new TreeSet<>(Set.of(Locale.getISOCountries()));
    all.remove("AQ");
    SalesRegionScheme m49 = SalesRegionScheme.m49Regions().checkPartitions(all);
    assertEquals("Europe", m49.regionOf("DE").orElseThrow().name());
    assertEquals("Oceania", m49.regionOf("AU").orElseThrow().name());
  }

  @Test
  void duplicateRegionNames_areRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SalesRegionScheme.of("s", NA, SalesRegion.of("NA", "MX")));
    assertEquals("regions must have distinct names, got \"NA\" twice", e.getMessage());
  }

  @Test
  void unknownRegionName_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SalesRegionScheme.of("s", NA, APAC).region("EMEA"));
    assertEquals("region must be one of [NA, APAC] of scheme s, got \"EMEA\"", e.getMessage());
  }

  @Test
  void toString_listsTheRegions() {
    assertEquals(
        "SalesRegionScheme s\n  NA [CA, US]\n  APAC [AU, JP]",
        SalesRegionScheme.of("s", NA, APAC).toString());
  }
}
