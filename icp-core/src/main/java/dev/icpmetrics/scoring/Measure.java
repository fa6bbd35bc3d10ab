package dev.icpmetrics.scoring;

import java.io.Serializable;

/**
 * A serializable numeric measure of a subject, such as an account's lifetime value.
 *
 * @param <S> the subject type
 */
@FunctionalInterface
public interface Measure<S> extends Serializable {
  /**
   * Returns the measure of {@code subject}, finite.
   *
   * @param subject the subject
   * @return the measure
   */
  double of(S subject);
}
