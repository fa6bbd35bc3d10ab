package dev.icpmetrics.benchmarks;

import dev.icpmetrics.benchmarks.Fixtures.Customer;
import dev.icpmetrics.columnar.CategoryColumn;
import dev.icpmetrics.columnar.ColumnarMetrics;
import dev.icpmetrics.columnar.CustomerBase;
import dev.icpmetrics.columnar.SegmentColumn;
import dev.icpmetrics.columnar.SegmentTallies;
import dev.icpmetrics.columnar.TagColumn;
import dev.icpmetrics.metrics.ChurnTally;
import dev.icpmetrics.metrics.MrrMovements;
import dev.icpmetrics.model.Account;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-segment metrics (industry x size band over one year): the columnar kernel, scalar and on two
 * threads, on a base in append order and on one grouped by the segment, and the vector kernel on
 * the grouped base (forks with {@code --add-modules jdk.incubator.vector}); the naive record path a
 * typical developer writes (a stream {@code groupingBy} over records, the library's record
 * calculators per account); and DuckDB computing the same tallies in SQL on two threads. Every
 * peer's result is checked against the columnar one in {@code @Setup} before anything is timed.
 *
 * <p>Industry x pain point, a multi-valued tag column (an account counts in the cell of each of its
 * pain points, in the unknown cell without one): the kernel scalar and on two threads, and the
 * naive path that {@code flatMap}s every record to its cells. Run them alone with {@code java -jar
 * icp-benchmarks/target/benchmarks.jar 'SegmentMetricsBenchmark.*PainPoint' -f 1 -wi 2 -i 3}.
 *
 * <p>Run: {@code java -jar icp-benchmarks/target/benchmarks.jar SegmentMetricsBenchmark -f 1 -wi 2
 * -i 3 -prof gc} (add {@code -p size=50000000} for the optional 50M point).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx12g", "-Xms2g"})
public class SegmentMetricsBenchmark {

  /** The columnar bases and two worker threads. */
  @State(Scope.Benchmark)
  public static class Columnar {
    @Param({"10000", "1000000", "10000000"})
    int size;

    CustomerBase base;
    CustomerBase grouped;
    ExecutorService pool;

    /** Builds both bases and checks that they tally alike. */
    @Setup(Level.Trial)
    public void setUp() {
      base = Fixtures.base(size);
      grouped = Fixtures.groupedBase(size);
      pool = Fixtures.twoThreads();
      SegmentTallies a = tally(base);
      SegmentTallies b =
          ColumnarMetrics.tallyParallel(
              grouped, Fixtures.WINDOW, Fixtures.POLICY, pool, 2, Fixtures.SEGMENTS);
      for (int k = 0; k < a.cellCount(); k++) {
        check(a.churn(k).equals(b.churn(k)) && a.mrr(k).equals(b.mrr(k)), "grouped cell " + k);
      }
    }

    /** Stops the workers. */
    @TearDown(Level.Trial)
    public void tearDown() {
      pool.shutdownNow();
    }
  }

  /**
   * The columnar bases in a JVM run with {@code --add-modules jdk.incubator.vector}: the inherited
   * set-up cross-checks the grouped base (the vector kernel) against the base in append order (in
   * this JVM too the scalar loop: the vector kernel vectorises only grouped and column-less
   * tallies); this one checks that the vector kernel is the one in use.
   */
  @State(Scope.Benchmark)
  public static class VectorColumnar extends Columnar {
    /** Fails unless the vector kernel was selected. */
    @Setup(Level.Trial)
    public void checkVectorKernel() {
      String kernel = ColumnarMetrics.kernel();
      check(kernel.startsWith("vector"), "vector kernel in use, got " + kernel);
      SegmentTallies total = ColumnarMetrics.tally(grouped, Fixtures.WINDOW, Fixtures.POLICY);
      SegmentTallies plain = ColumnarMetrics.tally(base, Fixtures.WINDOW, Fixtures.POLICY);
      check(
          total.churn(0).equals(plain.churn(0)) && total.mrr(0).equals(plain.mrr(0)),
          "column-less vector tally");
    }
  }

  /** The records of the naive path. */
  @State(Scope.Benchmark)
  public static class Records {
    @Param({"10000", "1000000", "10000000"})
    int size;

    List<Customer> customers;

    /** Builds the records and checks the naive result against the columnar one. */
    @Setup(Level.Trial)
    public void setUp() {
      CustomerBase base = Fixtures.base(size);
      customers = Fixtures.customers(base);
      SegmentTallies want = tally(base);
      Map<List<String>, Tally> got = naive(customers);
      int nonEmpty = 0;
      for (Map.Entry<List<String>, Tally> e : got.entrySet()) {
        if (!e.getValue().churn().equals(ChurnTally.empty())) {
          nonEmpty++;
        }
      }
      check(nonEmpty == want.nonEmptyCells().size(), "naive cell count");
      for (int k : want.nonEmptyCells()) {
        List<String> key = want.values(k).stream().map(v -> v.orElse(Fixtures.UNKNOWN)).toList();
        Tally t = got.get(key);
        check(
            t != null && t.churn().equals(want.churn(k)) && t.mrr().equals(want.mrr(k)),
            "naive cell " + key);
      }
    }
  }

