package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.model.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A retention matrix: one row per acquisition cohort (a month or a quarter of acquisition), one
 * column per whole month since acquisition (0 to {@link #months()}), as of an as-of date. Built by
 * {@link Cohorts}.
 *
 * <p>Cell {@code (cohort, m)} holds, over the cohort's members, the customers active (logo) or the
 * MRR paid (net revenue) on each member's acquisition date plus {@code m} months, over the cohort's
 * size or its MRR at acquisition. A cell is {@linkplain CohortCell.Incomplete incomplete} when the
 * cohort's last possible acquisition day plus {@code m} months is after the as-of date: it is
 * marked, never shown as 0.
 *
 * @param kind logo or net revenue retention
 * @param by the cohort period: {@link Period#MONTH}, {@link Period#QUARTER} or {@link Period#YEAR}
 * @param asOf the as-of date
 * @param months the last month since acquisition shown, {@code >= 0}
 * @param rows the cohorts, oldest first
 */
public record CohortMatrix(Kind kind, Period by, LocalDate asOf, int months, List<Row> rows) {

  /** What the matrix retains. */
  public enum Kind {
    /** Customers (logos): active members over cohort size. */
    LOGO,
    /** Net revenue: members' MRR over their MRR at acquisition, expansion included. */
    NET_REVENUE
  }

  /**
   * One acquisition cohort.
   *
   * @param cohortStart the first day of the cohort's month or quarter
   * @param size the number of accounts acquired in it, {@code >= 1}
   * @param cells the cells for months 0 to {@code months}
   */
  public record Row(LocalDate cohortStart, long size, List<CohortCell> cells) {
    /** Validates and copies. */
    public Row {
      requireNonNull(cohortStart, "cohortStart");
      Checks.positive("size", size);
      cells = List.copyOf(cells);
    }
  }

  /** Validates and copies the rows. */
  public CohortMatrix {
    requireNonNull(kind, "kind");
    requireNonNull(by, "by");
    requireNonNull(asOf, "asOf");
    Checks.nonNegative("months", months);
    rows = List.copyOf(rows);
    for (Row r : rows) {
      if (r.cells().size() != months + 1) {
        throw new IllegalArgumentException(
            "row.cells must have " + (months + 1) + " cells, got " + r.cells().size());
      }
    }
  }

  /**
   * Returns the cell of cohort row {@code row} at {@code month} months since acquisition.
   *
   * @param row the row index, in {@code [0, rows().size())}
   * @param month the month, in {@code [0, months]}
   * @return the cell
   */
  public CohortCell cell(int row, int month) {
    Checks.inRange("row", row, 0, rows.size() - 1);
    Checks.inRange("month", month, 0, months);
    return rows.get(row).cells().get(month);
  }

  /**
   * Returns an aligned table: a title line, a header of months since acquisition, one line per
   * cohort ({@code 2024-01} or {@code 2024-Q1}, its size, then each cell as a percentage or {@code
   * --} when not yet observable).
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append(kind == Kind.LOGO ? "Logo" : "Net revenue")
        .append(" retention by acquisition ")
        .append(by.name().toLowerCase(Locale.ROOT))
        .append(", months since acquisition, as of ")
        .append(asOf)
        .append('\n');
    s.append(String.format(Locale.ROOT, "%-8s %6s", "cohort", "size"));
    for (int m = 0; m <= months; m++) {
      s.append(String.format(Locale.ROOT, " %7d", m));
    }
    for (Row r : rows) {
      s.append('\n')
          .append(String.format(Locale.ROOT, "%-8s %6d", label(r.cohortStart()), r.size()));
      for (CohortCell c : r.cells()) {
        s.append(String.format(Locale.ROOT, " %7s", c));
      }
    }
    if (rows.isEmpty()) {
      s.append("\n(no cohorts)");
    }
    return s.append("\n-- not yet observable").toString();
  }

  private String label(LocalDate start) {
    return by == Period.QUARTER
        ? start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1)
        : by == Period.YEAR
            ? Integer.toString(start.getYear())
            : String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
  }
}
