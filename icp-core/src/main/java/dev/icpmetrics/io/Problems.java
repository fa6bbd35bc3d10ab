package dev.icpmetrics.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one import, up to a limit; at the limit it stops the import by throwing
 * the {@link CsvException}. Not thread-safe: one import, one collector.
 */
final class Problems {
  private final String source;
  private final int max;
  private final List<CsvProblem> found = new ArrayList<>();

  Problems(String source, int max) {
    this.source = source;
    this.max = max;
  }

  /** Records a problem; throws the exception with all problems once the limit is reached. */
  void add(CsvProblem problem) {
    found.add(problem);
    if (found.size() >= max) {
      throw new CsvException(source, found, true);
    }
  }

  /** Records {@code message} for the field {@code column} of record {@code row}. */
  void add(long row, String column, String message) {
    add(new CsvProblem(row, column, message));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  int size() {
    return found.size();
  }

  /** Throws the exception with every problem found, if there is any. */
  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new CsvException(source, found, false);
    }
  }

  /** Records a problem that makes reading on impossible, and throws with everything found. */
  CsvException fatal(CsvProblem problem) {
    found.add(problem);
    return new CsvException(source, found, false);
  }
}
