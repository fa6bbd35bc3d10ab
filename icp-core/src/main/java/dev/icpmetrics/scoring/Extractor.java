package dev.icpmetrics.scoring;

import java.io.Serializable;
import java.util.Optional;

/**
 * Reads one attribute of a subject; empty means the subject does not have it. Serializable, so a
 * lambda such as {@code c -> c.industry()} can travel with its strategy.
 *
 * @param <S> the subject type
 * @param <V> the attribute's value type
 */
@FunctionalInterface
public interface Extractor<S, V> extends Serializable {
  /**
   * Returns the attribute's value, or empty if the subject does not have it.
   *
   * @param subject the subject
   * @return the value, or empty
   */
  Optional<V> extract(S subject);
}
