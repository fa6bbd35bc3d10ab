package dev.icpmetrics.internal;

import static java.util.Objects.requireNonNull;

/**
 * Argument checks that throw with the library's message shape, {@code <field> must <rule>, got
 * <value>}, formatted independently of the default locale.
 *
 * <p>Each method returns its argument so that a compact constructor can check and assign in one
 * expression.
 */
public final class Checks {
  private Checks() {}

  /**
   * Returns {@code a + b}, or throws {@code ArithmeticException} naming the field and both
   * operands: {@code trials must fit in a long, got 9223372036854775807 + 1}.
   */
  public static long sum(String field, long a, long b) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      throw new ArithmeticException(field + " must fit in a long, got " + a + " + " + b);
    }
    return r;
  }

  /** Requires {@code value >= 0}: {@code employees must be >= 0, got -3}. */
  public static long nonNegative(String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be >= 0, got " + value);
    }
    return value;
  }

  /** Requires {@code value >= 0}: {@code employees must be >= 0, got -3}. */
  public static int nonNegative(String field, int value) {
    return (int) nonNegative(field, (long) value);
  }

  /** Requires {@code value > 0}. */
  public static long positive(String field, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be > 0, got " + value);
    }
    return value;
  }

  /** Requires {@code value > 0}. */
  public static int positive(String field, int value) {
    return (int) positive(field, (long) value);
  }

  /** Requires {@code min <= value <= max}: {@code churnedCount must be in [0, 150], got 151}. */
  public static long inRange(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be in [" + min + ", " + max + "], got " + value);
    }
    return value;
  }

  /** Requires {@code min <= value <= max}. */
  public static int inRange(String field, int value, int min, int max) {
    return (int) inRange(field, (long) value, min, max);
  }

  /** Requires a finite value (not NaN, not infinite). */
  public static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be finite, got " + value);
    }
    return value;
  }

  /** Requires a finite {@code value >= 0}. */
  public static double nonNegative(String field, double value) {
    if (!(value >= 0.0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(field + " must be finite and >= 0, got " + value);
    }
    return value;
  }

  /** Requires a finite {@code value > 0}. */
  public static double positive(String field, double value) {
    if (!(value > 0.0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(field + " must be finite and > 0, got " + value);
    }
    return value;
  }

  /** Requires a fraction in [0, 1]: {@code churn must be in [0, 1], got 1.2}. */
  public static double fraction(String field, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(field + " must be in [0, 1], got " + value);
    }
    return value;
  }

  /** Requires a value in (0, 1]: {@code grossMargin must be in (0, 1], got 1.2}. */
  public static double fractionAboveZero(String field, double value) {
    if (!(value > 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(field + " must be in (0, 1], got " + value);
    }
    return value;
  }

  /** Requires a value in (0, 1), for confidence levels: {@code level must be in (0, 1), got 1}. */
  public static double openFraction(String field, double value) {
    if (!(value > 0.0 && value < 1.0)) {
      throw new IllegalArgumentException(field + " must be in (0, 1), got " + value);
    }
    return value;
  }

  /** Requires a non-null string with at least one non-whitespace character. */
  public static String notBlank(String field, String value) {
    requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, got \"" + value + "\"");
    }
    return value;
  }
}
