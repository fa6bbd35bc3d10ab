package dev.icpmetrics.benchmarks;

import dev.icpmetrics.columnar.BulkScores;
import dev.icpmetrics.columnar.ColumnarFit;
import dev.icpmetrics.columnar.CustomerBase;
import dev.icpmetrics.columnar.SyntheticBase;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Seniority;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.scoring.Score;
import dev.icpmetrics.scoring.ScoringStrategy;
import dev.icpmetrics.scoring.Tier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Bulk weighted-fit scoring of a whole base (industry, size, country, tech stack, seniority, pain
 * points) into a float per account and counts per tier: {@link ColumnarFit} on one and two threads,
 * next to the record path, {@code strategy.score(account)} over full {@link Account} records in a
 * stream with {@code groupingBy} on the tier. The tier counts are cross-checked in {@code @Setup}.
 * The record path needs about 2 KB of heap per account, so run it at 10k and 1M only.
 *
 * <p>Run: {@code java -jar icp-benchmarks/target/benchmarks.jar 'BulkScoringBenchmark.columnar' -p
 * size=10000,1000000,10000000} and {@code java -jar icp-benchmarks/target/benchmarks.jar
 * BulkScoringBenchmark.records -p size=10000,1000000}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx12g", "-Xms2g"})
public class BulkScoringBenchmark {

  static final ColumnarFit FIT =
      ColumnarFit.builder()
          .industry(3, "5132", "541512")
          .size(2, "Mid-market")
          .country(1, "US", "GB", "DE")
          .techStack(1.5, "salesforce", "snowflake", "segment")
          .seniority(1, Seniority.VP)
          .painPoints(0.5, "Manual reporting", "Data silos")
          .build();

  /** The columnar base. */
  @State(Scope.Benchmark)
  public static class Columnar {
    @Param({"10000", "1000000", "10000000"})
    int size;

    CustomerBase base;
    ExecutorService pool;

    /** Builds the base. */
    @Setup(Level.Trial)
    public void setUp() {
      base = Fixtures.base(size);
      pool = Fixtures.twoThreads();
      SegmentMetricsBenchmark.check(
          FIT.score(base).tierCounts().equals(FIT.scoreParallel(base, pool, 2).tierCounts()),
          "parallel tier counts");
    }

    /** Stops the workers. */
    @TearDown(Level.Trial)
    public void tearDown() {
      pool.shutdownNow();
    }
  }

  /** The records and the equivalent record-path strategy. */
  @State(Scope.Benchmark)
  public static class Records {
    @Param({"10000", "1000000", "10000000"})
    int size;

    List<Account> accounts;
    ScoringStrategy<Account> strategy;

    /** Builds the records and checks the tier counts against the columnar ones. */
    @Setup(Level.Trial)
    public void setUp() {
      accounts = SyntheticBase.accounts(Fixtures.SEED, size);
      strategy = FIT.strategy(SizePolicy::guide);
      Map<Tier, Long> want = FIT.score(Fixtures.base(size)).tierCounts();
      Map<Optional<Tier>, Long> got = tierCounts(this);
      for (Tier t : Tier.values()) {
        SegmentMetricsBenchmark.check(
            want.get(t).equals(got.getOrDefault(Optional.of(t), 0L)), "tier " + t);
      }
    }
  }

  /** The columnar kernel on the calling thread. */
  @Benchmark
  public BulkScores columnarScalar(Columnar s) {
    return FIT.score(s.base);
  }

  /** The columnar kernel on two threads. */
  @Benchmark
  public BulkScores columnarTwoThreads(Columnar s) {
    return FIT.scoreParallel(s.base, s.pool, 2);
  }

  /** The record path: one {@code Score} per account, then a {@code groupingBy} on the tier. */
  @Benchmark
  public Map<Optional<Tier>, Long> records(Records s) {
    return tierCounts(s);
  }

  static Map<Optional<Tier>, Long> tierCounts(Records s) {
    return s.accounts.stream()
        .map(s.strategy::score)
        .collect(Collectors.groupingBy(Score::tier, Collectors.counting()));
  }
}
