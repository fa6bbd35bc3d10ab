package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.io.Serializable;
import java.util.List;

/**
 * What a "good customer" is, for the strategies learned from a customer base.
 *
 * <p>A definition labels a whole base at once, because some definitions are relative to it (LTV
 * above the base's median). Subjects too young to judge are {@link Label#UNKNOWN}: learners leave
 * them out, never counting them as negatives.
 *
 * @param <S> the subject type
 */
public interface LabelDefinition<S> extends Serializable {

  /** Returns the definition's name, for example {@code retained-12m-ltv-above-median}. */
  String name();

  /**
   * Labels every subject of {@code base}, in order.
   *
   * @param base the customer base
   * @return one label per subject, unmodifiable
   */
  List<Label> label(List<? extends S> base);

  /**
   * Returns a definition from two conditions: a subject that is not {@code judgeable} is unknown; a
   * judgeable one is positive if {@code positive} holds, else negative.
   *
   * @param name the name, not blank
   * @param judgeable whether the subject is old enough to judge
   * @param positive whether a judgeable subject is a good customer
   * @param <S> the subject type
   * @return the definition
   */
  static <S> LabelDefinition<S> of(
      String name, Condition<? super S> judgeable, Condition<? super S> positive) {
    Checks.notBlank("name", name);
    requireNonNull(judgeable, "judgeable");
    requireNonNull(positive, "positive");
    return new Labels.Simple<>(name, judgeable, positive);
  }

  /**
   * Returns "qualifies and above the median": a judgeable subject is positive if {@code qualifies}
   * holds and its {@code value} is strictly above the median value of the judgeable subjects of the
   * base (for an even count, the mean of the two middle values). For example, retained 12 months or
   * more with LTV above the median.
   *
   * @param name the name, not blank
   * @param judgeable whether the subject is old enough to judge
   * @param qualifies the condition besides the value, for example retained 12 months or more
   * @param value the measure compared with the median, for example LTV
   * @param <S> the subject type
   * @return the definition
   */
  static <S> LabelDefinition<S> aboveMedian(
      String name,
      Condition<? super S> judgeable,
      Condition<? super S> qualifies,
      Measure<? super S> value) {
    Checks.notBlank("name", name);
    requireNonNull(judgeable, "judgeable");
    requireNonNull(qualifies, "qualifies");
    requireNonNull(value, "value");
    return new Labels.AboveMedian<>(name, judgeable, qualifies, value);
  }
}
