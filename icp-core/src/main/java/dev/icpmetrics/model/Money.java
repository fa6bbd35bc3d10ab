package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * An exact amount of money: a currency and a whole number of its minor units (cents for USD, yen
 * for JPY).
 *
 * <p>Arithmetic is exact: a result that does not fit in a {@code long} throws {@link
 * ArithmeticException}, and anything lossy ({@link #multipliedBy(BigDecimal, RoundingMode)}, {@link
 * #dividedBy(long, RoundingMode)}) takes an explicit {@link RoundingMode}. Combining two currencies
 * throws {@link CurrencyMismatchException}; conversion happens only through {@link #convertedTo}
 * with a rate the caller supplies.
 *
 * <p>The text form, used by {@link #parse} and {@link #toString()}, is the ISO 4217 code, a space
 * and the amount with exactly the currency's number of decimals, in {@link Locale#ROOT}: {@code USD
 * 1234.50}, {@code JPY 1200}, {@code USD -3.00}.
 *
 * @param currency the currency; it must have a defined number of minor units (not {@code XXX})
 * @param amountMinor the amount in minor units of {@code currency}
 */
public record Money(Currency currency, long amountMinor) implements Comparable<Money> {

  /** Validates the currency. */
  public Money {
    requireMinorUnits(currency);
  }

  private static void requireMinorUnits(Currency currency) {
    requireNonNull(currency, "currency");
    if (currency.getDefaultFractionDigits() < 0) {
      throw new IllegalArgumentException(
          "currency must have a defined number of minor units, got " + currency.getCurrencyCode());
    }
  }

  private static ArithmeticException overflow(String expression) {
    return new ArithmeticException("amountMinor must fit in a long, got " + expression);
  }

  /**
   * Returns the amount {@code amountMinor} in minor units of {@code currency}.
   *
   * @param currency the currency
   * @param amountMinor the amount in minor units, for example cents
   * @return the money
   */
  public static Money ofMinor(Currency currency, long amountMinor) {
    return new Money(currency, amountMinor);
  }

  /**
   * Returns the amount {@code amountMinor} in minor units of the currency with ISO 4217 code {@code
   * currencyCode}.
   *
   * @param currencyCode an ISO 4217 code such as {@code "USD"}
   * @param amountMinor the amount in minor units, for example cents
   * @return the money
   * @throws IllegalArgumentException if the code is not a known currency
   */
  public static Money ofMinor(String currencyCode, long amountMinor) {
    return new Money(currency(currencyCode), amountMinor);
  }

  /**
   * Returns the exact amount {@code amount} of {@code currency}.
   *
   * @param currency the currency
   * @param amount the amount in major units, with at most the currency's number of decimals
   * @return the money
   * @throws ArithmeticException if {@code amount} has more decimals than the currency allows, or
   *     does not fit in a {@code long} of minor units
   */
  public static Money of(Currency currency, BigDecimal amount) {
    requireNonNull(amount, "amount");
    return of(currency, amount, RoundingMode.UNNECESSARY);
  }

  /**
   * Returns {@code amount} of {@code currency}, rounded to minor units with {@code rounding}.
   *
   * @param currency the currency
   * @param amount the amount in major units
   * @param rounding how to round to the currency's minor units
   * @return the money
   * @throws ArithmeticException if rounding is needed and {@code rounding} is {@link
   *     RoundingMode#UNNECESSARY}, or if the result does not fit in a {@code long}
   */
  public static Money of(Currency currency, BigDecimal amount, RoundingMode rounding) {
    requireMinorUnits(currency);
    requireNonNull(amount, "amount");
    requireNonNull(rounding, "rounding");
    int digits = fractionDigits(currency);
    if (rounding == RoundingMode.UNNECESSARY && amount.stripTrailingZeros().scale() > digits) {
      throw new ArithmeticException(
          "amount must have at most "
              + digits
              + " decimals for "
              + currency.getCurrencyCode()
              + ", got "
              + amount.toPlainString()
              + " (round it explicitly with a RoundingMode)");
    }
    BigDecimal scaled = amount.setScale(digits, rounding);
    try {
      return new Money(currency, scaled.unscaledValue().longValueExact());
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "amount must fit in a long of minor units of "
              + currency.getCurrencyCode()
              + ", got "
              + amount.toPlainString());
    }
  }

  /**
   * Returns the exact amount {@code amount} of the currency {@code currencyCode}; {@code
   * Money.of("USD", "12.50")}.
   *
   * @param currencyCode an ISO 4217 code such as {@code "USD"}
   * @param amount the amount in major units as a plain decimal, at most the currency's decimals
   * @return the money
   * @throws IllegalArgumentException if the code is unknown or the amount is not a decimal number
   * @throws ArithmeticException if the amount has too many decimals or does not fit
   */
  public static Money of(String currencyCode, String amount) {
    requireNonNull(amount, "amount");
    return of(currency(currencyCode), decimal(amount));
  }

  /**
   * Returns zero in {@code currency}.
   *
   * @param currency the currency
   * @return zero minor units of {@code currency}
   */
  public static Money zero(Currency currency) {
    return new Money(currency, 0);
  }

  /**
   * Parses the text form written by {@link #toString()}: an ISO 4217 code, one space and a plain
   * decimal amount with at most the currency's number of decimals ({@code "USD 1234.5"} and {@code
   * "USD 1234.50"} are both accepted).
   *
   * @param text the text to parse
   * @return the money
   * @throws IllegalArgumentException if the text is not of that form
   * @throws ArithmeticException if the amount has too many decimals or does not fit
   */
  public static Money parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    int space = s.indexOf(' ');
    if (space != 3 || s.length() < 5) {
      throw new IllegalArgumentException(
          "text must be \"<ISO 4217 code> <amount>\" such as \"USD 12.50\", got \"" + s + "\"");
    }
    return of(currency(s.substring(0, 3)), decimal(s.substring(4)));
  }

  /** Returns the amount in major units, with exactly the currency's number of decimals. */
  public BigDecimal amount() {
    return BigDecimal.valueOf(amountMinor, fractionDigits(currency));
  }

  /** Returns true if the amount is zero. */
  public boolean isZero() {
    return amountMinor == 0;
  }

  /** Returns true if the amount is below zero. */
  public boolean isNegative() {
    return amountMinor < 0;
  }

  /** Returns true if the amount is above zero. */
  public boolean isPositive() {
    return amountMinor > 0;
  }

  /**
   * Returns {@code this + other}.
   *
   * @param other an amount in the same currency
   * @return the exact sum
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException on overflow, naming the operation and its operands
   */
  public Money plus(Money other) {
    checkSameCurrency(other);
    long r = amountMinor + other.amountMinor;
    if (((amountMinor ^ r) & (other.amountMinor ^ r)) < 0) {
      throw overflow(this + " + " + other);
    }
    return new Money(currency, r);
  }

  /**
   * Returns {@code this - other}.
   *
   * @param other an amount in the same currency
   * @return the exact difference
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException on overflow, naming the operation and its operands
   */
  public Money minus(Money other) {
    checkSameCurrency(other);
    long r = amountMinor - other.amountMinor;
    if (((amountMinor ^ other.amountMinor) & (amountMinor ^ r)) < 0) {
      throw overflow(this + " - " + other);
    }
    return new Money(currency, r);
  }

  /**
   * Returns {@code -this}.
   *
   * @return the negated amount
   * @throws ArithmeticException if the amount is {@link Long#MIN_VALUE} minor units
   */
  public Money negated() {
    if (amountMinor == Long.MIN_VALUE) {
      throw overflow("-(" + this + ")");
    }
    return new Money(currency, -amountMinor);
  }

  /**
   * Returns {@code this × factor}, exactly.
   *
   * @param factor a whole multiplier
   * @return the exact product
   * @throws ArithmeticException on overflow, naming the operation and its operands
   */
  public Money multipliedBy(long factor) {
    try {
      return new Money(currency, Math.multiplyExact(amountMinor, factor));
    } catch (ArithmeticException e) {
      throw overflow(this + " * " + factor);
    }
  }

  /**
   * Returns {@code this × factor}, rounded to minor units with {@code rounding}.
   *
   * @param factor the multiplier
   * @param rounding how to round the product to minor units
   * @return the product
   * @throws ArithmeticException if rounding is needed under {@link RoundingMode#UNNECESSARY}, or on
   *     overflow
   */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    requireNonNull(factor, "factor");
    return of(currency, amount().multiply(factor), rounding);
  }

  /**
   * Returns {@code this ÷ divisor}, rounded to minor units with {@code rounding}.
   *
   * @param divisor a non-zero whole divisor
   * @param rounding how to round the quotient to minor units
   * @return the quotient
   * @throws ArithmeticException if {@code divisor} is zero, or rounding is needed under {@link
   *     RoundingMode#UNNECESSARY}
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    if (divisor == 0) {
      throw new ArithmeticException("divisor must not be zero, got 0");
    }
    BigDecimal q = BigDecimal.valueOf(amountMinor).divide(BigDecimal.valueOf(divisor), 0, rounding);
    return new Money(currency, q.longValueExact());
  }

  /**
   * Returns {@code this ÷ divisor}, rounded to minor units with {@code rounding}.
   *
   * @param divisor a non-zero divisor
   * @param rounding how to round the quotient to minor units
   * @return the quotient
   * @throws ArithmeticException if {@code divisor} is zero, or rounding is needed under {@link
   *     RoundingMode#UNNECESSARY}, or on overflow
   */
  public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
    requireNonNull(divisor, "divisor");
    requireNonNull(rounding, "rounding");
    if (divisor.signum() == 0) {
      throw new ArithmeticException("divisor must not be zero, got " + divisor.toPlainString());
    }
    BigDecimal q = BigDecimal.valueOf(amountMinor).divide(divisor, 0, rounding);
    try {
      return new Money(currency, q.longValueExact());
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "quotient must fit in a long of minor units, got " + q.toPlainString());
    }
  }

  /**
   * Converts this amount to {@code target} at {@code rate} units of {@code target} per unit of this
   * currency. The library never converts by itself; this is the only way across currencies.
   *
   * @param target the currency to convert to
   * @param rate the positive exchange rate: one unit of this currency buys {@code rate} units of
   *     {@code target}
   * @param rounding how to round to the minor units of {@code target}
   * @return the converted amount
   * @throws IllegalArgumentException if {@code rate} is not positive
   */
  public Money convertedTo(Currency target, BigDecimal rate, RoundingMode rounding) {
    requireNonNull(target, "target");
    requireNonNull(rate, "rate");
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("rate must be > 0, got " + rate.toPlainString());
    }
    return of(target, amount().multiply(rate), rounding);
  }

  /**
   * Compares two amounts in the same currency.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    checkSameCurrency(other);
    return Long.compare(amountMinor, other.amountMinor);
  }

  /**
   * Returns true if this amount is greater than {@code other}.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Returns true if this amount is less than {@code other}.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * Throws {@link CurrencyMismatchException} unless {@code other} is in this currency.
   *
   * @param other the amount to check
   * @return {@code other}, for chaining
   */
  public Money checkSameCurrency(Money other) {
    requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
    return other;
  }

  /** Returns the text form, for example {@code USD 1234.50}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount().toPlainString();
  }

  private static int fractionDigits(Currency currency) {
    return currency.getDefaultFractionDigits();
  }

  private static Currency currency(String code) {
    requireNonNull(code, "currencyCode");
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currencyCode must be an ISO 4217 code, got \"" + code + "\"", e);
    }
  }

  private static BigDecimal decimal(String amount) {
    if (amount.isEmpty()
        || !amount.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.' || c == '-')) {
      throw new IllegalArgumentException(
          "amount must be a plain decimal number, got \"" + amount + "\"");
    }
    try {
      return new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "amount must be a plain decimal number, got \"" + amount + "\"", e);
    }
  }
}
