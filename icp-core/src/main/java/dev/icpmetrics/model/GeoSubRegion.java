package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The 22 geographic sub-regions of the UN M49 standard, each with its {@link GeoRegion} and its
 * countries (ISO 3166-1 alpha-2).
 *
 * <p>M49 splits two of its sub-regions further into intermediate regions; this list uses those
 * intermediate regions in their place, as most analyses do: Latin America and the Caribbean (419)
 * appears as {@link #CARIBBEAN}, {@link #CENTRAL_AMERICA} and {@link #SOUTH_AMERICA}, and
 * Sub-Saharan Africa (202) as Eastern, Middle, Southern and Western Africa. The Channel Islands
 * (intermediate region 830) stay in {@link #NORTHERN_EUROPE}.
 *
 * <p>Every code of {@link java.util.Locale#getISOCountries()} belongs to exactly one sub-region,
 * except Antarctica ({@code AQ}), which M49 places in no region. Taiwan ({@code TW}), which M49
 * does not list separately, is placed in {@link #EASTERN_ASIA}.
 */
public enum GeoSubRegion {
  /** Northern Africa (M49 015), in Africa. */
  NORTHERN_AFRICA(15, "Northern Africa", GeoRegion.AFRICA, "DZ EG EH LY MA SD TN"),
  /** Eastern Africa (M49 014), in Africa. */
  EASTERN_AFRICA(
      14,
      "Eastern Africa",
      GeoRegion.AFRICA,
      "BI DJ ER ET IO KE KM MG MU MW MZ RE RW SC SO SS TF TZ UG YT ZM ZW"),
  /** Middle Africa (M49 017), in Africa. */
  MIDDLE_AFRICA(17, "Middle Africa", GeoRegion.AFRICA, "AO CD CF CG CM GA GQ ST TD"),
  /** Southern Africa (M49 018), in Africa. */
  SOUTHERN_AFRICA(18, "Southern Africa", GeoRegion.AFRICA, "BW LS NA SZ ZA"),
  /** Western Africa (M49 011), in Africa. */
  WESTERN_AFRICA(
      11, "Western Africa", GeoRegion.AFRICA, "BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG"),
  /** Caribbean (M49 029), in Americas. */
  CARIBBEAN(
      29,
      "Caribbean",
      GeoRegion.AMERICAS,
      "AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI"),
  /** Central America (M49 013), in Americas. */
  CENTRAL_AMERICA(13, "Central America", GeoRegion.AMERICAS, "BZ CR GT HN MX NI PA SV"),
  /** South America (M49 005), in Americas. */
  SOUTH_AMERICA(
      5, "South America", GeoRegion.AMERICAS, "AR BO BR BV CL CO EC FK GF GS GY PE PY SR UY VE"),
  /** Northern America (M49 021), in Americas. */
  NORTHERN_AMERICA(21, "Northern America", GeoRegion.AMERICAS, "BM CA GL PM US"),
  /** Central Asia (M49 143), in Asia. */
  CENTRAL_ASIA(143, "Central Asia", GeoRegion.ASIA, "KG KZ TJ TM UZ"),
  /** Eastern Asia (M49 030), in Asia. */
  EASTERN_ASIA(30, "Eastern Asia", GeoRegion.ASIA, "CN HK JP KP KR MN MO TW"),
  /** South-eastern Asia (M49 035), in Asia. */
  SOUTH_EASTERN_ASIA(35, "South-eastern Asia", GeoRegion.ASIA, "BN ID KH LA MM MY PH SG TH TL VN"),
  /** Southern Asia (M49 034), in Asia. */
  SOUTHERN_ASIA(34, "Southern Asia", GeoRegion.ASIA, "AF BD BT IN IR LK MV NP PK"),
  /** Western Asia (M49 145), in Asia. */
  WESTERN_ASIA(
      145, "Western Asia", GeoRegion.ASIA, "AE AM AZ BH CY GE IL IQ JO KW LB OM PS QA SA SY TR YE"),
  /** Eastern Europe (M49 151), in Europe. */
  EASTERN_EUROPE(151, "Eastern Europe", GeoRegion.EUROPE, "BG BY CZ HU MD PL RO RU SK UA"),
  /** Northern Europe (M49 154), in Europe. */
  NORTHERN_EUROPE(
      154, "Northern Europe", GeoRegion.EUROPE, "AX DK EE FI FO GB GG IE IM IS JE LT LV NO SE SJ"),
  /** Southern Europe (M49 039), in Europe. */
  SOUTHERN_EUROPE(
      39, "Southern Europe", GeoRegion.EUROPE, "AD AL BA ES GI GR HR IT ME MK MT PT RS SI SM VA"),
  /** Western Europe (M49 155), in Europe. */
  WESTERN_EUROPE(155, "Western Europe", GeoRegion.EUROPE, "AT BE CH DE FR LI LU MC NL"),
  /** Australia and New Zealand (M49 053), in Oceania. */
  AUSTRALIA_AND_NEW_ZEALAND(
      53, "Australia and New Zealand", GeoRegion.OCEANIA, "AU CC CX HM NF NZ"),
  /** Melanesia (M49 054), in Oceania. */
  MELANESIA(54, "Melanesia", GeoRegion.OCEANIA, "FJ NC PG SB VU"),
  /** Micronesia (M49 057), in Oceania. */
  MICRONESIA(57, "Micronesia", GeoRegion.OCEANIA, "FM GU KI MH MP NR PW UM"),
  /** Polynesia (M49 061), in Oceania. */
  POLYNESIA(61, "Polynesia", GeoRegion.OCEANIA, "AS CK NU PF PN TK TO TV WF WS");

  private static final Map<String, GeoSubRegion> BY_COUNTRY = new HashMap<>();
  private static final Map<GeoSubRegion, SortedSet<String>> COUNTRIES =
      new EnumMap<>(GeoSubRegion.class);

  static {
    for (GeoSubRegion s : values()) {
      SortedSet<String> set =
          Collections.unmodifiableSortedSet(new TreeSet<>(List.of(s.codes.split(" "))));
      COUNTRIES.put(s, set);
      for (String c : set) {
        if (BY_COUNTRY.put(c, s) != null) {
          throw new AssertionError("M49 table lists " + c + " twice");
        }
      }
    }
  }

  private final int m49Code;
  private final String label;
  private final GeoRegion region;
  private final String codes;

  GeoSubRegion(int m49Code, String label, GeoRegion region, String countries) {
    this.m49Code = m49Code;
    this.label = label;
    this.region = region;
    this.codes = countries;
  }

  /**
   * Returns the sub-region of a country.
   *
   * @param country an ISO 3166-1 alpha-2 code, any case
   * @return the sub-region, or empty for Antarctica ({@code AQ})
   * @throws IllegalArgumentException if the code is not in {@link
   *     java.util.Locale#getISOCountries()}
   */
  public static Optional<GeoSubRegion> of(String country) {
    requireNonNull(country, "country");
    return Optional.ofNullable(BY_COUNTRY.get(Location.country(country)));
  }

  /**
   * Returns the sub-region of a location's country.
   *
   * @param location the location
   * @return the sub-region, or empty for Antarctica
   */
  public static Optional<GeoSubRegion> of(Location location) {
    return Optional.ofNullable(BY_COUNTRY.get(location.country()));
  }

  /** Returns the M49 numeric code, for example 155 for Western Europe. */
  public int m49Code() {
    return m49Code;
  }

  /** Returns the M49 name, for example {@code "Western Europe"}. */
  public String label() {
    return label;
  }

  /** Returns the region the sub-region belongs to. */
  public GeoRegion region() {
    return region;
  }

  /** Returns the countries of the sub-region, sorted. */
  public SortedSet<String> countries() {
    return requireNonNull(COUNTRIES.get(this));
  }
}
