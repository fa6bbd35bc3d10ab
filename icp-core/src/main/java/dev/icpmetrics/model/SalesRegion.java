package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A named sales region defined by the user, such as {@code NA}, {@code EMEA} or {@code DACH}: a
 * non-empty set of ISO 3166-1 alpha-2 countries.
 *
 * <pre>{@code
 * SalesRegion dach = SalesRegion.of("DACH", "DE", "AT", "CH");
 * SalesRegion emea = SalesRegion.of("EMEA", GeoRegion.EUROPE.countries())
 *     .withCountries(GeoRegion.AFRICA.countries())
 *     .withCountries(GeoSubRegion.WESTERN_ASIA.countries());
 * }</pre>
 *
 * @param name the region's name, not blank
 * @param countries the countries, upper case, sorted, each in {@link
 *     java.util.Locale#getISOCountries()}
 */
public record SalesRegion(String name, SortedSet<String> countries) {

  /** Validates the name and every country, and copies the set. */
  public SalesRegion {
    name = Checks.notBlank("name", name).strip();
    requireNonNull(countries, "countries");
    TreeSet<String> copy = new TreeSet<>();
    for (String c : countries) {
      copy.add(Location.country(c));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("countries of " + name + " must not be empty, got []");
    }
    countries = Collections.unmodifiableSortedSet(copy);
  }

  /**
   * Returns the region {@code name} of the given countries.
   *
   * @param name the region's name
   * @param countries ISO 3166-1 alpha-2 codes, any case
   * @return the region
   */
  public static SalesRegion of(String name, String... countries) {
    return of(name, List.of(countries));
  }

  /**
   * Returns the region {@code name} of the given countries.
   *
   * @param name the region's name
   * @param countries ISO 3166-1 alpha-2 codes, any case
   * @return the region
   */
  public static SalesRegion of(String name, Collection<String> countries) {
    requireNonNull(countries, "countries");
    return new SalesRegion(name, new TreeSet<>(countries));
  }

  /** Returns a copy with {@code more} countries added. */
  public SalesRegion withCountries(Collection<String> more) {
    TreeSet<String> all = new TreeSet<>(countries);
    all.addAll(requireNonNull(more, "more"));
    return new SalesRegion(name, all);
  }

  /** Returns true if the region holds {@code country} (any case). */
  public boolean contains(String country) {
    return countries.contains(Location.country(country));
  }

  /** Returns {@code DACH [AT, CH, DE]}. */
  @Override
  public String toString() {
    return name + " " + countries;
  }
}
