package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.model.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Argument checks and conversions shared by the value calculators. */
final class MoneyChecks {
  /** The precision of intermediate decimal arithmetic, before the final rounding to minor units. */
  static final MathContext CONTEXT = MathContext.DECIMAL128;

  private MoneyChecks() {}

  /** Requires {@code money >= 0}: {@code arpa must be >= 0, got USD -1.00}. */
  static Money nonNegative(String field, Money money) {
    requireNonNull(money, field);
    if (money.isNegative()) {
      throw new IllegalArgumentException(field + " must be >= 0, got " + money);
    }
    return money;
  }

  /** Returns {@code x} as an exact decimal, rejecting NaN and infinities. */
  static BigDecimal decimal(String field, double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException(field + " must be finite, got " + x);
    }
    return new BigDecimal(Double.toString(x));
  }

  /** Formats a fraction as a percentage with two decimals, {@code 5.00%}. */
  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
  }
}
