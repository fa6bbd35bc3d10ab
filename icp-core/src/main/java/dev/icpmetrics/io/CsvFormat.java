package dev.icpmetrics.io;

import dev.icpmetrics.internal.Checks;

/**
 * How a CSV file is read and written: the delimiter, and the limits that protect an import against
 * hostile or broken files.
 *
 * <p>The defaults ({@link #defaults()}): comma, fields of at most 65,536 characters, lines (a whole
 * record, quoted line breaks included) of at most 1,048,576 characters, at most 10,000,001 records
 * (ten million data records and the header), and at most 100 problems collected before an import
 * gives up and reports them.
 *
 * @param delimiter the field separator; not a quote, CR or LF
 * @param maxFieldChars the longest field accepted, in characters, {@code > 0}
 * @param maxRecordChars the longest record accepted, in characters, {@code >= maxFieldChars}
 * @param maxRecords the most records (header included) one file may hold, {@code > 0}
 * @param maxProblems how many problems are collected before the import stops, {@code > 0}
 */
public record CsvFormat(
    char delimiter, int maxFieldChars, int maxRecordChars, int maxRecords, int maxProblems) {

  private static final CsvFormat DEFAULTS = new CsvFormat(',', 65_536, 1_048_576, 10_000_001, 100);

  /** Validates the delimiter and the limits. */
  public CsvFormat {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException(
          "delimiter must not be a quote, CR or LF, got U+"
              + String.format(java.util.Locale.ROOT, "%04X", (int) delimiter));
    }
    Checks.positive("maxFieldChars", maxFieldChars);
    if (maxRecordChars < maxFieldChars) {
      throw new IllegalArgumentException(
          "maxRecordChars must be >= maxFieldChars " + maxFieldChars + ", got " + maxRecordChars);
    }
    Checks.positive("maxRecords", maxRecords);
    Checks.positive("maxProblems", maxProblems);
  }

  /** Returns the default format: comma-separated with the default limits. */
  public static CsvFormat defaults() {
    return DEFAULTS;
  }

  /** Returns a copy with another delimiter, for example {@code ';'} or {@code '\t'}. */
  public CsvFormat withDelimiter(char delimiter) {
    return new CsvFormat(delimiter, maxFieldChars, maxRecordChars, maxRecords, maxProblems);
  }

  /** Returns a copy with other size limits. */
  public CsvFormat withLimits(int maxFieldChars, int maxRecordChars, int maxRecords) {
    return new CsvFormat(delimiter, maxFieldChars, maxRecordChars, maxRecords, maxProblems);
  }

  /** Returns a copy that collects at most {@code maxProblems} problems before it stops. */
  public CsvFormat withMaxProblems(int maxProblems) {
    return new CsvFormat(delimiter, maxFieldChars, maxRecordChars, maxRecords, maxProblems);
  }
}
