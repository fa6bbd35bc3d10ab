package dev.icpmetrics.model;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The five geographic regions (continents) of the UN M49 standard. Each country's region is that of
 * its {@link GeoSubRegion}.
 */
public enum GeoRegion {
  /** Africa (M49 002). */
  AFRICA(2, "Africa"),
  /** The Americas (M49 019). */
  AMERICAS(19, "Americas"),
  /** Asia (M49 142). */
  ASIA(142, "Asia"),
  /** Europe (M49 150). */
  EUROPE(150, "Europe"),
  /** Oceania (M49 009). */
  OCEANIA(9, "Oceania");

  private final int m49Code;
  private final String label;

  GeoRegion(int m49Code, String label) {
    this.m49Code = m49Code;
    this.label = label;
  }

  /**
   * Returns the region of a country.
   *
   * @param country an ISO 3166-1 alpha-2 code, any case
   * @return the region, or empty for Antarctica ({@code AQ})
   * @throws IllegalArgumentException if the code is not in {@link
   *     java.util.Locale#getISOCountries()}
   */
  public static Optional<GeoRegion> of(String country) {
    return GeoSubRegion.of(country).map(GeoSubRegion::region);
  }

  /** Returns the M49 numeric code, for example 150 for Europe. */
  public int m49Code() {
    return m49Code;
  }

  /** Returns the M49 name, for example {@code "Europe"}. */
  public String label() {
    return label;
  }

  /** Returns the countries of the region, sorted: the union of its sub-regions' countries. */
  public SortedSet<String> countries() {
    TreeSet<String> all = new TreeSet<>();
    for (GeoSubRegion s : GeoSubRegion.values()) {
      if (s.region() == this) {
        all.addAll(s.countries());
      }
    }
    return Collections.unmodifiableSortedSet(all);
  }
}
