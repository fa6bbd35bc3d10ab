package dev.icpmetrics.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 4180 tokenizer: quoted fields, doubled quotes inside them, line breaks inside quotes, CRLF
 * or LF line ends, a configurable delimiter. One pass over the characters, no regular expressions.
 *
 * <p>Strictness: a quote inside an unquoted field, or anything but a delimiter or a line end after
 * a closing quote, is a problem with that record, which is skipped; an unterminated quote, input
 * that is not valid UTF-8, or more records than the limit ends the import. Empty lines are skipped.
 * A leading byte-order mark is ignored. Fields and records longer than the format's limits are
 * problems, and reading them stops growing memory at the limit.
 */
final class CsvReader {
  private static final int EOF = -1;

  private final Reader in;
  private final CsvFormat format;
  private final Problems problems;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private long row;
  private boolean started;
  private boolean inRecord;
  // The state of the record being read.
  private long recordChars;
  private @Nullable String problem;

  CsvReader(Reader in, CsvFormat format, Problems problems) {
    this.in = requireNonNull(in, "in");
    this.format = requireNonNull(format, "format");
    this.problems = requireNonNull(problems, "problems");
  }

  /** Returns a reader that decodes strict UTF-8: malformed input is an error, never U+FFFD. */
  static Reader utf8(InputStream in) {
    return new Utf8Reader(in);
  }

  /**
   * Returns the next record, or null at the end of the input. A record with a problem is reported
   * to the collector and skipped.
   *
   * @throws CsvException when the input cannot be read on, or the problem limit is reached
   */
  @Nullable CsvRecord next() {
    try {
      while (true) {
        int c = read();
        if (!started) {
          started = true;
          if (c == '\uFEFF') {
            c = read();
          }
        }
        if (c == EOF) {
          return null;
        }
        if (c == '\n') {
          continue; // an empty line
        }
        if (c == '\r') {
          if (peek() == '\n') {
            read();
          }
          continue;
        }
        row++;
        if (row > format.maxRecords()) {
          throw problems.fatal(
              CsvProblem.ofRecord(
                  row, "the file must have at most " + format.maxRecords() + " records"));
        }
        inRecord = true;
        CsvRecord record = readRecord(c);
        inRecord = false;
        if (record != null) {
          return record;
        }
      }
    } catch (CharacterCodingException e) {
      // Between records, the bad bytes start the next one.
      long at = inRecord ? row : row + 1;
      throw problems.fatal(CsvProblem.ofRecord(at, "the input must be UTF-8, got invalid bytes"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one record that starts with {@code first}; null if it had a problem and was skipped. */
  private @Nullable CsvRecord readRecord(int first) throws IOException {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    recordChars = 0;
    problem = null;
    int c = first;
    while (true) {
      boolean quoted = false;
      field.setLength(0);
      if (c == '"') {
        quoted = true;
        while (true) {
          c = read();
          if (c == EOF) {
            throw problems.fatal(
                CsvProblem.ofRecord(
                    row, "a quoted field must end with a quote, got the end of the file"));
          }
          if (c == '"') {
            if (peek() == '"') {
              read();
            } else {
              c = read();
              break;
            }
          }
          append(field, c, fields.size());
        }
      }
      while (c != EOF && c != format.delimiter() && c != '\n' && c != '\r') {
        if (quoted && problem == null) {
          problem =
              "field "
                  + (fields.size() + 1)
                  + " must end at its closing quote, got "
                  + describe(c)
                  + " after it";
        } else if (c == '"' && problem == null) {
          problem =
              "field "
                  + (fields.size() + 1)
                  + " must be quoted to contain a quote, got a quote inside an unquoted field";
        }
        append(field, c, fields.size());
        c = read();
      }
      fields.add(field.toString());
      if (c == format.delimiter()) {
        recordChars++;
        c = read();
        continue;
      }
      if (c == '\r' && peek() == '\n') {
        read();
      }
      break;
    }
    String found = problem;
    if (found != null) {
      problems.add(CsvProblem.ofRecord(row, found));
      return null;
    }
    return new CsvRecord(row, fields);
  }

  /**
   * Appends {@code c} to the field at {@code index}, up to the field limit; past a limit it records
   * the record's first problem and stops growing the field.
   */
  private void append(StringBuilder field, int c, int index) {
    recordChars++;
    if (field.length() < format.maxFieldChars()) {
      field.append((char) c);
    } else if (problem == null) {
      problem = fieldTooLong(index);
    }
    if (recordChars > format.maxRecordChars() && problem == null) {
      problem = recordTooLong();
    }
  }

  private String fieldTooLong(int index) {
    return "field " + (index + 1) + " must have at most " + format.maxFieldChars() + " characters";
  }

  private String recordTooLong() {
    return "a record must have at most " + format.maxRecordChars() + " characters";
  }

  private static String describe(int c) {
    return c < 0x20 || c > 0x7E
        ? String.format(java.util.Locale.ROOT, "U+%04X", c)
        : "'" + (char) c + "'";
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return EOF;
    }
    return buffer[position++];
  }

  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return EOF;
    }
    return buffer[position];
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }
}
