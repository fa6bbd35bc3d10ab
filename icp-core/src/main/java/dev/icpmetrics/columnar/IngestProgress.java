package dev.icpmetrics.columnar;

/**
 * Hears how far a long ingest has come: {@link CustomerBase.Builder#progress} calls it every so
 * many rows from the thread that appends, and once more from {@code build()}.
 */
@FunctionalInterface
public interface IngestProgress {
  /**
   * Called after {@code rows} rows have been appended in total.
   *
   * @param rows the rows appended so far
   */
  void rowsAppended(long rows);
}
