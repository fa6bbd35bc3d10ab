package dev.icpmetrics.segment;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.model.Location;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A named mapping from locations to sales regions: ISO 3166-1 countries, and optionally ISO 3166-2
 * subdivisions that override their country (so {@code US-CA} can be "US West" while the rest of
 * {@code US} is "US East").
 *
 * <p>A location whose country (and subdivision) the scheme does not list has no region: the region
 * dimension puts it in the unknown cell. Keys are upper-cased and checked: a country must be known
 * to the JDK, a subdivision must have the ISO 3166-2 shape of its country.
 *
 * <p>{@link #amerEmeaApac()} is a common convention, not a standard: AMER is North, Central and
 * South America and the Caribbean; APAC is East, South-East and South Asia and Oceania; EMEA is
 * every other country the JDK knows (Europe, the Middle East, Africa, Central Asia and
 * Afghanistan); the uninhabited Antarctic territories (AQ, BV, GS, HM, TF) have no region. Pass
 * your own mapping with {@link #of} when your territories differ. Immutable and thread-safe.
 */
public final class RegionScheme {
  private static final Set<String> AMER =
      Set.of(
          "AG", "AI", "AR", "AW", "BB", "BL", "BM", "BO", "BQ", "BR", "BS", "BZ", "CA", "CL", "CO",
          "CR", "CU", "CW", "DM", "DO", "EC", "FK", "GD", "GF", "GL", "GP", "GT", "GY", "HN", "HT",
          "JM", "KN", "KY", "LC", "MF", "MQ", "MS", "MX", "NI", "PA", "PE", "PM", "PR", "PY", "SR",
          "SV", "SX", "TC", "TT", "UM", "US", "UY", "VC", "VE", "VG", "VI");
  private static final Set<String> APAC =
      Set.of(
          "AS", "AU", "BD", "BN", "BT", "CC", "CK", "CN", "CX", "FJ", "FM", "GU", "HK", "ID", "IN",
          "IO", "JP", "KH", "KI", "KP", "KR", "LA", "LK", "MH", "MM", "MN", "MO", "MP", "MV", "MY",
          "NC", "NF", "NP", "NR", "NU", "NZ", "PF", "PG", "PH", "PK", "PN", "PW", "SB", "SG", "TH",
          "TK", "TL", "TO", "TV", "TW", "VN", "VU", "WF", "WS");
  private static final Set<String> NONE = Set.of("AQ", "BV", "GS", "HM", "TF");

  private final String name;
  private final Map<String, String> regions;

  private RegionScheme(String name, Map<String, String> regions) {
    this.name = name;
    this.regions = regions;
  }

  /**
   * Returns the AMER / EMEA / APAC convention described in the class comment.
   *
   * @return the scheme named {@code AMER/EMEA/APAC}
   */
  public static RegionScheme amerEmeaApac() {
    Map<String, String> m = new TreeMap<>();
    for (String c : Locale.getISOCountries()) {
      if (NONE.contains(c)) {
        continue;
      }
      m.put(c, AMER.contains(c) ? "AMER" : APAC.contains(c) ? "APAC" : "EMEA");
    }
    return new RegionScheme("AMER/EMEA/APAC", Map.copyOf(m));
  }

  /**
   * Returns a scheme from country and subdivision codes to region names.
   *
   * @param name the scheme's name, not blank
   * @param regions keys are ISO 3166-1 alpha-2 countries ({@code "DE"}) or ISO 3166-2 subdivisions
   *     ({@code "US-CA"}), any case; values are region names, not blank
   * @return the scheme
   * @throws IllegalArgumentException if a key is not a country or subdivision code, or a region is
   *     blank
   */
  public static RegionScheme of(String name, Map<String, String> regions) {
    Checks.notBlank("name", name);
    requireNonNull(regions, "regions");
    Map<String, String> m = new TreeMap<>();
    regions.forEach(
        (key, region) -> {
          requireNonNull(key, "key");
          String k = key.strip().toUpperCase(Locale.ROOT);
          String normalised =
              k.length() > 2 && k.charAt(2) == '-'
                  ? Location.of(k.substring(0, 2), k).subdivision().orElseThrow()
                  : Location.of(k).country();
          String r = Checks.notBlank("region", region).strip();
          Dimension.checkValue(r);
          m.put(normalised, r);
        });
    return new RegionScheme(name.strip(), Map.copyOf(m));
  }

  /** Returns the scheme's name. */
  public String name() {
    return name;
  }

  /**
   * Returns the region of {@code location}: its subdivision's region if the scheme lists the
   * subdivision, else its country's region, else empty.
   *
   * @param location the location
   * @return the region, or empty if the scheme does not cover the location
   */
  public Optional<String> regionOf(Location location) {
    requireNonNull(location, "location");
    Optional<String> sub = location.subdivision().map(regions::get);
    return sub.isPresent() ? sub : Optional.ofNullable(regions.get(location.country()));
  }

  /** Returns {@code RegionScheme[AMER/EMEA/APAC, 245 codes]}. */
  @Override
  public String toString() {
    return "RegionScheme[" + name + ", " + regions.size() + " codes]";
  }
}
