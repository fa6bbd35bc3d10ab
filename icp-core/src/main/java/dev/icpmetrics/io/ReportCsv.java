package dev.icpmetrics.io;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.segment.SegmentReport;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Exports a {@link SegmentReport} as CSV through {@link CsvWriter}: the report's {@link
 * SegmentReport#table() table}, header first and the "all" row last, with spreadsheet formulas
 * neutralised (a segment named {@code =HYPERLINK(...)} is written as {@code '=HYPERLINK(...)}).
 *
 * <pre>{@code
 * StringBuilder csv = new StringBuilder();
 * ReportCsv.write(report, csv, CsvFormat.defaults());
 * }</pre>
 */
public final class ReportCsv {
  private ReportCsv() {}

  /**
   * Writes the report's table.
   *
   * @param report the report
   * @param out where to write
   * @param format the delimiter
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(SegmentReport report, Appendable out, CsvFormat format) {
    requireNonNull(report, "report");
    CsvWriter w = CsvWriter.to(out, format);
    for (List<String> row : report.table()) {
      w.row(row);
    }
  }

  /**
   * Returns the report's table as CSV text with the default format (comma, CRLF line ends).
   *
   * @param report the report
   * @return the CSV text
   */
  public static String toCsv(SegmentReport report) {
    StringBuilder s = new StringBuilder();
    write(report, s, CsvFormat.defaults());
    return s.toString();
  }
}
