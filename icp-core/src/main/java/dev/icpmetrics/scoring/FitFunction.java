package dev.icpmetrics.scoring;

import java.io.Serializable;

/**
 * How well one attribute value fits the ideal profile, in [0, 1]: 1 is a perfect fit, 0 none. The
 * helpers in {@link Fit} build the usual ones.
 *
 * @param <V> the attribute's value type
 */
@FunctionalInterface
public interface FitFunction<V> extends Serializable {
  /**
   * Returns the fit of {@code value}, in [0, 1].
   *
   * @param value the attribute value
   * @return the fit
   */
  double fit(V value);
}
