package dev.icpmetrics.scoring;

import java.io.Serializable;

/**
 * A serializable predicate, the test of a rule.
 *
 * @param <T> the type tested
 */
@FunctionalInterface
public interface Condition<T> extends Serializable {
  /**
   * Returns true if {@code value} satisfies the condition.
   *
   * @param value the value tested
   * @return whether it satisfies the condition
   */
  boolean test(T value);
}
