package dev.icpmetrics.model;

import dev.icpmetrics.internal.Checks;

/**
 * A company-size band of a {@link SizePolicy}, such as {@code SMB} or {@code 51-200}: a name and
 * its position among the policy's bands, 0 for the smallest.
 *
 * <p>Bands compare by ordinal, so scoring can measure how far two bands are apart with {@link
 * #distanceTo}. Two bands are equal when name and ordinal are equal, whatever policy made them.
 *
 * @param name the band's name, not blank
 * @param ordinal the position among the policy's bands, from 0 (smallest)
 */
public record SizeBand(String name, int ordinal) implements Comparable<SizeBand> {

  /** Validates the fields. */
  public SizeBand {
    Checks.notBlank("name", name);
    Checks.nonNegative("ordinal", ordinal);
  }

  /**
   * Returns how many bands lie between this one and {@code other}: {@code |ordinal -
   * other.ordinal|}, 0 for the same band.
   *
   * @param other a band of the same policy
   * @return the ordinal distance
   */
  public int distanceTo(SizeBand other) {
    return Math.abs(ordinal - other.ordinal);
  }

  /** Orders by ordinal, smallest band first. */
  @Override
  public int compareTo(SizeBand other) {
    return Integer.compare(ordinal, other.ordinal);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
