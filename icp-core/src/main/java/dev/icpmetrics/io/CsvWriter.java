package dev.icpmetrics.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes RFC 4180 CSV, one record a call, with CRLF line ends and spreadsheet formula injection
 * neutralised.
 *
 * <p>A cell is quoted when it holds the delimiter, a quote, CR or LF; quotes inside are doubled. A
 * cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or CR is written with a
 * leading apostrophe ({@code '=HYPERLINK(...)}), so a spreadsheet shows it as text instead of
 * running it, unless the whole cell is a plain number such as {@code -3.50}, which no spreadsheet
 * reads as a formula and which must round-trip as a number. A value that already starts with
 * apostrophes before such a character gets one more, and the readers of this package drop exactly
 * one, so every value written reads back as it was.
 */
public final class CsvWriter {
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?%?");

  private final Appendable out;
  private final CsvFormat format;

  private CsvWriter(Appendable out, CsvFormat format) {
    this.out = out;
    this.format = format;
  }

  /**
   * Returns a writer to {@code out} with {@code format}'s delimiter.
   *
   * @param out where to write, for example a {@link StringBuilder} or a {@link java.io.Writer}
   * @param format the delimiter (limits are not used for writing)
   * @return the writer
   */
  public static CsvWriter to(Appendable out, CsvFormat format) {
    return new CsvWriter(requireNonNull(out, "out"), requireNonNull(format, "format"));
  }

  /**
   * Writes one record.
   *
   * @param cells the cells, in order
   * @return this writer
   * @throws UncheckedIOException if {@code out} fails
   */
  public CsvWriter row(List<String> cells) {
    requireNonNull(cells, "cells");
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.append(format.delimiter());
        }
        out.append(cell(requireNonNull(cells.get(i), "cell"), format.delimiter()));
      }
      out.append("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Writes one record; see {@link #row(List)}. */
  public CsvWriter row(String... cells) {
    return row(List.of(cells));
  }

  /** Returns {@code value} neutralised and quoted as needed, as it appears in the file. */
  static String cell(String value, char delimiter) {
    String v = neutralised(value);
    boolean quote =
        v.indexOf(delimiter) >= 0
            || v.indexOf('"') >= 0
            || v.indexOf('\n') >= 0
            || v.indexOf('\r') >= 0;
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  /**
   * Returns {@code value} with a leading apostrophe if a spreadsheet would read it as a formula.
   *
   * <p>So that {@link #restored} can undo it exactly, a value that already starts with apostrophes
   * followed by a formula character ({@code '=x}) gets one more ({@code ''=x}).
   */
  static String neutralised(String value) {
    int i = apostrophes(value);
    if (i == value.length() || !formulaStart(value.charAt(i))) {
      return value;
    }
    return i == 0 && PLAIN_NUMBER.matcher(value).matches() ? value : "'" + value;
  }

  /**
   * Returns a cell as read back to the value that {@link #neutralised} wrote: one leading
   * apostrophe is dropped when apostrophes are followed by a formula character ({@code '=x} reads
   * as {@code =x}, {@code ''=x} as {@code '=x}); any other value is returned as it is.
   */
  static String restored(String cell) {
    if (cell.isEmpty() || cell.charAt(0) != '\'') {
      return cell;
    }
    int i = apostrophes(cell);
    return i < cell.length() && formulaStart(cell.charAt(i)) ? cell.substring(1) : cell;
  }

  private static int apostrophes(String value) {
    int i = 0;
    while (i < value.length() && value.charAt(i) == '\'') {
      i++;
    }
    return i;
  }

  private static boolean formulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
