package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * A metric that is either defined, with its value, or undefined, with the reason: churn of a
 * segment with no customers at the start, CLV when nobody churns, CAC with no new customers.
 *
 * <p>Undefined is not zero. There is no accessor that quietly turns one into a number: read the
 * value with {@link #orElseThrow()} after {@link #isDefined()}, with {@link #orElse} and a fallback
 * you chose, or with {@link #asOptional()}.
 *
 * @param <T> the type of the value
 */
public sealed interface MetricResult<T> permits MetricResult.Defined, MetricResult.Undefined {

  /**
   * Returns a defined result.
   *
   * @param value the value
   * @param <T> the type of the value
   * @return the result
   */
  static <T> MetricResult<T> of(T value) {
    return new Defined<>(value);
  }

  /**
   * Returns an undefined result.
   *
   * @param reason why the metric has no value, phrased to follow "undefined: ", for example {@code
   *     "no customers at the start of the window"}
   * @param <T> the type the value would have had
   * @return the result
   */
  static <T> MetricResult<T> undefined(String reason) {
    return new Undefined<>(reason);
  }

  /** Returns true if there is a value. */
  boolean isDefined();

  /**
   * Returns the value.
   *
   * @return the value
   * @throws NoSuchElementException with the reason, if undefined
   */
  T orElseThrow();

  /**
   * Returns the value, or {@code fallback} if undefined.
   *
   * @param fallback the value to use when undefined, chosen by the caller
   * @return the value or the fallback
   */
  T orElse(T fallback);

  /** Returns the value, or empty if undefined. */
  Optional<T> asOptional();

  /** Returns the reason if undefined, or empty if defined. */
  Optional<String> undefinedReason();

  /**
   * Applies {@code f} to a defined value; an undefined result keeps its reason.
   *
   * @param f the function to apply
   * @param <R> the new value type
   * @return the mapped result
   */
  <R> MetricResult<R> map(Function<? super T, ? extends R> f);

  /**
   * A metric with a value.
   *
   * @param value the value
   * @param <T> the type of the value
   */
  record Defined<T>(T value) implements MetricResult<T> {
    /** Validates that the value is present. */
    public Defined {
      requireNonNull(value, "value");
    }

    @Override
    public boolean isDefined() {
      return true;
    }

    @Override
    public T orElseThrow() {
      return value;
    }

    @Override
    public T orElse(T fallback) {
      return value;
    }

    @Override
    public Optional<T> asOptional() {
      return Optional.of(value);
    }

    @Override
    public Optional<String> undefinedReason() {
      return Optional.empty();
    }

    @Override
    public <R> MetricResult<R> map(Function<? super T, ? extends R> f) {
      requireNonNull(f, "f");
      return new Defined<>(f.apply(value));
    }

    /** Returns the value's own text form. */
    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * A metric without a value, and why.
   *
   * @param reason why the metric has no value
   * @param <T> the type the value would have had
   */
  record Undefined<T>(String reason) implements MetricResult<T> {
    /** Validates that the reason is not blank. */
    public Undefined {
      requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("reason must not be blank, got \"" + reason + "\"");
      }
    }

    @Override
    public boolean isDefined() {
      return false;
    }

    @Override
    public T orElseThrow() {
      throw new NoSuchElementException("undefined: " + reason);
    }

    @Override
    public T orElse(T fallback) {
      return fallback;
    }

    @Override
    public Optional<T> asOptional() {
      return Optional.empty();
    }

    @Override
    public Optional<String> undefinedReason() {
      return Optional.of(reason);
    }

    @Override
    public <R> MetricResult<R> map(Function<? super T, ? extends R> f) {
      requireNonNull(f, "f");
      return new Undefined<>(reason);
    }

    /** Returns {@code undefined (<reason>)}. */
    @Override
    public String toString() {
      return "undefined (" + reason + ")";
    }
  }
}
