package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A named set of {@link SalesRegion}s, for example a company's territories. Regions may overlap
 * (DACH inside EMEA) unless the scheme is built with {@link #partitioning}, which checks that every
 * country of a given set is in exactly one region and no region reaches outside the set.
 *
 * <pre>{@code
 * SalesRegionScheme territories = SalesRegionScheme.partitioning("territories",
 *     Set.of("US", "CA", "DE", "FR", "JP"),
 *     SalesRegion.of("NA", "US", "CA"),
 *     SalesRegion.of("EMEA", "DE", "FR"),
 *     SalesRegion.of("APAC", "JP"));
 * territories.regionOf("de");   // Optional[EMEA [DE, FR]]
 * }</pre>
 *
 * @param name the scheme's name, not blank
 * @param regions the regions in the user's order, with distinct names
 */
public record SalesRegionScheme(String name, List<SalesRegion> regions) {

  /** Validates the name, copies the regions and rejects duplicate region names. */
  public SalesRegionScheme {
    name = Checks.notBlank("name", name).strip();
    regions = List.copyOf(requireNonNull(regions, "regions"));
    Set<String> names = new HashSet<>();
    for (SalesRegion r : regions) {
      if (!names.add(r.name())) {
        throw new IllegalArgumentException(
            "regions must have distinct names, got \"" + r.name() + "\" twice");
      }
    }
  }

  /**
   * Returns a scheme of possibly overlapping regions.
   *
   * @param name the scheme's name
   * @param regions the regions
   * @return the scheme
   */
  public static SalesRegionScheme of(String name, SalesRegion... regions) {
    return new SalesRegionScheme(name, List.of(regions));
  }

  /**
   * Returns a scheme that partitions {@code countries}: each of them in exactly one region, and no
   * other country in any region.
   *
   * @param name the scheme's name
   * @param countries the countries to partition
   * @param regions the regions
   * @return the scheme
   * @throws IllegalArgumentException naming every overlap, gap and country outside the set
   */
  public static SalesRegionScheme partitioning(
      String name, Collection<String> countries, SalesRegion... regions) {
    return of(name, regions).checkPartitions(countries);
  }

  /**
   * Returns the scheme of the five UN M49 regions (Africa, Americas, Asia, Europe, Oceania), which
   * partitions every ISO country except Antarctica.
   */
  public static SalesRegionScheme m49Regions() {
    List<SalesRegion> regions = new ArrayList<>();
    for (GeoRegion g : GeoRegion.values()) {
      regions.add(new SalesRegion(g.label(), g.countries()));
    }
    return new SalesRegionScheme("UN M49 regions", regions);
  }

  /**
   * Checks that this scheme partitions {@code countries}.
   *
   * @param countries ISO 3166-1 alpha-2 codes, any case
   * @return this scheme
   * @throws IllegalArgumentException naming the overlaps (a country in several regions, with those
   *     regions), the gaps (countries in no region) and the countries outside the set
   */
  public SalesRegionScheme checkPartitions(Collection<String> countries) {
    requireNonNull(countries, "countries");
    SortedSet<String> universe = new TreeSet<>();
    for (String c : countries) {
      universe.add(Location.country(c));
    }
    Map<String, List<String>> overlaps = new TreeMap<>();
    SortedSet<String> covered = new TreeSet<>();
    SortedSet<String> outside = new TreeSet<>();
    for (SalesRegion r : regions) {
      for (String c : r.countries()) {
        if (!covered.add(c)) {
          overlaps.computeIfAbsent(c, k -> new ArrayList<>(regionNamesOf(k)));
        }
        if (!universe.contains(c)) {
          outside.add(c);
        }
      }
    }
    SortedSet<String> gaps = new TreeSet<>(universe);
    gaps.removeAll(covered);
    if (overlaps.isEmpty() && gaps.isEmpty() && outside.isEmpty()) {
      return this;
    }
    List<String> problems = new ArrayList<>();
    if (!overlaps.isEmpty()) {
      problems.add("overlaps " + overlaps);
    }
    if (!gaps.isEmpty()) {
      problems.add("gaps " + gaps);
    }
    if (!outside.isEmpty()) {
      problems.add("outside " + outside);
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "regions of %s must partition the %d countries, got %s",
            name,
            universe.size(),
            String.join(", ", problems)));
  }

  /**
   * Returns the regions that hold {@code country}, in the scheme's order.
   *
   * @param country an ISO 3166-1 alpha-2 code, any case
   * @return the regions; empty if none holds it
   */
  public List<SalesRegion> regionsOf(String country) {
    String c = Location.country(country);
    List<SalesRegion> out = new ArrayList<>();
    for (SalesRegion r : regions) {
      if (r.countries().contains(c)) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the first region, in the scheme's order, that holds {@code country}; in a partitioning
   * scheme the only one.
   *
   * @param country an ISO 3166-1 alpha-2 code, any case
   * @return the region, or empty if none holds it
   */
  public Optional<SalesRegion> regionOf(String country) {
    List<SalesRegion> all = regionsOf(country);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * Returns the region called {@code name}.
   *
   * @throws IllegalArgumentException if there is none
   */
  public SalesRegion region(String name) {
    requireNonNull(name, "name");
    for (SalesRegion r : regions) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "region must be one of "
            + regionNames()
            + " of scheme "
            + this.name
            + ", got \""
            + name
            + "\"");
  }

  private List<String> regionNames() {
    return regions.stream().map(SalesRegion::name).toList();
  }

  private List<String> regionNamesOf(String country) {
    return regions.stream()
        .filter(r -> r.countries().contains(country))
        .map(SalesRegion::name)
        .toList();
  }

  /** Returns one line per region: the scheme's name, then {@code NA [CA, US]} and so on. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("SalesRegionScheme ").append(name);
    for (SalesRegion r : regions) {
      s.append("\n  ").append(r);
    }
    return s.toString();
  }
}
