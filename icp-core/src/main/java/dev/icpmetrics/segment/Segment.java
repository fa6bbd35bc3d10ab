package dev.icpmetrics.segment;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One cell of a segmentation: a value for each of its dimensions, such as {@code size=SMB,
 * region=EMEA}; or the "all" total, which has no dimension.
 *
 * <p>A value may be {@link Dimension#UNKNOWN}: the cell of the accounts that a dimension does not
 * apply to. Segments compare by their dimension names and values, so the same cell of two reviews
 * is equal and can be matched.
 *
 * @param dimensions the dimension names, in segmentation order; empty for the total
 * @param values one value per dimension
 */
public record Segment(List<String> dimensions, List<String> values) {

  private static final Segment ALL = new Segment(List.of(), List.of());

  /** Validates that there is one value per dimension and copies both lists. */
  public Segment {
    dimensions = List.copyOf(requireNonNull(dimensions, "dimensions"));
    values = List.copyOf(requireNonNull(values, "values"));
    if (dimensions.size() != values.size()) {
      throw new IllegalArgumentException(
          "values must number one per dimension (" + dimensions.size() + "), got " + values.size());
    }
  }

  /** Returns the "all" total: every account of the analysis, counted once. */
  public static Segment all() {
    return ALL;
  }

  /**
   * Returns the cell of one dimension, for example {@code Segment.of("size", "SMB")}.
   *
   * @param dimension the dimension name
   * @param value its value
   * @return the segment
   */
  public static Segment of(String dimension, String value) {
    return new Segment(List.of(dimension), List.of(value));
  }

  /** Returns true for the "all" total. */
  public boolean isAll() {
    return dimensions.isEmpty();
  }

  /** Returns true if any value is {@link Dimension#UNKNOWN}. */
  public boolean isUnknown() {
    return values.contains(Dimension.UNKNOWN);
  }

  /**
   * Returns the value of {@code dimension}, if the segment has that dimension.
   *
   * @param dimension the dimension name
   * @return the value, possibly {@link Dimension#UNKNOWN}
   */
  public Optional<String> value(String dimension) {
    int i = dimensions.indexOf(requireNonNull(dimension, "dimension"));
    return i < 0 ? Optional.empty() : Optional.of(values.get(i));
  }

  /** Returns the defining attribute values, dimension name to value, in segmentation order. */
  public Map<String, String> definition() {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < dimensions.size(); i++) {
      m.put(dimensions.get(i), values.get(i));
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Returns the values joined by {@code " / "}, such as {@code SMB / EMEA}, or {@code All}. */
  public String label() {
    return isAll() ? "All" : String.join(" / ", values);
  }

  /** Returns {@code size=SMB, region=EMEA}, or {@code all}. */
  @Override
  public String toString() {
    if (isAll()) {
      return "all";
    }
    List<String> parts = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      parts.add(dimensions.get(i) + "=" + values.get(i));
    }
    return String.join(", ", parts);
  }
}
