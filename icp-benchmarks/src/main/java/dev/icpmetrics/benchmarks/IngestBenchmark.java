package dev.icpmetrics.benchmarks;

import dev.icpmetrics.columnar.CategoryColumn;
import dev.icpmetrics.columnar.CustomerBase;
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
 * Building a base from raw columns: primitive arrays (category codes, employees, acquired days,
 * lifecycle days, MRR changes) appended row by row through the raw builder path, then {@code
 * build()}; in append order and grouped by industry x size band.
 *
 * <p>Run: {@code java -jar icp-benchmarks/target/benchmarks.jar IngestBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx12g", "-Xms4g"})
public class IngestBenchmark {
  @Param({"10000", "1000000", "10000000"})
  int size;

  int[] industry;
  int[] band;
  int[] country;
  int[] channel;
  long[] employees;
  int[] acquired;
  int[] lifeOffsets;
  int[] lifeDays;
  int[] mrrOffsets;
  int[] mrrDays;
  long[] mrrMinor;
  CustomerBase source;

  /** Extracts the raw columns of a generated base. */
  @Setup(Level.Trial)
  public void setUp() {
    source = Fixtures.base(size);
    industry = new int[size];
    band = new int[size];
    country = new int[size];
    channel = new int[size];
    employees = new long[size];
    acquired = new int[size];
    lifeOffsets = new int[size + 1];
    mrrOffsets = new int[size + 1];
    int events = 0;
    int changes = 0;
    for (int i = 0; i < size; i++) {
      events += source.lifecycleEventCount(i);
      changes += source.mrrChangeCount(i);
    }
    lifeDays = new int[events];
    mrrDays = new int[changes];
    mrrMinor = new long[changes];
    for (int i = 0, e = 0, m = 0; i < size; i++) {
      industry[i] = source.code(CategoryColumn.INDUSTRY, i).orElse(-1);
      band[i] = source.code(CategoryColumn.SIZE_BAND, i).orElse(-1);
      country[i] = source.code(CategoryColumn.COUNTRY, i).orElse(-1);
      channel[i] = source.code(CategoryColumn.CHANNEL, i).orElseThrow();
      employees[i] = source.employees(i).orElse(-1);
      acquired[i] = source.acquiredDay(i);
      for (int k = 0; k < source.lifecycleEventCount(i); k++) {
        lifeDays[e++] = source.lifecycleEventDay(i, k);
      }
      lifeOffsets[i + 1] = e;
      for (int k = 0; k < source.mrrChangeCount(i); k++) {
        mrrDays[m] = source.mrrChangeDay(i, k);
        mrrMinor[m++] = source.mrrChangeMinor(i, k);
      }
      mrrOffsets[i + 1] = m;
    }
  }

  CustomerBase build(CustomerBase.Builder b) {
    for (String v : source.dictionary(CategoryColumn.INDUSTRY)) {
      b.code(CategoryColumn.INDUSTRY, v);
    }
    for (String v : source.dictionary(CategoryColumn.COUNTRY)) {
      b.code(CategoryColumn.COUNTRY, v);
    }
    for (String v : source.dictionary(CategoryColumn.CHANNEL)) {
      b.code(CategoryColumn.CHANNEL, v);
    }
    for (int i = 0; i < size; i++) {
      b.beginRow(acquired[i]);
      if (industry[i] >= 0) {
        b.category(CategoryColumn.INDUSTRY, industry[i]);
      }
      if (band[i] >= 0) {
        b.category(CategoryColumn.SIZE_BAND, band[i]);
      }
      if (country[i] >= 0) {
        b.category(CategoryColumn.COUNTRY, country[i]);
      }
      b.category(CategoryColumn.CHANNEL, channel[i]);
      if (employees[i] >= 0) {
        b.employees(employees[i]);
      }
      for (int k = lifeOffsets[i]; k < lifeOffsets[i + 1]; k++) {
        if ((k - lifeOffsets[i]) % 2 == 0) {
          b.churn(lifeDays[k]);
        } else {
          b.reactivation(lifeDays[k]);
        }
      }
      for (int k = mrrOffsets[i]; k < mrrOffsets[i + 1]; k++) {
        b.mrr(mrrDays[k], mrrMinor[k]);
      }
      b.endRow();
    }
    return b.build();
  }

  /** Appends every row and builds, in append order. */
  @Benchmark
  public CustomerBase rawColumns() {
    return build(CustomerBase.builder("USD").expectedRows(size));
  }

  /** Appends every row and builds grouped by industry x size band. */
  @Benchmark
  public CustomerBase rawColumnsGrouped() {
    return build(CustomerBase.builder("USD").expectedRows(size).groupBy(Fixtures.SEGMENTS));
  }
}
