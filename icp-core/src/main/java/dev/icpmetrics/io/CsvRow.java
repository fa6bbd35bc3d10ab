package dev.icpmetrics.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One data record of a {@link CsvInput}, with typed getters that parse in {@link Locale#ROOT} and
 * record a problem ({@code row 17, column employees: expected a whole number, got "12k"}) instead
 * of throwing. A getter returns empty both for an empty cell and for a bad one; the import fails at
 * its end when any problem was recorded, so a caller never builds on a bad value.
 *
 * <p>Surrounding white space is trimmed from every value, and the apostrophe that {@link CsvWriter}
 * puts before a cell that a spreadsheet would read as a formula is removed ({@code '=SUM(A1)} reads
 * as {@code =SUM(A1)}), so that written values read back as they were. A column absent from the
 * header reads as empty.
 */
final class CsvRow {
  private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,18}");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,18})?");

  private final CsvRecord record;
  private final Map<String, Integer> index;
  private final Problems problems;
  private final int problemsBefore;

  CsvRow(CsvRecord record, Map<String, Integer> index, Problems problems) {
    this.record = record;
    this.index = index;
    this.problems = problems;
    this.problemsBefore = problems.size();
  }

  /** Returns true if a problem was recorded for this row; the caller then builds nothing. */
  boolean hasProblems() {
    return problems.size() > problemsBefore;
  }

  /** Returns true if the header has {@code column}. */
  boolean has(String column) {
    return index.containsKey(column);
  }

  /** Returns the 1-based row number, header included. */
  long row() {
    return record.row();
  }

  /** Records a problem with {@code column} of this row, for checks beyond a getter's own. */
  void problem(String column, String message) {
    problems.add(record.row(), column, message);
  }

  /** Returns the trimmed text of {@code column}, or empty if the cell is empty or absent. */
  Optional<String> text(String column) {
    Integer i = index.get(column);
    if (i == null) {
      return Optional.empty();
    }
    String value = CsvWriter.restored(record.fields().get(i)).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** Returns the text of a column that must not be empty; records a problem if it is. */
  String required(String column) {
    Optional<String> value = text(column);
    if (value.isEmpty()) {
      problem(column, "must not be empty");
      return "";
    }
    return value.get();
  }

  /** Returns {@code column} as a whole number: digits with an optional leading minus. */
  OptionalLong wholeNumber(String column) {
    Optional<String> value = text(column);
    if (value.isEmpty()) {
      return OptionalLong.empty();
    }
    String s = value.get();
    if (!WHOLE.matcher(s).matches()) {
      problem(column, "expected a whole number, got " + quote(s));
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(s));
  }

  /** Returns {@code column} as an {@code int} whole number. */
  OptionalInt wholeInt(String column) {
    OptionalLong value = wholeNumber(column);
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    long v = value.getAsLong();
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      problem(column, "expected a whole number that fits in an int, got " + v);
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) v);
  }

  /**
   * Returns {@code column} as a plain decimal such as {@code 1200.50} (no grouping, no exponent).
   */
  Optional<BigDecimal> decimal(String column) {
    Optional<String> value = text(column);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String s = value.get();
    if (!DECIMAL.matcher(s).matches()) {
      problem(column, "expected a decimal number such as 1200.50, got " + quote(s));
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(s));
  }

  /** Returns {@code column} as an ISO date {@code yyyy-MM-dd}. */
  Optional<LocalDate> date(String column) {
    return parsed(column, "a date yyyy-MM-dd", LocalDate::parse);
  }

  /** Returns {@code column} as an ISO month {@code yyyy-MM}. */
  Optional<YearMonth> yearMonth(String column) {
    return parsed(column, "a month yyyy-MM", YearMonth::parse);
  }

  /**
   * Returns {@code column} as one of {@code type}'s constants, matched case-insensitively with
   * spaces and hyphens read as underscores ({@code "paid media"} is {@code PAID_MEDIA}).
   */
  <E extends Enum<E>> Optional<E> choice(String column, Class<E> type) {
    Optional<String> value = text(column);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String key = value.get().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(key)) {
        return Optional.of(e);
      }
    }
    problem(
        column,
        "expected one of "
            + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT)
            + ", got "
            + quote(value.get()));
    return Optional.empty();
  }

  /**
   * Returns the values of a multi-valued column, split on {@code |} and trimmed, empty parts
   * dropped: {@code "crm | billing"} is {@code [crm, billing]}.
   */
  List<String> list(String column) {
    Optional<String> value = text(column);
    if (value.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : value.get().split("\\|", -1)) {
      String p = part.strip();
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Runs {@code build} and records an {@link IllegalArgumentException} it throws as a problem with
   * {@code column}, so that the domain model's own validation messages reach the user with their
   * row. Returns empty when it threw.
   */
  <T> Optional<T> attempt(String column, java.util.function.Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (IllegalArgumentException | ArithmeticException e) {
      problem(column, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  private <T> Optional<T> parsed(String column, String what, Function<String, T> parse) {
    Optional<String> value = text(column);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(value.get()));
    } catch (DateTimeParseException e) {
      problem(column, "expected " + what + ", got " + quote(value.get()));
      return Optional.empty();
    }
  }

  /** Quotes a value for a message, cut at 40 characters so a hostile cell cannot flood the log. */
  static String quote(String s) {
    return s.length() <= 40 ? "\"" + s + "\"" : "\"" + s.substring(0, 40) + "...\"";
  }
}
