package dev.icpmetrics.model;

import java.util.Currency;

/**
 * Thrown when an operation combines amounts in two different currencies. The library never converts
 * between currencies by itself; use {@link Money#convertedTo} with a rate you supply.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // Currency is serializable; the JDK does not declare it final-safe
  private final Currency first;

  @SuppressWarnings("serial")
  private final Currency second;

  /**
   * Creates the exception for an operation between {@code first} and {@code second}.
   *
   * @param first the currency of the left-hand operand
   * @param second the currency of the right-hand operand
   */
  public CurrencyMismatchException(Currency first, Currency second) {
    super(
        "currencies must match, got "
            + first.getCurrencyCode()
            + " and "
            + second.getCurrencyCode());
    this.first = first;
    this.second = second;
  }

  /** Returns the currency of the left-hand operand. */
  public Currency first() {
    return first;
  }

  /** Returns the currency of the right-hand operand. */
  public Currency second() {
    return second;
  }
}
