package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.io.Serializable;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rule of a rules-and-points strategy: a condition with points (positive or negative), or a
 * knock-out condition that disqualifies the subject.
 *
 * <p>A rule on an attribute ({@link #on}) reads the attribute first; if the subject does not have
 * it, the rule neither fires nor knocks out, and the attribute is listed as missing.
 *
 * @param <S> the subject type
 */
public final class Rule<S> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final double points;
  private final boolean knockOut;
  private final @Nullable String attribute;
  private final Extractor<S, Boolean> check;

  private Rule(
      String name,
      double points,
      boolean knockOut,
      @Nullable String attribute,
      Extractor<S, Boolean> check) {
    this.name = Checks.notBlank("name", name);
    if (!Double.isFinite(points) || Math.abs(points) > 100) {
      throw new IllegalArgumentException(
          "points of " + name + " must be in [-100, 100], got " + points);
    }
    this.points = points;
    this.knockOut = knockOut;
    this.attribute = attribute;
    this.check = check;
  }

  /**
   * Returns a rule that adds {@code points} when {@code condition} holds.
   *
   * @param name the rule's name, not blank
   * @param points the points, in [-100, 100]; negative points subtract
   * @param condition the condition on the subject
   * @param <S> the subject type
   * @return the rule
   */
  public static <S> Rule<S> when(String name, double points, Condition<? super S> condition) {
    requireNonNull(condition, "condition");
    return new Rule<>(name, points, false, null, s -> Optional.of(condition.test(s)));
  }

  /**
   * Returns a rule that reads an attribute and adds {@code points} when {@code condition} holds for
   * its value; a missing value is listed and scores nothing.
   *
   * @param name the rule's name, not blank
   * @param points the points, in [-100, 100]
   * @param attribute the attribute's name, not blank
   * @param extractor reads the attribute
   * @param condition the condition on the value
   * @param <S> the subject type
   * @param <V> the value type
   * @return the rule
   */
  public static <S, V> Rule<S> on(
      String name,
      double points,
      String attribute,
      Extractor<S, V> extractor,
      Condition<? super V> condition) {
    Checks.notBlank("attribute", attribute);
    requireNonNull(extractor, "extractor");
    requireNonNull(condition, "condition");
    return new Rule<>(
        name, points, false, attribute, s -> extractor.extract(s).map(condition::test));
  }

  /**
   * Returns a knock-out rule: when {@code condition} holds, the subject is disqualified with reason
   * {@code "knock-out: <name>"}.
   *
   * @param name the rule's name, not blank
   * @param condition the disqualifying condition
   * @param <S> the subject type
   * @return the rule
   */
  public static <S> Rule<S> knockOut(String name, Condition<? super S> condition) {
    requireNonNull(condition, "condition");
    return new Rule<>(name, 0, true, null, s -> Optional.of(condition.test(s)));
  }

  /**
   * Returns a knock-out rule on an attribute; a missing value is listed and does not knock out.
   *
   * @param name the rule's name, not blank
   * @param attribute the attribute's name, not blank
   * @param extractor reads the attribute
   * @param condition the disqualifying condition on the value
   * @param <S> the subject type
   * @param <V> the value type
   * @return the rule
   */
  public static <S, V> Rule<S> knockOut(
      String name, String attribute, Extractor<S, V> extractor, Condition<? super V> condition) {
    Checks.notBlank("attribute", attribute);
    requireNonNull(extractor, "extractor");
    requireNonNull(condition, "condition");
    return new Rule<>(name, 0, true, attribute, s -> extractor.extract(s).map(condition::test));
  }

  /** Returns the rule's name. */
  public String name() {
    return name;
  }

  /** Returns the points the rule adds when it fires; 0 for a knock-out rule. */
  public double points() {
    return points;
  }

  /** Returns true for a knock-out rule. */
  public boolean isKnockOut() {
    return knockOut;
  }

  /** Returns the attribute the rule reads, or empty if it tests the whole subject. */
  public Optional<String> attribute() {
    return Optional.ofNullable(attribute);
  }

  /** Returns whether the rule holds for {@code subject}, or empty if its attribute is missing. */
  Optional<Boolean> test(S subject) {
    return check.extract(subject);
  }

  /** Returns {@code name: +10 points} or {@code name: knock-out}. */
  @Override
  public String toString() {
    return name + (knockOut ? ": knock-out" : ": " + Scores.format(points) + " points");
  }
}
