package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;

/** Normalisation of the keys users type: channels, technologies, vocabulary ids. */
final class Keys {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern KEY = Pattern.compile("[a-z0-9+#./_-]+");

  private Keys() {}

  /**
   * Returns {@code raw} trimmed, lower-cased in {@link Locale#ROOT}, with each run of whitespace
   * replaced by one {@code -}: {@code " Paid Search "} becomes {@code "paid-search"}.
   *
   * @throws IllegalArgumentException if the result is empty or holds a character other than {@code
   *     a-z 0-9 + # . / _ -}
   */
  static String normalise(String field, String raw) {
    requireNonNull(raw, field);
    String key = WHITESPACE.matcher(raw.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          field
              + " must be a non-empty key of letters, digits and + # . / _ -, got \""
              + raw
              + "\"");
    }
    return key;
  }

  /** Requires a half-open window {@code [from, to)} with {@code from < to}. */
  static void window(java.time.LocalDate from, java.time.LocalDate to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("to must be after from " + from + ", got " + to);
    }
  }
}
