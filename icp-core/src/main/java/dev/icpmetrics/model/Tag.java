package dev.icpmetrics.model;

import dev.icpmetrics.internal.Checks;

/**
 * A term of a vocabulary that the user supplies: a pain point, a trigger-event type, a desired
 * outcome, a benefit or a reason the customer chose us.
 *
 * <p>The id is the stable key used for segmentation and joins; it is normalised like a {@link
 * Channel} key ({@code "Manual Reporting"} becomes {@code manual-reporting}). The label is for
 * display, kept as written (trimmed). Tags order by id, then label.
 *
 * @param id the normalised key
 * @param label the display label, not blank
 */
public record Tag(String id, String label) implements Comparable<Tag> {

  /** Normalises the id and validates both fields. */
  public Tag {
    id = Keys.normalise("id", id);
    label = Checks.notBlank("label", label).strip();
  }

  /**
   * Returns the tag {@code id} with the label {@code label}.
   *
   * @param id the key, normalised
   * @param label the display label
   * @return the tag
   */
  public static Tag of(String id, String label) {
    return new Tag(id, label);
  }

  /**
   * Returns a tag whose id is the normalised {@code label}: {@code Tag.of("Manual reporting")} is
   * {@code manual-reporting "Manual reporting"}.
   *
   * @param label the display label
   * @return the tag
   */
  public static Tag of(String label) {
    return new Tag(label, label);
  }

  @Override
  public int compareTo(Tag other) {
    int c = id.compareTo(other.id);
    return c != 0 ? c : label.compareTo(other.label);
  }

  /** Returns the id, for example {@code manual-reporting}. */
  @Override
  public String toString() {
    return id;
  }
}