  /** DuckDB with the base loaded by its Appender. */
  @State(Scope.Benchmark)
  public static class Duck {
    @Param({"10000", "1000000", "10000000"})
    int size;

    Connection connection;
    String sql;
    int cells;

    /** Loads DuckDB and checks its result against the columnar one. */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
      CustomerBase base = Fixtures.base(size);
      connection = Fixtures.duckDb(base);
      sql = Fixtures.segmentSql(Fixtures.WINDOW);
      SegmentTallies want = tally(base);
      cells = want.cellCount();
      long[] got = query(this);
      for (int k = 0; k < want.cellCount(); k++) {
        ChurnTally c = want.churn(k);
        MrrMovements m = want.mrr(k);
        long[] expected = {
          c.startCount(),
          c.newCount(),
          c.churnedFromStartCount(),
          c.churnedFromNewCount(),
          c.endCount(),
          c.exposureCustomerDays(),
          m.startMinor(),
          m.endMinor()
        };
        for (int j = 0; j < Fixtures.SQL_FIELDS; j++) {
          check(
              expected[j] == got[k * Fixtures.SQL_FIELDS + j], "duckdb cell " + k + " field " + j);
        }
      }
    }

    /** Closes the database. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      connection.close();
    }
  }

  /** Industry x pain point: the columnar base and the naive path's records. */
  @State(Scope.Benchmark)
  public static class Tags {
    @Param({"10000", "1000000", "10000000"})
    int size;

    CustomerBase base;
    List<TaggedCustomer> customers;
    ExecutorService pool;

    /** Builds the base and the records and checks the naive result against the columnar one. */
    @Setup(Level.Trial)
    public void setUp() {
      base = Fixtures.base(size);
      pool = Fixtures.twoThreads();
      List<Customer> plain = Fixtures.customers(base);
      customers = new ArrayList<>(plain.size());
      for (int i = 0; i < plain.size(); i++) {
        customers.add(
            new TaggedCustomer(
                plain.get(i).industry(),
                List.copyOf(base.tags(TagColumn.PAIN_POINTS, i)),
                plain.get(i).account()));
      }
      SegmentTallies want = tallyByPainPoint(base);
      SegmentTallies two =
          ColumnarMetrics.tallyParallel(
              base, Fixtures.WINDOW, Fixtures.POLICY, pool, 2, INDUSTRY_BY_PAIN_POINT);
      Map<List<String>, Tally> got = naiveByPainPoint(customers);
      int nonEmpty = 0;
      for (Map.Entry<List<String>, Tally> e : got.entrySet()) {
        if (!e.getValue().churn().equals(ChurnTally.empty())) {
          nonEmpty++;
        }
      }
      check(nonEmpty == want.nonEmptyCells().size(), "naive pain point cell count");
      for (int k : want.nonEmptyCells()) {
        List<String> key = want.values(k).stream().map(v -> v.orElse(Fixtures.UNKNOWN)).toList();
        Tally t = got.get(key);
        check(
            t != null && t.churn().equals(want.churn(k)) && t.mrr().equals(want.mrr(k)),
            "naive pain point cell " + key);
        check(
            two.churn(k).equals(want.churn(k)) && two.mrr(k).equals(want.mrr(k)),
            "two-thread pain point cell " + key);
      }
    }

    /** Stops the workers. */
    @TearDown(Level.Trial)
    public void tearDown() {
      pool.shutdownNow();
    }
  }

  /** A naive-path record with its pain point ids. */
  record TaggedCustomer(String industry, List<String> painPoints, Account account) {}

  static final SegmentColumn[] INDUSTRY_BY_PAIN_POINT = {
    CategoryColumn.INDUSTRY, TagColumn.PAIN_POINTS
  };

  static SegmentTallies tallyByPainPoint(CustomerBase base) {
    return ColumnarMetrics.tally(base, Fixtures.WINDOW, Fixtures.POLICY, INDUSTRY_BY_PAIN_POINT);
  }

