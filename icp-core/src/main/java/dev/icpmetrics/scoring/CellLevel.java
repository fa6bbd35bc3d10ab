package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.io.Serializable;

/**
 * One level of segment cells for {@link ScoringStrategy#segmentRate}: a name and the key of the
 * subject's cell at that level, for example {@code industry x size} with key {@code "5415|SMB"}.
 *
 * @param name the level's name, not blank
 * @param key reads the subject's cell key, empty if an attribute of the key is missing
 * @param <S> the subject type
 */
public record CellLevel<S>(String name, Extractor<S, String> key) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates the name. */
  public CellLevel {
    Checks.notBlank("name", name);
    requireNonNull(key, "key");
  }
}
