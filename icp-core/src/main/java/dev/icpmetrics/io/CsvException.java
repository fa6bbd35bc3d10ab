package dev.icpmetrics.io;

import java.util.List;

/**
 * Thrown when a CSV import finds problems: every problem found, up to {@link
 * CsvFormat#maxProblems()}, with its row and column. Nothing was loaded.
 *
 * <p>The message names the source and lists the problems one per line, for example:
 *
 * <pre>
 * accounts.csv: 2 problems, nothing was loaded
 *   row 17, column employees: expected a whole number, got "12k"
 *   row 20, column acquired: expected a date yyyy-MM-dd, got "2024-13-01"
 * </pre>
 */
public final class CsvException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an unmodifiable List.copyOf of records
  private final List<CsvProblem> problems;

  private final boolean truncated;

  /**
   * Creates the exception.
   *
   * @param source the file or stream the problems were found in, for the message
   * @param problems the problems, at least one
   * @param truncated whether the import stopped at the limit before reading everything
   */
  CsvException(String source, List<CsvProblem> problems, boolean truncated) {
    super(message(source, problems, truncated));
    this.problems = List.copyOf(problems);
    this.truncated = truncated;
  }

  /** Returns the problems found, in the order found. */
  public List<CsvProblem> problems() {
    return problems;
  }

  /**
   * Returns true if the import stopped at {@link CsvFormat#maxProblems()} and there may be more.
   */
  public boolean truncated() {
    return truncated;
  }

  private static String message(String source, List<CsvProblem> problems, boolean truncated) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty, got []");
    }
    StringBuilder b = new StringBuilder(source).append(": ").append(problems.size());
    b.append(problems.size() == 1 ? " problem" : " problems");
    if (truncated) {
      b.append(" (stopped at the limit; there may be more)");
    }
    b.append(", nothing was loaded");
    for (CsvProblem p : problems) {
      b.append(System.lineSeparator()).append("  ").append(p);
    }
    return b.toString();
  }
}
