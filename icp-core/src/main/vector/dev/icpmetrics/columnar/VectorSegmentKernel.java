package dev.icpmetrics.columnar;

import dev.icpmetrics.metrics.Window;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The per-segment kernel on the incubating Vector API: the same tallies as {@link SegmentKernel},
 * {@code LANES} rows at a time, where {@code LANES} is the number of {@code long} lanes of the
 * preferred vector shape (8 with AVX-512, 4 with AVX2).
 *
 * <p>Vectorised: the rows of one cell at a time, that is every layout where all rows of a range
 * share the cell (the base grouped by exactly the tallied columns, and no columns at all). Per
 * block of {@code LANES} rows it loads the acquired days and the lifecycle and MRR offsets
 * contiguously, gathers the first lifecycle day with the offsets themselves as the index map,
 * gathers the {@code j}-th MRR change of every row for {@code j} below the block's largest change
 * count, and classifies the single-spell rows (at most one lifecycle event) with lane masks. The
 * class histogram becomes mask popcounts ({@code start = count(sAct)}, {@code churnedFromStart =
 * count(sAct & churned)}, ...) and the exposure and MRR movements become {@code long} lane sums,
 * both added once per cell ({@link SegmentKernel#addSingleSpellTotals}). Rows with a reactivation
 * (two or more lifecycle events), the block at the end of the arrays where an unmasked gather would
 * read past them, and the tail of a cell shorter than a block go through {@link SegmentKernel#row};
 * rows acquired in the window are classified in lanes and added to the acquisition tally one by
 * one.
 *
 * <p>Not vectorised: the base in append order with columns (each row has its own cell, so lanes
 * would scatter into conflicting counters: it runs the scalar loop), and any base whose MRR sums
 * could overflow a {@code long} ({@code exact}: every add is checked, scalar).
 *
 * <p>Uses only methods present in the JDK 17 incubator and still present in JDK 25; only unmasked
 * gathers (masked gathers are not intrinsified on JDK 17).
 */
final class VectorSegmentKernel extends SegmentKernel {
  private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
  private static final int LANES = LONGS.length();
  private static final VectorSpecies<Integer> INTS =
      VectorSpecies.of(int.class, VectorShape.forBitSize(LONGS.vectorBitSize() / 2));

  static {
    if (LANES < 2 || INTS.length() != LANES) {
      throw new UnsupportedOperationException(
          "vector kernel needs at least 2 long lanes, got " + LONGS);
    }
  }

  private final long[] counts = new long[7];
  private final long[] sums = new long[8];

  VectorSegmentKernel(CustomerBase base, Layout layout, Window window, int reactivationWindowDays) {
    super(base, layout, window, reactivationWindowDays);
  }

  /** Called by {@code Kernels} by reflection. */
  static SegmentKernel.Factory factory() {
    return VectorSegmentKernel::new;
  }

  /** Called by {@code Kernels} by reflection. */
  static String describe() {
    return "vector (" + LONGS.vectorBitSize() + "-bit, " + LANES + " long lanes)";
  }

  @Override
  void run(int lo, int hi) {
    if (exact || (!layout.grouped && !layout.columns.isEmpty())) {
      super.run(lo, hi);
      return;
    }
    if (!layout.grouped) {
      runCell(lo, hi, 0);
      return;
    }
    int[] offsets = base.rawSegmentOffsets();
    int cell = upperBound(offsets, lo) - 1;
    for (; cell < layout.cells && offsets[cell] < hi; cell++) {
      int a = Math.max(lo, offsets[cell]);
      int b = Math.min(hi, offsets[cell + 1]);
      if (a < b) {
        runCell(a, b, cell);
      }
    }
  }

  /** Adds rows {@code [a, b)}, all of cell {@code cell}. */
  private void runCell(int a, int b, int cell) {
    int[] acquired = this.acquired;
    int[] lifeOffsets = this.lifeOffsets;
    int[] lifeDays = this.lifeDays;
    int[] mrrOffsets = this.mrrOffsets;
    int[] mrrDays = this.mrrDays;
    long[] mrrMinor = this.mrrMinor;
    int from = this.from;
    int to = this.to;
    int lifeLength = lifeDays.length;
    int mrrLength = mrrDays.length;
    IntVector never = IntVector.broadcast(INTS, Integer.MAX_VALUE);
    IntVector zeroI = IntVector.zero(INTS);
    LongVector zero = LongVector.zero(LONGS);
    long start = 0;
    long churnedFromStart = 0;
    long fresh = 0;
    long churnedFromNew = 0;
    long end = 0;
    long payingAtStart = 0;
    long payingAtEnd = 0;
    LongVector exposure = zero;
    LongVector joinedAndChurned = zero;
    LongVector mrrStart = zero;
    LongVector mrrEnd = zero;
    LongVector retained = zero;
    LongVector churn = zero;
    LongVector reactivation = zero;
    LongVector added = zero;
    int r = a;
    for (; r + LANES <= b; r += LANES) {
      IntVector l0 = IntVector.fromArray(INTS, lifeOffsets, r);
      IntVector events = IntVector.fromArray(INTS, lifeOffsets, r + 1).sub(l0);
      IntVector m0 = IntVector.fromArray(INTS, mrrOffsets, r);
      IntVector changes = IntVector.fromArray(INTS, mrrOffsets, r + 1).sub(m0);
      int maxChanges = changes.reduceLanes(VectorOperators.MAX);
      // The offsets grow with the row, so the last lane's index bounds every lane's.
      int last = r + LANES - 1;
      if (lifeOffsets[last] >= lifeLength
          || (maxChanges > 0 && mrrOffsets[last] + maxChanges - 1 >= mrrLength)) {
        for (int i = r; i < r + LANES; i++) {
          row(i, cell);
        }
        continue;
      }
      IntVector acq = IntVector.fromArray(INTS, acquired, r);
      VectorMask<Integer> single = events.compare(VectorOperators.LE, 1);
      VectorMask<Integer> churnedOnce = events.compare(VectorOperators.EQ, 1);
      IntVector c =
          never.blend(IntVector.fromArray(INTS, lifeDays, 0, lifeOffsets, r), churnedOnce);
      VectorMask<Integer> beforeFrom = acq.compare(VectorOperators.LT, from);
      VectorMask<Integer> sAct = beforeFrom.and(c.compare(VectorOperators.GE, from)).and(single);
      VectorMask<Integer> eAct =
          acq.compare(VectorOperators.LT, to).and(c.compare(VectorOperators.GE, to)).and(single);
      VectorMask<Integer> isNew =
          beforeFrom.not().and(acq.compare(VectorOperators.LT, to)).and(single);
      VectorMask<Integer> churned =
          c.compare(VectorOperators.GE, from).and(c.compare(VectorOperators.LT, to)).and(single);
      // Exposure min(c, to) - max(a, from) when positive: then it is at most to - from, no
      // overflow.
      IntVector upper = c.min(to);
      IntVector lower = acq.max(from);
      IntVector days =
          zeroI.blend(upper.sub(lower), upper.compare(VectorOperators.GT, lower).and(single));

      long general = single.not().toLong();
      while (general != 0) {
        row(r + Long.numberOfTrailingZeros(general), cell);
        general &= general - 1;
      }
      long newRows = isNew.toLong();
      while (newRows != 0) {
        int i = r + Long.numberOfTrailingZeros(newRows);
        newCustomer(i, acquired[i], cell);
        newRows &= newRows - 1;
      }

      // MRR at the start (day from - 1) and at the end (day to - 1), zero while not subscribed.
      LongVector s = zero;
      LongVector e = zero;
      VectorMask<Long> paid = LONGS.maskAll(false);
      for (int j = 0; j < maxChanges; j++) {
        VectorMask<Integer> has = changes.compare(VectorOperators.GT, j);
        IntVector d = IntVector.fromArray(INTS, mrrDays, j, mrrOffsets, r);
        LongVector v = LongVector.fromArray(LONGS, mrrMinor, j, mrrOffsets, r);
        VectorMask<Long> atStart = has.and(d.compare(VectorOperators.LT, from)).cast(LONGS);
        VectorMask<Long> atEnd = has.and(d.compare(VectorOperators.LT, to)).cast(LONGS);
        s = s.blend(v, atStart);
        e = e.blend(v, atEnd);
        paid = paid.or(atStart.and(v.compare(VectorOperators.NE, 0)));
      }
      VectorMask<Long> sActL = sAct.cast(LONGS);
      VectorMask<Long> churnedL = churned.cast(LONGS);
      s = zero.blend(s, sActL);
      e = zero.blend(e, eAct.cast(LONGS));
      VectorMask<Long> sPos = s.compare(VectorOperators.GT, 0);
      VectorMask<Long> ePos = e.compare(VectorOperators.GT, 0);
      // As MrrMovements classifies: paying at the start and churned in the window is churn of the
      // start MRR and, if it pays again at the end, reactivation of the end MRR; retained nothing.
      VectorMask<Long> cut = sPos.and(churnedL);
      LongVector gained = zero.blend(e, cut.or(s.compare(VectorOperators.EQ, 0)));
      mrrStart = mrrStart.add(s);
      mrrEnd = mrrEnd.add(e);
      retained = retained.add(s.min(e).blend(0, cut));
      churn = churn.add(zero.blend(s, cut.or(e.compare(VectorOperators.EQ, 0))));
      reactivation = reactivation.add(zero.blend(gained, paid));
      added = added.add(gained.blend(0, paid));

      LongVector daysL = (LongVector) days.convertShape(VectorOperators.I2L, LONGS, 0);
      exposure = exposure.add(daysL);
      joinedAndChurned = joinedAndChurned.add(zero.blend(daysL, isNew.and(churned).cast(LONGS)));
      start += sAct.trueCount();
      churnedFromStart += sAct.and(churned).trueCount();
      fresh += isNew.trueCount();
      churnedFromNew += isNew.and(churned).trueCount();
      end += eAct.trueCount();
      payingAtStart += sPos.trueCount();
      payingAtEnd += ePos.trueCount();
    }
    for (; r < b; r++) {
      row(r, cell);
    }
    counts[0] = start;
    counts[1] = churnedFromStart;
    counts[2] = fresh;
    counts[3] = churnedFromNew;
    counts[4] = end;
    counts[5] = payingAtStart;
    counts[6] = payingAtEnd;
    sums[0] = exposure.reduceLanes(VectorOperators.ADD);
    sums[1] = joinedAndChurned.reduceLanes(VectorOperators.ADD);
    sums[2] = mrrStart.reduceLanes(VectorOperators.ADD);
    sums[3] = mrrEnd.reduceLanes(VectorOperators.ADD);
    sums[4] = retained.reduceLanes(VectorOperators.ADD);
    sums[5] = churn.reduceLanes(VectorOperators.ADD);
    sums[6] = reactivation.reduceLanes(VectorOperators.ADD);
    sums[7] = added.reduceLanes(VectorOperators.ADD);
    addSingleSpellTotals(cell, counts, sums);
  }
}
