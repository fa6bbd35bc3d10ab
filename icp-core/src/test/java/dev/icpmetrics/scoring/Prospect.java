package dev.icpmetrics.scoring;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/** A small test subject, independent of the domain model. */
record Prospect(
    Optional<String> naics,
    Optional<Size> size,
    Optional<Set<String>> tech,
    Optional<String> country)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  enum Size {
    SMALL,
    MID,
    LARGE,
    ENTERPRISE
  }

  static Prospect of(String naics, Size size, Set<String> tech, String country) {
    return new Prospect(
        Optional.of(naics), Optional.of(size), Optional.of(tech), Optional.of(country));
  }

  Prospect withoutTechAndCountry() {
    return new Prospect(naics, size, Optional.empty(), Optional.empty());
  }

  static Prospect empty() {
    return new Prospect(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
