package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The industry of a company: the label the user segments by (for example {@code "Fintech"}) and,
 * optionally, a {@link NaicsCode} that places it in the NAICS 2022 hierarchy.
 *
 * <p>Two industries are equal when their labels and codes are equal. The label is kept as written
 * (trimmed); segmentation by label is case-sensitive.
 */
public final class Industry {
  private final String label;
  private final @Nullable NaicsCode naics;

  private Industry(String label, @Nullable NaicsCode naics) {
    this.label = Checks.notBlank("industry", label).strip();
    this.naics = naics;
  }

  /**
   * Returns an industry known by its label only.
   *
   * @param label a non-blank label such as {@code "Fintech"}
   * @return the industry
   * @throws IllegalArgumentException if the label is blank
   */
  public static Industry of(String label) {
    return new Industry(label, null);
  }

  /**
   * Returns an industry with a label and a NAICS code.
   *
   * @param label a non-blank label
   * @param naics its NAICS 2022 code
   * @return the industry
   */
  public static Industry of(String label, NaicsCode naics) {
    requireNonNull(naics, "naics");
    return new Industry(label, naics);
  }

  /** Returns the label, trimmed. */
  public String label() {
    return label;
  }

  /** Returns the NAICS code, if one was given. */
  public Optional<NaicsCode> naics() {
    return Optional.ofNullable(naics);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Industry other
        && label.equals(other.label)
        && Objects.equals(naics, other.naics);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, naics);
  }

  /** Returns {@code Fintech (NAICS 522320)}, or the label alone. */
  @Override
  public String toString() {
    return naics == null ? label : label + " (" + naics + ")";
  }
}
