package dev.icpmetrics.benchmarks;

import dev.icpmetrics.model.Money;
import java.util.SplittableRandom;
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
 * Proves the benchmark wiring: sums an MRR ledger with exact {@link Money} arithmetic, next to the
 * same sum over raw {@code long} minor units, the baseline in the same run.
 *
 * <p>Run: {@code java -jar icp-benchmarks/target/benchmarks.jar MoneyBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MoneyBenchmark {

  @Param({"10000"})
  int size;

  Money[] amounts;
  long[] minor;

  /** Builds the ledger from a fixed seed. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261124L);
    amounts = new Money[size];
    minor = new long[size];
    for (int i = 0; i < size; i++) {
      minor[i] = random.nextLong(0, 1_000_000);
      amounts[i] = Money.ofMinor("USD", minor[i]);
    }
  }

  /** Sums with {@link Money#plus}: overflow- and currency-checked. */
  @Benchmark
  public Money moneyPlus() {
    Money total = Money.ofMinor("USD", 0);
    for (Money m : amounts) {
      total = total.plus(m);
    }
    return total;
  }

  /** Baseline: the same sum over raw minor units with {@link Math#addExact}. */
  @Benchmark
  public long rawMinorUnits() {
    long total = 0;
    for (long m : minor) {
      total = Math.addExact(total, m);
    }
    return total;
  }
}
