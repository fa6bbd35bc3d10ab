package dev.icpmetrics.scoring;

import java.io.Serializable;

/**
 * A serializable factory, such as the method reference {@code SizePolicy::guide}: a strategy keeps
 * the factory, not the object, so that it stays serializable when the object is not.
 *
 * @param <T> the type made
 */
@FunctionalInterface
public interface Source<T> extends Serializable {
  /**
   * Returns the object; called once per strategy instance and cached.
   *
   * @return the object
   */
  T get();
}
