package dev.icpmetrics.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CSV file with a header: checks the header against a schema's columns, then hands each data
 * record to the caller as a {@link CsvRow} whose typed getters collect problems instead of
 * throwing. After the last record, {@link #read} throws one {@link CsvException} with every problem
 * found; the caller must therefore build nothing visible before {@code read} returns.
 *
 * <p>Header names are matched case-insensitively after trimming. Every required column must be
 * present; a column that is neither required nor optional is a problem (a misspelt optional column
 * would otherwise be silently ignored); a column may appear only once.
 */
final class CsvInput {
  private static final Logger LOG = LoggerFactory.getLogger(CsvInput.class);

  private final String source;
  private final CsvFormat format;
  private final Set<String> required;
  private final Set<String> optional;

  /**
   * Creates the input.
   *
   * @param source the file's name, for messages
   * @param format the delimiter and limits
   * @param required the columns every file must have, lower-case
   * @param optional the columns a file may have, lower-case
   */
  CsvInput(String source, CsvFormat format, Set<String> required, Set<String> optional) {
    this.source = requireNonNull(source, "source");
    this.format = requireNonNull(format, "format");
    this.required = Set.copyOf(required);
    this.optional = Set.copyOf(optional);
  }

  /**
   * Reads every record of {@code in}, passing each to {@code onRow}, and throws if any problem was
   * found, in the header, a record or a typed field.
   *
   * @return the number of data records read
   * @throws CsvException listing every problem, when there is at least one
   */
  long read(Reader in, Consumer<CsvRow> onRow) {
    return read(in, onRow, ProgressListener.none());
  }

  /**
   * Reads every record of {@code in} like {@link #read(Reader, Consumer)}, telling {@code progress}
   * how many data records were read every {@link ProgressListener#intervalRows()} records and at
   * the end. Logs the rows and the time taken at debug level, once per import.
   *
   * @return the number of data records read
   * @throws CsvException listing every problem, when there is at least one
   */
  long read(Reader in, Consumer<CsvRow> onRow, ProgressListener progress) {
    requireNonNull(in, "in");
    requireNonNull(onRow, "onRow");
    requireNonNull(progress, "progress");
    long interval = progress.intervalRows();
    if (interval <= 0) {
      throw new IllegalArgumentException("intervalRows must be > 0, got " + interval);
    }
    long start = System.nanoTime();
    long[] read = {0};
    try {
      long count = readAll(in, onRow, progress, interval, read);
      if (LOG.isDebugEnabled()) {
        LOG.debug("{}: read {} rows in {} ms", source, count, millisSince(start));
      }
      return count;
    } catch (CsvException e) {
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "{}: import failed with {} problems after {} rows in {} ms",
            source,
            e.problems().size(),
            read[0],
            millisSince(start));
      }
      throw e;
    }
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private long readAll(
      Reader in, Consumer<CsvRow> onRow, ProgressListener progress, long interval, long[] read) {
    Problems problems = new Problems(source, format.maxProblems());
    CsvReader reader = new CsvReader(in, format, problems);
    CsvRecord header = reader.next();
    if (header == null) {
      problems.throwIfAny();
      throw problems.fatal(
          CsvProblem.ofRecord(1, "the file must start with a header, got nothing"));
    }
    Map<String, Integer> index = header(header, problems);
    if (!problems.isEmpty()) {
      problems.throwIfAny();
    }
    long count = 0;
    for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
      long n = ++read[0];
      if (n % interval == 0) {
        progress.rowsRead(n);
      }
      if (r.fields().size() != index.size()) {
        problems.add(
            CsvProblem.ofRecord(
                r.row(),
                "a record must have "
                    + index.size()
                    + " fields like the header, got "
                    + r.fields().size()));
        continue;
      }
      count++;
      onRow.accept(new CsvRow(r, index, problems));
    }
    if (read[0] % interval != 0) {
      progress.rowsRead(read[0]);
    }
    problems.throwIfAny();
    return count;
  }

  private Map<String, Integer> header(CsvRecord header, Problems problems) {
    Map<String, Integer> index = new HashMap<>();
    Set<String> unknown = new TreeSet<>();
    Set<String> seen = new HashSet<>();
    List<String> names = header.fields();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip().toLowerCase(Locale.ROOT);
      if (!seen.add(name)) {
        problems.add(header.row(), name, "a column must appear once, got it twice");
      } else if (!required.contains(name) && !optional.contains(name)) {
        unknown.add(name.isEmpty() ? "(empty)" : name);
      }
      index.put(name, i);
    }
    if (!unknown.isEmpty()) {
      problems.add(
          CsvProblem.ofRecord(
              header.row(), "the header must name only known columns, got unknown " + unknown));
    }
    Set<String> missing = new TreeSet<>(required);
    missing.removeAll(index.keySet());
    if (!missing.isEmpty()) {
      problems.add(
          CsvProblem.ofRecord(
              header.row(), "the header must name every required column, missing " + missing));
    }
    return index;
  }

  /**
   * Opens {@code file}, decodes it as strict UTF-8 and hands the reader and the file's name (for
   * messages) to {@code read}; an {@link UncheckedIOException} from reading is unwrapped, so a
   * method that reads a {@link Path} throws the {@link IOException} itself.
   */
  static <T> T readFile(Path file, BiFunction<Reader, String, T> read) throws IOException {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read.apply(CsvReader.utf8(in), sourceName(file));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Returns the name of {@code file} for messages: its last element, or the whole path. */
  static String sourceName(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }
}
