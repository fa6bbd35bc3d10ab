package dev.icpmetrics.io;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.util.Optional;

/**
 * One problem found while reading a CSV file, where it is and what is wrong.
 *
 * <p>Rows are numbered as a spreadsheet shows them: the header is row 1, the first data record row
 * 2. A record that spans several lines (a quoted line break) is one row. {@link #column()} is the
 * header name, or empty for a problem with the record as a whole.
 *
 * @param row the 1-based record number, header included
 * @param column the column's header name, or the empty string for the whole record
 * @param message what is wrong, for example {@code expected a whole number, got "12k"}
 */
public record CsvProblem(long row, String column, String message) {

  /** Validates the row number and the message. */
  public CsvProblem {
    Checks.positive("row", row);
    requireNonNull(column, "column");
    Checks.notBlank("message", message);
  }

  /** Returns a problem with the record as a whole, not with one column. */
  static CsvProblem ofRecord(long row, String message) {
    return new CsvProblem(row, "", message);
  }

  /** Returns the column's name, or empty for a problem with the whole record. */
  public Optional<String> columnName() {
    return column.isEmpty() ? Optional.empty() : Optional.of(column);
  }

  /** Returns {@code row 17, column employees: expected a whole number, got "12k"}. */
  @Override
  public String toString() {
    return column.isEmpty()
        ? "row " + row + ": " + message
        : "row " + row + ", column " + column + ": " + message;
  }
}
