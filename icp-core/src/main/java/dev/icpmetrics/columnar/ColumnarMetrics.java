package dev.icpmetrics.columnar;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.metrics.ChurnPolicy;
import dev.icpmetrics.metrics.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Per-segment tallies of a {@link CustomerBase} in one pass over its arrays: the {@code
 * ChurnTally}, {@code MrrMovements} and {@code AcquisitionTally} of every cell of up to three
 * {@linkplain SegmentColumn columns}, equal to what the record path computes from the same accounts
 * ({@code Churn.tally}, {@code MrrMovements.of}, {@code AcquisitionTally.Builder.add}, cut into
 * cells as {@code Segmentation.cellsOf} does).
 *
 * <p><b>Cells.</b> A row belongs to the cell of its code in each {@link CategoryColumn}, the
 * unknown cell of the column where the value is missing. A {@link TagColumn} is multi-valued, like
 * {@code Dimension.painPoint()} and {@code Dimension.technology()}: a row counts in the cell of
 * each of its tags, and in the column's unknown cell when it has none; with two tag columns, in one
 * cell per pair of tags (the product). The cells then overlap and do not sum to the whole base; the
 * totals of {@link SegmentTallies} are still those of the whole base, each row counted once. For
 * example {@code tally(base, window, policy, CategoryColumn.INDUSTRY, TagColumn.PAIN_POINTS)} gives
 * industry x pain point; by {@code CHANNEL x PAIN_POINTS}, an account acquired through {@code
 * partner} with the pain points {@code Churn} and {@code Pricing} counts in the cells {@code
 * (partner, churn)} and {@code (partner, pricing)} (tag ids), one without a pain point in {@code
 * (partner, (unknown))}, and each once in the totals.
 *
 * <p>The kernel reads the acquired days, the lifecycle days and the MRR changes of every row, plus
 * the codes and missing bitmaps of the category columns unless the base is stored grouped by
 * exactly those columns ({@link CustomerBase.Builder#groupBy}), and the tag words of the tag
 * columns; the channel and direct cost only of the accounts acquired in the window. It allocates
 * nothing per row: every task adds into dense {@code long} arrays of {@code cells x 20} counters,
 * and the tasks' arrays are summed at the end. With a tag column a row is classified once and its
 * counts are added to each of its cells; the cost grows with the number of cells a row is in. A
 * base grouped by category columns is walked in row order for a tally with a tag column.
 *
 * <p>A row is one customer: the base does not store company ids, so the counts equal the record
 * path's under {@link ChurnPolicy.Grain#SUBSCRIPTION}, and under {@link ChurnPolicy.Grain#CUSTOMER}
 * when every company holds one account (as in {@link SyntheticBase}). The policy's reactivation
 * window classifies churns undone by a reactivation. Counts are exact; MRR sums are
 * overflow-checked.
 *
 * <p>With {@code --add-modules jdk.incubator.vector} on the JVM's command line, bases grouped by
 * exactly the tallied columns and tallies without columns run on a kernel on the incubating Vector
 * API, with the same results (on a grouped base about 2.6-2.9x the scalar kernel's speed on
 * AVX-512; BENCHMARKS.md); {@link #kernel()} says which kernel is in use, and {@code
 * -Dicpmetrics.vector=false} forces the scalar one.
 */
public final class ColumnarMetrics {
  /** The most columns a tally cuts cells by: 3, as {@code Segmentation}'s default. */
  private static final int MAX_COLUMNS = 3;

  private ColumnarMetrics() {}

  /**
   * Describes the per-segment kernel this JVM uses: {@code "scalar"}, or {@code "vector"} followed
   * by the vector width, such as {@code "vector (512-bit, 8 long lanes)"}.
   *
   * <p>The choice is made once, on first use: the vector kernel when the JVM runs with {@code
   * --add-modules jdk.incubator.vector}, the system property {@code icpmetrics.vector} is not
   * {@code false}, and the kernel passes a self-check against the scalar one; the scalar kernel
   * otherwise. It is logged once at INFO through SLF4J. Both kernels give the same tallies; the
   * vector one is used for bases grouped by exactly the tallied columns and for tallies without
   * columns (other layouts run the scalar loop).
   *
   * @return {@code "scalar"} or {@code "vector (<bits>-bit, <lanes> long lanes)"}
   */
  public static String kernel() {
    return Kernels.description();
  }

  /**
   * Tallies every cell of {@code columns} on the calling thread.
   *
   * @param base the base
   * @param window the window
   * @param policy the churn policy (its reactivation window is used)
   * @param columns 0 to 3 distinct category or tag columns, in cell order; none gives one cell, the
   *     whole base
   * @return the tallies
   * @throws IllegalArgumentException if there are more than 3 columns, two are the same, or their
   *     cells (the product of the dictionary sizes + 1) do not fit the kernel's arrays
   */
  public static SegmentTallies tally(
      CustomerBase base, Window window, ChurnPolicy policy, SegmentColumn... columns) {
    return tallyParallel(base, window, policy, Runnable::run, 1, columns);
  }

  /**
   * Tallies every cell of {@code columns} in parallel on the common {@link ForkJoinPool}, one task
   * per unit of its parallelism.
   *
   * @param base the base
   * @param window the window
   * @param policy the churn policy
   * @param columns 0 to 3 distinct category or tag columns
   * @return the tallies, equal to {@link #tally}'s
   * @throws IllegalArgumentException if there are more than 3 columns, two are the same, or their
   *     cells (the product of the dictionary sizes + 1) do not fit the kernel's arrays
   */
  public static SegmentTallies tallyParallel(
      CustomerBase base, Window window, ChurnPolicy policy, SegmentColumn... columns) {
    ForkJoinPool pool = ForkJoinPool.commonPool();
    return tallyParallel(base, window, policy, pool, pool.getParallelism(), columns);
  }

  /**
   * Tallies every cell of {@code columns} in {@code tasks} row ranges run on {@code executor}, then
   * merges the ranges' accumulators.
   *
   * @param base the base
   * @param window the window
   * @param policy the churn policy
   * @param executor runs the tasks
   * @param tasks the number of row ranges, {@code >= 1}
   * @param columns 0 to 3 distinct category or tag columns
   * @return the tallies, equal to {@link #tally}'s
   * @throws IllegalArgumentException if there are more than 3 columns, two are the same, or their
   *     cells (the product of the dictionary sizes + 1) do not fit the kernel's arrays
   */
  public static SegmentTallies tallyParallel(
      CustomerBase base,
      Window window,
      ChurnPolicy policy,
      Executor executor,
      int tasks,
      SegmentColumn... columns) {
    requireNonNull(base, "base");
    requireNonNull(window, "window");
    requireNonNull(policy, "policy");
    requireNonNull(executor, "executor");
    Checks.positive("tasks", tasks);
    List<SegmentColumn> cols = columns(columns);
    SegmentKernel.Layout layout = new SegmentKernel.Layout(base, window, cols);
    int rows = base.rowCount();
    int chunk = (int) (((long) rows + tasks - 1) / tasks);
    chunk = (chunk + 63) & ~63;
    List<CompletableFuture<SegmentKernel>> parts = new ArrayList<>();
    for (int lo = 0; lo < rows || parts.isEmpty(); lo += Math.max(chunk, 64)) {
      int a = lo;
      int b = (int) Math.min(rows, (long) lo + Math.max(chunk, 64));
      parts.add(
          CompletableFuture.supplyAsync(
              () -> {
                SegmentKernel k =
                    Kernels.segmentKernel(base, layout, window, policy.reactivationWindowDays());
                k.run(a, b);
                return k;
              },
              executor));
    }
    SegmentKernel total = join(parts.get(0));
    for (int i = 1; i < parts.size(); i++) {
      total.merge(join(parts.get(i)));
    }
    total.finish();
    return new SegmentTallies(base, layout, window, policy, total.acc, total.acquisitions);
  }

  /** The columns as a list, checked: no null, at most {@value #MAX_COLUMNS}, distinct. */
  private static List<SegmentColumn> columns(SegmentColumn[] columns) {
    requireNonNull(columns, "columns");
    for (int i = 0; i < columns.length; i++) {
      requireNonNull(columns[i], "columns[" + i + "]");
    }
    List<SegmentColumn> cols = List.of(columns);
    if (cols.size() > MAX_COLUMNS) {
      throw new IllegalArgumentException(
          "columns must be at most " + MAX_COLUMNS + ", got " + cols.size() + ": " + cols);
    }
    if (Set.copyOf(cols).size() != cols.size()) {
      throw new IllegalArgumentException("columns must be distinct, got " + cols);
    }
    return cols;
  }

  /** Waits for a task; a task's exception is rethrown as is. */
  static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
