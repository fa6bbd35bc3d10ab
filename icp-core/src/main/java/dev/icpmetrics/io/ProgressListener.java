package dev.icpmetrics.io;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.util.function.LongConsumer;

/**
 * Told how far a long import has got: after every {@link #intervalRows()} data rows, with the
 * number of data rows read so far, and once more at the end of the file with the total when the
 * total is not a multiple of the interval. Each count is reported once, in increasing order, so the
 * last call always carries the total.
 *
 * <p>A lambda gets the default interval of {@value #DEFAULT_INTERVAL_ROWS} rows; {@link
 * #every(long, LongConsumer)} sets another:
 *
 * <pre>{@code
 * List<Account> accounts = WorksheetCsv.readAccounts(path, CsvFormat.defaults(),
 *     ProgressListener.every(1_000_000, rows -> System.out.println(rows + " rows")));
 * }</pre>
 *
 * <p>The listener is called on the thread that reads, between two records; it must return quickly.
 * Rows are counted before their cells are checked, so a row with a bad cell counts too; a file
 * without data rows gets no call. A listener that throws aborts the import with its exception, and
 * nothing is loaded.
 */
@FunctionalInterface
public interface ProgressListener {

  /** The interval of a listener that does not override {@link #intervalRows()}: 100,000 rows. */
  long DEFAULT_INTERVAL_ROWS = 100_000;

  /**
   * Called with the number of data rows (the header not included) read so far.
   *
   * @param rowsRead the rows read so far, {@code >= 1}
   */
  void rowsRead(long rowsRead);

  /**
   * Returns how many rows pass between two calls; {@value #DEFAULT_INTERVAL_ROWS} unless
   * overridden.
   *
   * @return the interval, {@code > 0}
   */
  default long intervalRows() {
    return DEFAULT_INTERVAL_ROWS;
  }

  /**
   * Returns a listener called every {@code intervalRows} rows.
   *
   * @param intervalRows the rows between two calls, {@code > 0}
   * @param onRowsRead what to do with the count of rows read so far
   * @return the listener
   * @throws IllegalArgumentException if {@code intervalRows <= 0}
   */
  static ProgressListener every(long intervalRows, LongConsumer onRowsRead) {
    long interval = Checks.positive("intervalRows", intervalRows);
    requireNonNull(onRowsRead, "onRowsRead");
    return new ProgressListener() {
      @Override
      public void rowsRead(long rowsRead) {
        onRowsRead.accept(rowsRead);
      }

      @Override
      public long intervalRows() {
        return interval;
      }

      @Override
      public String toString() {
        return "ProgressListener[every " + interval + " rows]";
      }
    };
  }

  /** Returns a listener that ignores every call: the default of the imports. */
  static ProgressListener none() {
    return every(Long.MAX_VALUE, rows -> {});
  }
}