  static SegmentTallies tally(CustomerBase base) {
    return ColumnarMetrics.tally(base, Fixtures.WINDOW, Fixtures.POLICY, Fixtures.SEGMENTS);
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("cross-check failed before timing: " + what);
    }
  }

  /** The kernel on the calling thread, rows in append order. */
  @Benchmark
  public SegmentTallies columnarScalar(Columnar s) {
    return tally(s.base);
  }

  /** The kernel on two threads, rows in append order. */
  @Benchmark
  public SegmentTallies columnarTwoThreads(Columnar s) {
    return ColumnarMetrics.tallyParallel(
        s.base, Fixtures.WINDOW, Fixtures.POLICY, s.pool, 2, Fixtures.SEGMENTS);
  }

  /** The kernel on the calling thread, rows grouped by segment at ingest. */
  @Benchmark
  public SegmentTallies columnarGroupedScalar(Columnar s) {
    return tally(s.grouped);
  }

  /** The kernel on two threads, rows grouped by segment at ingest. */
  @Benchmark
  public SegmentTallies columnarGroupedTwoThreads(Columnar s) {
    return ColumnarMetrics.tallyParallel(
        s.grouped, Fixtures.WINDOW, Fixtures.POLICY, s.pool, 2, Fixtures.SEGMENTS);
  }

  /** Industry x pain point, the kernel on the calling thread. */
  @Benchmark
  public SegmentTallies columnarScalarIndustryByPainPoint(Tags s) {
    return tallyByPainPoint(s.base);
  }

  /** Industry x pain point, the kernel on two threads. */
  @Benchmark
  public SegmentTallies columnarTwoThreadsIndustryByPainPoint(Tags s) {
    return ColumnarMetrics.tallyParallel(
        s.base, Fixtures.WINDOW, Fixtures.POLICY, s.pool, 2, INDUSTRY_BY_PAIN_POINT);
  }

  /** Industry x pain point, the naive path: every record {@code flatMap}ped to its cells. */
  @Benchmark
  public Map<List<String>, Tally> naiveStreamsIndustryByPainPoint(Tags s) {
    return naiveByPainPoint(s.customers);
  }

  /**
   * The vector kernel on the calling thread, rows grouped by segment at ingest; in a fork with
   * {@code --add-modules jdk.incubator.vector}, so that it compares with {@link
   * #columnarGroupedScalar} in the same run.
   */
  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {"-Xmx12g", "-Xms2g", "--add-modules=jdk.incubator.vector"})
  public SegmentTallies columnarGroupedVector(VectorColumnar s) {
    return tally(s.grouped);
  }

  /** The vector kernel on two threads, rows grouped by segment at ingest. */
  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {"-Xmx12g", "-Xms2g", "--add-modules=jdk.incubator.vector"})
  public SegmentTallies columnarGroupedVectorTwoThreads(VectorColumnar s) {
    return ColumnarMetrics.tallyParallel(
        s.grouped, Fixtures.WINDOW, Fixtures.POLICY, s.pool, 2, Fixtures.SEGMENTS);
  }

  /** The naive path: records, a stream {@code groupingBy}, the record calculators per account. */
  @Benchmark
  public Map<List<String>, Tally> naiveStreams(Records s) {
    return naive(s.customers);
  }

  /** DuckDB on two threads: the query and reading its few result rows; the load is not timed. */
  @Benchmark
  public long[] duckDb(Duck s) throws SQLException {
    return query(s);
  }

  /** The tallies of one segment in the naive path. */
  record Tally(ChurnTally churn, MrrMovements mrr) {
    static final Tally EMPTY =
        new Tally(ChurnTally.empty(), MrrMovements.empty(Currency.getInstance("USD")));

    Tally plus(Tally o) {
      return new Tally(churn.plus(o.churn), mrr.plus(o.mrr));
    }
  }

  static Map<List<String>, Tally> naive(List<Customer> customers) {
    return customers.stream()
        .collect(
            Collectors.groupingBy(
                c -> List.of(c.industry(), c.sizeBand()),
                Collectors.reducing(
                    Tally.EMPTY,
                    c ->
                        new Tally(
                            ChurnTally.of(
                                c.account().lifecycle(), Fixtures.WINDOW, Fixtures.POLICY),
                            MrrMovements.of(c.account(), Fixtures.WINDOW)),
                    Tally::plus)));
  }

  static Map<List<String>, Tally> naiveByPainPoint(List<TaggedCustomer> customers) {
    return customers.stream()
        .flatMap(
            c ->
                (c.painPoints().isEmpty() ? List.of(Fixtures.UNKNOWN) : c.painPoints())
                    .stream().map(p -> Map.entry(List.of(c.industry(), p), c)))
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey,
                Collectors.reducing(
                    Tally.EMPTY,
                    e ->
                        new Tally(
                            ChurnTally.of(
                                e.getValue().account().lifecycle(),
                                Fixtures.WINDOW,
                                Fixtures.POLICY),
                            MrrMovements.of(e.getValue().account(), Fixtures.WINDOW)),
                    Tally::plus)));
  }

  static long[] query(Duck s) throws SQLException {
    long[] out = new long[s.cells * Fixtures.SQL_FIELDS];
    try (Statement st = s.connection.createStatement();
        ResultSet rs = st.executeQuery(s.sql)) {
      while (rs.next()) {
        int cell = rs.getInt(1);
        boolean start = rs.getBoolean(2);
        boolean end = rs.getBoolean(3);
        boolean isNew = rs.getBoolean(4);
        boolean churned = rs.getBoolean(5);
        long n = rs.getLong(6);
        int o = cell * Fixtures.SQL_FIELDS;
        if (start) {
          out[o] += n;
          if (churned) {
            out[o + 2] += n;
          }
        } else if (isNew) {
          out[o + 1] += n;
          if (churned) {
            out[o + 3] += n;
          }
        }
        if (end) {
          out[o + 4] += n;
        }
        out[o + 5] += rs.getLong(7);
        out[o + 6] += rs.getLong(8);
        out[o + 7] += rs.getLong(9);
      }
    }
    return out;
  }
}
