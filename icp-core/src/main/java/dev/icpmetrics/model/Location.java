package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a company is: an ISO 3166-1 alpha-2 country and, optionally, an ISO 3166-2 subdivision such
 * as {@code DE-BY} (Bavaria) or {@code US-CA} (California).
 *
 * <p>The country is upper-cased in {@link Locale#ROOT} and must be in the JDK's {@link
 * Locale#getISOCountries()}. The subdivision is upper-cased too and must have the ISO 3166-2 shape
 * {@code <country>-<1 to 3 letters or digits>} with this location's country; whether the code is
 * actually assigned is not checked (the JDK has no list of subdivisions).
 */
public final class Location {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Pattern SUBDIVISION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

  private final String country;
  private final @Nullable String subdivision;

  private Location(String country, @Nullable String subdivision) {
    this.country = country(country);
    if (subdivision != null) {
      String s = subdivision.strip().toUpperCase(Locale.ROOT);
      if (!SUBDIVISION.matcher(s).matches() || !s.startsWith(this.country + "-")) {
        throw new IllegalArgumentException(
            "subdivision must be an ISO 3166-2 code of "
                + this.country
                + " such as "
                + this.country
                + "-AB, got \""
                + subdivision
                + "\"");
      }
      this.subdivision = s;
    } else {
      this.subdivision = null;
    }
  }

  /**
   * Returns the location of a country.
   *
   * @param country an ISO 3166-1 alpha-2 code, any case, for example {@code "DE"}
   * @return the location
   * @throws IllegalArgumentException if the code is not in {@link Locale#getISOCountries()}
   */
  public static Location of(String country) {
    return new Location(country, null);
  }

  /**
   * Returns the location of a subdivision of a country.
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @param subdivision an ISO 3166-2 code of that country, for example {@code "DE-BY"}
   * @return the location
   * @throws IllegalArgumentException if either code is malformed or they do not match
   */
  public static Location of(String country, String subdivision) {
    requireNonNull(subdivision, "subdivision");
    return new Location(country, subdivision);
  }

  /**
   * Returns {@code code} upper-cased if it is an ISO 3166-1 alpha-2 country known to the JDK.
   *
   * @param code the code to check
   * @return the upper-case code
   * @throws IllegalArgumentException if it is not one
   */
  static String country(String code) {
    requireNonNull(code, "country");
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(c)) {
      throw new IllegalArgumentException(
          "country must be an ISO 3166-1 alpha-2 code, got \"" + code + "\"");
    }
    return c;
  }

  /** Returns the ISO 3166-1 alpha-2 country code, upper case. */
  public String country() {
    return country;
  }

  /** Returns the ISO 3166-2 subdivision code, if one was given. */
  public Optional<String> subdivision() {
    return Optional.ofNullable(subdivision);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Location other
        && country.equals(other.country)
        && Objects.equals(subdivision, other.subdivision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(country, subdivision);
  }

  /** Returns {@code DE} or {@code DE/DE-BY}. */
  @Override
  public String toString() {
    return subdivision == null ? country : country + "/" + subdivision;
  }
}
