package dev.icpmetrics.benchmarks;

import dev.icpmetrics.benchmarks.Fixtures.Customer;
import dev.icpmetrics.columnar.ColumnarCohorts;
import dev.icpmetrics.columnar.CustomerBase;
import dev.icpmetrics.columnar.Tenures;
import dev.icpmetrics.metrics.CohortMatrix;
import dev.icpmetrics.metrics.Cohorts;
import dev.icpmetrics.metrics.KaplanMeier;
import dev.icpmetrics.metrics.Lifetime;
import dev.icpmetrics.metrics.ShiftedBetaGeometric;
import dev.icpmetrics.metrics.SurvivalCurve;
import dev.icpmetrics.metrics.TenureUnit;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Period;
import dev.icpmetrics.model.SubscriptionLifecycle;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Kaplan–Meier fit, sBG fit and the logo-retention cohort matrix of a whole base: from the columnar
 * arrays ({@link Tenures}, {@link ColumnarCohorts}), next to the record path a developer writes
 * (records mapped to {@link Lifetime}s in a stream, then {@link KaplanMeier#fit(List)}; to tenure
 * arrays, then {@code fitTenures}; {@link Cohorts#logoRetention} over the accounts). Results are
 * cross-checked in {@code @Setup}.
 *
 * <p>Run: {@code java -jar icp-benchmarks/target/benchmarks.jar SurvivalBenchmark -f 1 -wi 2 -i 3
 * -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx12g", "-Xms2g"})
public class SurvivalBenchmark {
  static final LocalDate AS_OF = Fixtures.AS_OF;

  /** The columnar base. */
  @State(Scope.Benchmark)
  public static class Columnar {
    @Param({"10000", "1000000", "10000000"})
    int size;

    CustomerBase base;

    /** Builds the base. */
    @Setup(Level.Trial)
    public void setUp() {
      base = Fixtures.base(size);
    }
  }

  /** The records, checked against the columnar results. */
  @State(Scope.Benchmark)
  public static class Records {
    @Param({"10000", "1000000", "10000000"})
    int size;

    List<Account> accounts;

    /** Builds the records and cross-checks every result. */
    @Setup(Level.Trial)
    public void setUp() {
      CustomerBase base = Fixtures.base(size);
      accounts = Fixtures.customers(base).stream().map(Customer::account).toList();
      SegmentMetricsBenchmark.check(
          kaplanMeier(accounts)
              .toString()
              .equals(Tenures.of(base, AS_OF, TenureUnit.DAYS).kaplanMeier().toString()),
          "Kaplan-Meier");
      SegmentMetricsBenchmark.check(
          shiftedBetaGeometric(accounts)
              .toString()
              .equals(Tenures.of(base, AS_OF, TenureUnit.MONTHS).shiftedBetaGeometric().toString()),
          "sBG");
      SegmentMetricsBenchmark.check(
          Cohorts.logoRetention(accounts, Period.MONTH, AS_OF, 24)
              .equals(ColumnarCohorts.logoRetention(base, Period.MONTH, AS_OF, 24)),
          "cohorts");
    }
  }

  static Lifetime lifetime(SubscriptionLifecycle l, TenureUnit unit) {
    return l.churns().isEmpty()
        ? Lifetime.active(l.acquired(), AS_OF, unit)
        : Lifetime.churned(l.acquired(), l.churns().get(0), AS_OF, unit);
  }

  static SurvivalCurve kaplanMeier(List<Account> accounts) {
    return KaplanMeier.fit(
        accounts.stream()
            .map(Account::lifecycle)
            .filter(l -> !l.acquired().isAfter(AS_OF))
            .map(l -> lifetime(l, TenureUnit.DAYS))
            .toList());
  }

  static ShiftedBetaGeometric.Fit shiftedBetaGeometric(List<Account> accounts) {
    List<Lifetime> l =
        accounts.stream()
            .map(Account::lifecycle)
            .filter(x -> !x.acquired().isAfter(AS_OF))
            .map(x -> lifetime(x, TenureUnit.MONTHS))
            .toList();
    int[] months = l.stream().mapToInt(x -> (int) x.time()).toArray();
    boolean[] churned = new boolean[l.size()];
    for (int i = 0; i < churned.length; i++) {
      churned[i] = l.get(i).event();
    }
    return ShiftedBetaGeometric.fitTenures(Period.MONTH, months, churned);
  }

  /** Kaplan–Meier from the columnar arrays, extraction included. */
  @Benchmark
  public SurvivalCurve kaplanMeierColumnar(Columnar s) {
    return Tenures.of(s.base, AS_OF, TenureUnit.DAYS).kaplanMeier();
  }

  /** Kaplan–Meier from records mapped to lifetimes in a stream. */
  @Benchmark
  public SurvivalCurve kaplanMeierRecords(Records s) {
    return kaplanMeier(s.accounts);
  }

  /** sBG fit from the columnar arrays, extraction included. */
  @Benchmark
  public ShiftedBetaGeometric.Fit sbgColumnar(Columnar s) {
    return Tenures.of(s.base, AS_OF, TenureUnit.MONTHS).shiftedBetaGeometric();
  }

  /** sBG fit from records mapped to tenures in a stream. */
  @Benchmark
  public ShiftedBetaGeometric.Fit sbgRecords(Records s) {
    return shiftedBetaGeometric(s.accounts);
  }

  /** The monthly logo-retention matrix (24 months) from the columnar arrays. */
  @Benchmark
  public CohortMatrix cohortsColumnar(Columnar s) {
    return ColumnarCohorts.logoRetention(s.base, Period.MONTH, AS_OF, 24);
  }

  /** The same matrix from the records with {@link Cohorts#logoRetention}. */
  @Benchmark
  public CohortMatrix cohortsRecords(Records s) {
    return Cohorts.logoRetention(s.accounts, Period.MONTH, AS_OF, 24);
  }
}
