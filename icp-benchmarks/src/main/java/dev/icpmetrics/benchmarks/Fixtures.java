package dev.icpmetrics.benchmarks;

import dev.icpmetrics.columnar.CategoryColumn;
import dev.icpmetrics.columnar.CustomerBase;
import dev.icpmetrics.columnar.SyntheticBase;
import dev.icpmetrics.metrics.ChurnPolicy;
import dev.icpmetrics.metrics.Window;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Acquisition;
import dev.icpmetrics.model.Company;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** The inputs every benchmark shares, built from one seed. */
final class Fixtures {
  static final long SEED = 20261124L;
  static final Window WINDOW = Window.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
  static final LocalDate AS_OF = SyntheticBase.AS_OF;
  static final ChurnPolicy POLICY = ChurnPolicy.defaults();
  static final CategoryColumn[] SEGMENTS = {CategoryColumn.INDUSTRY, CategoryColumn.SIZE_BAND};
  static final String UNKNOWN = "(unknown)";

  private static final Company COMPANY = Company.of("c", "Company");
  private static final Acquisition ACQUISITION = Acquisition.via("inbound");

  private Fixtures() {}

  static CustomerBase base(int size) {
    return SyntheticBase.generate(SEED, size);
  }

  static CustomerBase groupedBase(int size) {
    return SyntheticBase.writeTo(
            SEED, size, CustomerBase.builder("USD").expectedRows(size).groupBy(SEGMENTS))
        .build();
  }

  /** Two worker threads, as many as DuckDB gets. */
  static ExecutorService twoThreads() {
    return Executors.newFixedThreadPool(
        2,
        r -> {
          Thread t = new Thread(r, "bench-worker");
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * The lean records of the naive path: one {@link Account} per row with its real lifecycle and MRR
   * history and a shared company and acquisition (a full {@code Account} graph per row does not fit
   * the heap at 10M), with the segment values a developer would group by.
   */
  record Customer(String industry, String sizeBand, Account account) {}

  static List<Customer> customers(CustomerBase base) {
    List<Customer> out = new ArrayList<>(base.rowCount());
    for (int i = 0; i < base.rowCount(); i++) {
      out.add(
          new Customer(
              base.value(CategoryColumn.INDUSTRY, i).orElse(UNKNOWN),
              base.value(CategoryColumn.SIZE_BAND, i).orElse(UNKNOWN),
              Account.of("a", COMPANY, base.lifecycle(i), base.mrrHistory(i), ACQUISITION)));
    }
    return out;
  }

  /** The cell number of a row, as {@code ColumnarMetrics} numbers it. */
  static int cell(CustomerBase base, int row) {
    int sizes = base.dictionary(CategoryColumn.SIZE_BAND).size() + 1;
    int industries = base.dictionary(CategoryColumn.INDUSTRY).size();
    int industry = base.code(CategoryColumn.INDUSTRY, row).orElse(industries);
    int size = base.code(CategoryColumn.SIZE_BAND, row).orElse(sizes - 1);
    return industry * sizes + size;
  }

  /**
   * Loads the base into an in-memory DuckDB with its Appender: one wide row per account (the cell,
   * the acquired day, up to four lifecycle days and up to three MRR changes), with two threads.
   */
  static Connection duckDb(CustomerBase base) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = c.createStatement()) {
      s.execute("SET threads TO 2");
      s.execute(
          "CREATE TABLE customers (cell INTEGER, acq INTEGER, c1 INTEGER, r1 INTEGER,"
              + " c2 INTEGER, r2 INTEGER, m0d INTEGER, m0v BIGINT, m1d INTEGER, m1v BIGINT,"
              + " m2d INTEGER, m2v BIGINT)");
    }
    try (DuckDBAppender a =
        ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "customers")) {
      for (int i = 0; i < base.rowCount(); i++) {
        int events = base.lifecycleEventCount(i);
        int changes = base.mrrChangeCount(i);
        if (events > 4 || changes > 3) {
          throw new IllegalStateException("row " + i + " does not fit the wide table");
        }
        a.beginRow();
        a.append(cell(base, i));
        a.append(base.acquiredDay(i));
        for (int k = 0; k < 4; k++) {
          if (k < events) {
            a.append(base.lifecycleEventDay(i, k));
          } else {
            a.appendNull();
          }
        }
        for (int k = 0; k < 3; k++) {
          if (k < changes) {
            a.append(base.mrrChangeDay(i, k));
            a.append(base.mrrChangeMinor(i, k));
          } else {
            a.appendNull();
            a.appendNull();
          }
        }
        a.endRow();
      }
    }
    return c;
  }

  /**
   * The per-segment SQL (DuckDB's {@code greatest} and {@code least} skip NULLs, hence the CASEs):
   * classify every row into flag columns, then group by the cell and the flags (faster here than
   * {@code FILTER} aggregates); the few groups are folded into tallies in Java.
   */
  static String segmentSql(Window w) {
    long f = w.from().toEpochDay();
    long t = w.to().toEpochDay();
    long d = f - 1;
    long l = t - 1;
    return ("SELECT cell, s_act, e_act, is_new, churned, count(*) AS n, sum(days) AS days,"
            + " sum(CASE WHEN s_act THEN ms ELSE 0 END) AS mrr_s,"
            + " sum(CASE WHEN e_act THEN me ELSE 0 END) AS mrr_e FROM ("
            + " SELECT cell,"
            + " coalesce((acq <= $D AND (c1 IS NULL OR c1 > $D)) OR (r1 <= $D AND (c2 IS NULL OR"
            + " c2 > $D)) OR r2 <= $D, false) AS s_act,"
            + " coalesce((acq <= $L AND (c1 IS NULL OR c1 > $L)) OR (r1 <= $L AND (c2 IS NULL OR"
            + " c2 > $L)) OR r2 <= $L, false) AS e_act,"
            + " acq >= $F AND acq < $T AS is_new,"
            + " coalesce((c1 >= $F AND c1 < $T) OR (c2 >= $F AND c2 < $T), false) AS churned,"
            + " greatest(0, least(coalesce(c1, $T), $T) - greatest(acq, $F))"
            + " + CASE WHEN r1 IS NULL THEN 0"
            + " ELSE greatest(0, least(coalesce(c2, $T), $T) - greatest(r1, $F)) END"
            + " + CASE WHEN r2 IS NULL THEN 0 ELSE greatest(0, $T - greatest(r2, $F)) END AS days,"
            + " CASE WHEN m2d <= $D THEN m2v WHEN m1d <= $D THEN m1v WHEN m0d <= $D THEN m0v"
            + " ELSE 0 END AS ms,"
            + " CASE WHEN m2d <= $L THEN m2v WHEN m1d <= $L THEN m1v WHEN m0d <= $L THEN m0v"
            + " ELSE 0 END AS me"
            + " FROM customers) GROUP BY ALL")
        .replace("$F", Long.toString(f))
        .replace("$T", Long.toString(t))
        .replace("$D", Long.toString(d))
        .replace("$L", Long.toString(l));
  }

  /** Per-cell counts from SQL: start, new, churned from start, from new, end, days, MRR. */
  static final int SQL_FIELDS = 8;
}
