package dev.icpmetrics.columnar;

import dev.icpmetrics.metrics.Window;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The per-segment kernel on the incubating Vector API: the same tallies as {@link SegmentKernel},
 * {@code LANES} rows at a time, where {@code LANES} is the number of {@code long} lanes of the
 * preferred vector shape (8 with AVX-512, 4 with AVX2). Selected by {@code Kernels}; see
 * docs/decisions/0007-vector-kernel.md for the design and the measurements.
 *
 * <p>Vectorised: the layouts where every row of a range shares one cell, that is the base grouped
 * by exactly the tallied columns, and tallies without columns. Per block of {@code LANES} rows it
 * loads the acquired days and the lifecycle and MRR offsets contiguously, gathers the first
 * lifecycle day and the MRR changes 0, 1 and 2 of every row with the offsets as the index map, and
 * classifies the single-spell rows (at most one lifecycle event, at most three MRR changes) with
 * lane masks. The class histogram becomes mask popcounts ({@code start = count(sAct)}, {@code
 * churnedFromStart = count(sAct & churned)}, ...) and the exposure and MRR movements become {@code
 * long} lane sums, both added once per cell ({@link SegmentKernel#addSingleSpellTotals}). A block
 * of the commonest shapes (every row one MRR change, or every row two, and no lifecycle event or
 * exactly one) takes a shorter path without gathers ({@link #classifyUniform}, {@link
 * #firstChange}, {@link #twoChanges}): a grouped base orders a cell's rows by shape (decision
 * 0008), so such rows are contiguous and so are their days and amounts. The other rows, the blocks
 * at the end of the arrays (where a gather could read past them) and the tail of a cell shorter
 * than a block go through {@link SegmentKernel#row}; rows acquired in the window are classified in
 * lanes, queued, and add their acquisitions one by one per cell.
 *
 * <p>Not vectorised (the scalar loop of {@link SegmentKernel#run}): the base in append order with
 * columns, where each row has its own cell and lanes would scatter into conflicting counters; and
 * any base whose MRR sums could overflow a {@code long} ({@code exact}: every add is checked).
 *
 * <p>Written for JDK 17's C2, which boxes vectors (and then runs slower than the scalar kernel)
 * when a method exceeds its node-count inlining cutoff, when a mask is cast between species, when a
 * branch chooses between two vectors, and in gathers with an index map: so a block is split in
 * {@link #classify} (or {@link #classifyUniform}), {@link #change} (or {@link #firstChange}) and
 * {@link #finishBlock}, everything runs in long lanes, a branch chooses the array a vector is
 * loaded from rather than the vector, and gathers are scalar loads before JDK 25. Uses only methods
 * present in the JDK 17 incubator and still present in JDK 25.
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

  /**
   * Whether to use the Vector API gathers: on JDK 25 (about 7% faster than scalar loads there), not
   * on JDK 17 (see {@link #gather(int[], int, int[], int)}).
   */
  static final boolean VECTOR_GATHER = Runtime.version().feature() >= 25;

  /** The most MRR changes of a row the vector path reads; rows with more go through row. */
  private static final int MAX_CHANGES = 3;

  /** Ints in twice the lanes of {@link #INTS}: the days of two MRR changes per row. */
  private static final VectorSpecies<Integer> PAIRS =
      VectorSpecies.of(int.class, VectorShape.forBitSize(LONGS.vectorBitSize()));

  /**
   * Of a vector of pairs, the firsts (the even lanes) and the seconds, repeated in both halves: the
   * lower half of a result from the first vector of pairs, the upper half from the second.
   */
  private static final VectorShuffle<Long> EVEN = VectorShuffle.fromOp(LONGS, i -> 2 * i % LANES);

  private static final VectorShuffle<Long> ODD =
      VectorShuffle.fromOp(LONGS, i -> (2 * i + 1) % LANES);

  /** Lane i holds i. */
  private static final int[] IOTA = iota();

  /** {@code Integer.MAX_VALUE} in every lane: the churn day of rows without one. */
  private static final int[] NEVER = never();

  /** Lane i holds {@code 1L << i}: blended with a mask and OR-reduced, the mask as bits. */
  private static final LongVector BITS = LongVector.fromArray(LONGS, laneBits(), 0);

  /** From classify to finishBlock: the rows of the block (bit i: row r + i) left to row. */
  private long generalLanes;

  /** From classify to finishBlock: the new rows of the block. */
  private long newLanes;

  /** New rows queued by finishBlock for {@link #addQueued}, and how many. */
  private final int[] newRows = new int[BLOCK];

  private int queued;

  private final int[] intScratch = new int[LANES];
  private final long[] longScratch = new long[LANES];
  private final long[] counts = new long[7];
  private final long[] sums = new long[8];

  /** The per-lane partial sums of {@link #sums}, {@code 8 x LANES}. */
  private final long[] lanes = new long[8 * LANES];

  /** The MRR at the start, at the end, and paid, from change to finishBlock. */
  private final long[] mrr = new long[3 * LANES];

  /** Active at the start, at the end, churned: lanes of 0 or -1, classify to finishBlock. */
  private final long[] masks = new long[3 * LANES];

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
    if (exact || !layout.tags.isEmpty() || (!layout.grouped && !layout.columns.isEmpty())) {
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

  /**
   * {@code a[offset + map[r + i]]} in lane {@code i}: the Vector API gather where it is an
   * intrinsic, otherwise scalar loads into a scratch array and one vector load. On JDK 17 the
   * gathers with an index map are not intrinsified (C2 does not fold the index species), so each
   * boxes its vectors and costs more than the scalar loads.
   */
  private IntVector gather(int[] a, int offset, int[] map, int r) {
    if (VECTOR_GATHER) {
      return IntVector.fromArray(INTS, a, offset, map, r);
    }
    int[] g = intScratch;
    for (int i = 0; i < LANES; i++) {
      g[i] = a[offset + map[r + i]];
    }
    return IntVector.fromArray(INTS, g, 0);
  }

  /**
   * {@code a[offset + map[r + i]]} in lane {@code i}, as {@link #gather(int[], int, int[], int)}.
   */
  private LongVector gather(long[] a, int offset, int[] map, int r) {
    if (VECTOR_GATHER) {
      return LongVector.fromArray(LONGS, a, offset, map, r);
    }
    long[] g = longScratch;
    for (int i = 0; i < LANES; i++) {
      g[i] = a[offset + map[r + i]];
    }
    return LongVector.fromArray(LONGS, g, 0);
  }

  private static int[] iota() {
    int[] iota = new int[LANES];
    for (int i = 0; i < LANES; i++) {
      iota[i] = i;
    }
    return iota;
  }

  private static int[] never() {
    int[] never = new int[LANES];
    java.util.Arrays.fill(never, Integer.MAX_VALUE);
    return never;
  }

  private static long[] laneBits() {
    long[] bits = new long[LANES];
    for (int i = 0; i < LANES; i++) {
      bits[i] = 1L << i;
    }
    return bits;
  }

  private static LongVector widen(IntVector v) {
    return (LongVector) v.convertShape(VectorOperators.I2L, LONGS, 0);
  }

  /** Adds the acquisitions of the queued new rows of {@code cell}, and empties the queue. */
  private void addQueued(int cell) {
    int[] queue = newRows;
    for (int k = 0, n = queued; k < n; k++) {
      int i = queue[k];
      newCustomer(i, acquired[i], cell);
    }
    queued = 0;
  }

  /** Adds rows {@code [a, b)}, all of cell {@code cell}. */
  private void runCell(int a, int b, int cell) {
    java.util.Arrays.fill(counts, 0);
    java.util.Arrays.fill(lanes, 0);
    int[] lifeOffsets = this.lifeOffsets;
    int[] mrrOffsets = this.mrrOffsets;
    int lifeLength = lifeDays.length;
    int mrrLength = mrrDays.length;
    int r = a;
    for (; r + LANES <= b; r += LANES) {
      // finishBlock queues up to LANES new rows.
      if (queued > newRows.length - LANES) {
        addQueued(cell);
      }
      // The offsets grow with the row, so the last lane's bounds every lane's gather index (the
      // first lifecycle day; the changes 0, 1 and 2 from the row's first).
      int last = r + LANES - 1;
      int uniform = uniformChanges(r);
      if (uniform != 0) {
        classifyUniform(r);
        if (uniform == 1) {
          firstChange(mrrOffsets[r]);
        } else {
          twoChanges(mrrOffsets[r]);
        }
        finishBlock(r, cell);
      } else if (lifeOffsets[last] < lifeLength && mrrOffsets[last] + MAX_CHANGES <= mrrLength) {
        int changes = classify(r);
        if (mrrOffsets[r + LANES] - mrrOffsets[r] == LANES && changes == 1) {
          firstChange(mrrOffsets[r]);
        } else {
          for (int j = 0; j < changes; j++) {
            change(r, j);
          }
        }
        finishBlock(r, cell);
      } else {
        for (int i = r; i <= last; i++) {
          row(i, cell);
        }
      }
    }
    addQueued(cell);
    for (; r < b; r++) {
      row(r, cell);
    }
    for (int k = 0; k < sums.length; k++) {
      sums[k] = LongVector.fromArray(LONGS, lanes, k * LANES).reduceLanes(VectorOperators.ADD);
    }
    addSingleSpellTotals(cell, counts, sums);
  }

  /*
   * A block of LANES rows is split in two methods, each too large to be inlined into the loop and
   * small enough for C2 to compile whole: in one larger method, JDK 17 hits its node-count inlining
   * cutoff, leaves vector operations as calls and boxes the vectors. They pass three masks through
   * the scratch array (as 0 / -1 lanes).
   */

  /**
   * Classifies the {@code LANES} rows from {@code r}: the counts of the single-spell rows into
   * {@link #counts}, their exposure into {@link #lanes}, the masks active at the start, active at
   * the end and churned into {@link #masks}, and which rows are new into {@link #newLanes} and
   * which {@link #row} must add into {@link #generalLanes}.
   */
  private int classify(int r) {
    int[] lifeOffsets = this.lifeOffsets;
    int[] mrrOffsets = this.mrrOffsets;
    int from = this.from;
    int to = this.to;
    LongVector zero = LongVector.zero(LONGS);
    IntVector l0 = IntVector.fromArray(INTS, lifeOffsets, r);
    LongVector ev = widen(IntVector.fromArray(INTS, lifeOffsets, r + 1).sub(l0));
    LongVector acq = widen(IntVector.fromArray(INTS, acquired, r));
    IntVector m0 = IntVector.fromArray(INTS, mrrOffsets, r);
    IntVector changes = IntVector.fromArray(INTS, mrrOffsets, r + 1).sub(m0);
    VectorMask<Long> single =
        ev.compare(VectorOperators.LE, 1)
            .and(widen(changes).compare(VectorOperators.LE, MAX_CHANGES));
    // The first lifecycle day of every row with one: contiguous when every row has one, none to
    // read when no row has one, else loaded lane by lane. One load from an array chosen here, as a
    // vector chosen by a branch would be boxed on JDK 17.
    VectorMask<Long> oneEvent = ev.compare(VectorOperators.EQ, 1);
    int span = lifeOffsets[r + LANES] - lifeOffsets[r];
    int[] source = intScratch;
    int at = 0;
    if (span == LANES && oneEvent.allTrue()) {
      source = lifeDays;
      at = lifeOffsets[r];
    } else if (span != 0) {
      for (int i = 0; i < LANES; i++) {
        source[i] = lifeDays[lifeOffsets[r + i]];
      }
    }
    LongVector c =
        LongVector.broadcast(LONGS, Long.MAX_VALUE)
            .blend(widen(IntVector.fromArray(INTS, source, at)), oneEvent);
    VectorMask<Long> beforeFrom = acq.compare(VectorOperators.LT, from);
    VectorMask<Long> sAct = beforeFrom.and(c.compare(VectorOperators.GE, from)).and(single);
    VectorMask<Long> eAct =
        acq.compare(VectorOperators.LT, to).and(c.compare(VectorOperators.GE, to)).and(single);
    VectorMask<Long> isNew = beforeFrom.not().and(acq.compare(VectorOperators.LT, to)).and(single);
    VectorMask<Long> churned =
        c.compare(VectorOperators.GE, from).and(c.compare(VectorOperators.LT, to)).and(single);
    LongVector upper = c.min(to);
    LongVector lower = acq.max(from);
    LongVector days =
        zero.blend(upper.sub(lower), upper.compare(VectorOperators.GT, lower).and(single));
    addClassified(sAct, eAct, isNew, churned, days);
    zero.intoArray(mrr, 0);
    zero.intoArray(mrr, LANES);
    zero.intoArray(mrr, 2 * LANES);

    // The lanes as bits (VectorMask.toLong is not an intrinsic on JDK 17; this OR reduction is).
    generalLanes = zero.blend(BITS, single.not()).reduceLanes(VectorOperators.OR);
    newLanes = zero.blend(BITS, isNew).reduceLanes(VectorOperators.OR);
    return Math.min(MAX_CHANGES, changes.reduceLanes(VectorOperators.MAX));
  }

  /**
   * Applies the MRR change {@code j} of the rows from {@code r} that have one to the MRR at the
   * start (day {@code from - 1}), at the end (day {@code to - 1}) and paid (the OR of the amounts
   * before the window, as the scalar kernel keeps it), kept in {@link #mrr} between the calls.
   * Lanes with fewer changes gather another row's change and ignore it.
   */
  private void change(int r, int j) {
    int[] mrrOffsets = this.mrrOffsets;
    long[] mrr = this.mrr;
    IntVector m0 = IntVector.fromArray(INTS, mrrOffsets, r);
    LongVector changes = widen(IntVector.fromArray(INTS, mrrOffsets, r + 1).sub(m0));
    VectorMask<Long> has = changes.compare(VectorOperators.GT, j);
    LongVector d = widen(gather(mrrDays, j, mrrOffsets, r));
    LongVector v = gather(mrrMinor, j, mrrOffsets, r);
    VectorMask<Long> atStart = has.and(d.compare(VectorOperators.LT, from));
    LongVector.fromArray(LONGS, mrr, 0).blend(v, atStart).intoArray(mrr, 0);
    LongVector.fromArray(LONGS, mrr, LANES)
        .blend(v, has.and(d.compare(VectorOperators.LT, to)))
        .intoArray(mrr, LANES);
    LongVector.fromArray(LONGS, mrr, 2 * LANES)
        .or(LongVector.zero(LONGS).blend(v, atStart))
        .intoArray(mrr, 2 * LANES);
  }

  /**
   * The MRR changes every one of the {@code LANES} rows from {@code r} has, 1 or 2, when they all
   * have that many and either all no lifecycle event or all exactly one; else 0.
   */
  private int uniformChanges(int r) {
    int[] lifeOffsets = this.lifeOffsets;
    int[] mrrOffsets = this.mrrOffsets;
    int m = mrrOffsets[r];
    int l = lifeOffsets[r];
    int span = lifeOffsets[r + LANES] - l;
    int changes = mrrOffsets[r + LANES] - m;
    if ((changes != LANES && changes != 2 * LANES) || (span != 0 && span != LANES)) {
      return 0;
    }
    // With k x LANES changes (events) in LANES rows, every row has k unless some row has fewer.
    IntVector iota = IntVector.fromArray(INTS, IOTA, 0);
    int k = changes / LANES;
    return IntVector.fromArray(INTS, mrrOffsets, r).eq(iota.mul(k).add(m)).allTrue()
            && (span == 0 || IntVector.fromArray(INTS, lifeOffsets, r).eq(iota.add(l)).allTrue())
        ? k
        : 0;
  }

  /**
   * {@link #classify} of a block that is {@link #uniformChanges uniform}: its first lifecycle days
   * are contiguous (or absent), so it needs no gather and leaves no row to {@link #row}.
   */
  private void classifyUniform(int r) {
    int l = lifeOffsets[r];
    int span = lifeOffsets[r + LANES] - l;
    int from = this.from;
    int to = this.to;
    // Integer.MAX_VALUE stands for "never churned": it is at least to, the window's end.
    LongVector c =
        widen(IntVector.fromArray(INTS, span == 0 ? NEVER : lifeDays, span == 0 ? 0 : l));
    LongVector acq = widen(IntVector.fromArray(INTS, acquired, r));
    VectorMask<Long> beforeFrom = acq.compare(VectorOperators.LT, from);
    VectorMask<Long> beforeTo = acq.compare(VectorOperators.LT, to);
    VectorMask<Long> churned =
        c.compare(VectorOperators.GE, from).and(c.compare(VectorOperators.LT, to));
    VectorMask<Long> sAct = beforeFrom.and(c.compare(VectorOperators.GE, from));
    VectorMask<Long> eAct = beforeTo.and(c.compare(VectorOperators.GE, to));
    VectorMask<Long> isNew = beforeFrom.not().and(beforeTo);
    LongVector zero = LongVector.zero(LONGS);
    LongVector days = c.min(to).sub(acq.max(from)).max(0);
    addClassified(sAct, eAct, isNew, churned, days);
    generalLanes = 0;
    newLanes = zero.blend(BITS, isNew).reduceLanes(VectorOperators.OR);
  }

  /**
   * Adds a classified block: the exposure (and that of rows new and churned in the window) to
   * {@link #lanes}, the counts to {@link #counts}, and keeps the masks active at the start, at the
   * end and churned in {@link #masks} for {@link #finishBlock}. Small enough to be inlined into
   * both callers, where its vectors stay in registers.
   */
  private void addClassified(
      VectorMask<Long> sAct,
      VectorMask<Long> eAct,
      VectorMask<Long> isNew,
      VectorMask<Long> churned,
      LongVector days) {
    LongVector zero = LongVector.zero(LONGS);
    long[] lanes = this.lanes;
    add(lanes, 0, days);
    add(lanes, 1, zero.blend(days, isNew.and(churned)));
    long[] counts = this.counts;
    counts[0] += sAct.trueCount();
    counts[1] += sAct.and(churned).trueCount();
    counts[2] += isNew.trueCount();
    counts[3] += isNew.and(churned).trueCount();
    counts[4] += eAct.trueCount();
    LongVector ones = LongVector.broadcast(LONGS, -1L);
    zero.blend(ones, sAct).intoArray(masks, 0);
    zero.blend(ones, eAct).intoArray(masks, LANES);
    zero.blend(ones, churned).intoArray(masks, 2 * LANES);
  }

  /**
   * {@link #change} of change 0 when every row from {@code r} has exactly one MRR change: the
   * changes are then contiguous from {@code at}, loaded without a gather.
   */
  private void firstChange(int at) {
    long[] mrr = this.mrr;
    LongVector d = widen(IntVector.fromArray(INTS, mrrDays, at));
    LongVector v = LongVector.fromArray(LONGS, mrrMinor, at);
    LongVector zero = LongVector.zero(LONGS);
    LongVector atStart = zero.blend(v, d.compare(VectorOperators.LT, from));
    atStart.intoArray(mrr, 0);
    zero.blend(v, d.compare(VectorOperators.LT, to)).intoArray(mrr, LANES);
    atStart.intoArray(mrr, 2 * LANES);
  }

  /**
   * {@link #change} of changes 0 and 1 when every row from {@code r} has exactly two MRR changes:
   * they are then contiguous from {@code at}, row {@code i}'s at {@code at + 2i} and {@code at + 2i
   * + 1}. The days are loaded as {@code 2 x LANES} ints and read as longs (the first of a pair in
   * the low half), the amounts as two vectors split into even and odd lanes.
   */
  private void twoChanges(int at) {
    long[] mrr = this.mrr;
    LongVector pairs = IntVector.fromArray(PAIRS, mrrDays, at).reinterpretAsLongs();
    LongVector d0 = pairs.lanewise(VectorOperators.LSHL, 32).lanewise(VectorOperators.ASHR, 32);
    LongVector d1 = pairs.lanewise(VectorOperators.ASHR, 32);
    LongVector low = LongVector.fromArray(LONGS, mrrMinor, at);
    LongVector high = LongVector.fromArray(LONGS, mrrMinor, at + LANES);
    // One-vector shuffles and a blend: the two-vector rearrange is not an intrinsic on JDK 17.
    VectorMask<Long> upper = BITS.compare(VectorOperators.GE, 1L << (LANES / 2));
    LongVector v0 = low.rearrange(EVEN).blend(high.rearrange(EVEN), upper);
    LongVector v1 = low.rearrange(ODD).blend(high.rearrange(ODD), upper);
    LongVector zero = LongVector.zero(LONGS);
    VectorMask<Long> second = d1.compare(VectorOperators.LT, from);
    LongVector first = zero.blend(v0, d0.compare(VectorOperators.LT, from));
    first.blend(v1, second).intoArray(mrr, 0);
    zero.blend(v0, d0.compare(VectorOperators.LT, to))
        .blend(v1, d1.compare(VectorOperators.LT, to))
        .intoArray(mrr, LANES);
    first.or(zero.blend(v1, second)).intoArray(mrr, 2 * LANES);
  }

  /**
   * Finishes a block after {@link #classify} and {@link #change}: adds the rows the vector path
   * leaves out (by {@link #row}), queues its new rows (their acquisitions are added by {@link
   * #addQueued}), then adds the MRR movements of its single-spell rows into {@link #lanes}.
   */
  private void finishBlock(int r, int cell) {
    long general = generalLanes;
    while (general != 0) {
      row(r + Long.numberOfTrailingZeros(general), cell);
      general &= general - 1;
    }
    // The new rows are queued without a branch per row and added in runCell's flush, where the
    // loop over them is predictable.
    long added = newLanes;
    int[] queue = newRows;
    int n = queued;
    for (int i = 0; i < LANES; i++) {
      queue[n] = r + i;
      n += (int) (added >>> i) & 1;
    }
    queued = n;
    long[] masks = this.masks;
    long[] mrr = this.mrr;
    LongVector zero = LongVector.zero(LONGS);
    LongVector s = LongVector.fromArray(LONGS, mrr, 0).and(LongVector.fromArray(LONGS, masks, 0));
    LongVector e =
        LongVector.fromArray(LONGS, mrr, LANES).and(LongVector.fromArray(LONGS, masks, LANES));
    VectorMask<Long> reactivating =
        LongVector.fromArray(LONGS, mrr, 2 * LANES).compare(VectorOperators.NE, 0);
    VectorMask<Long> churned =
        LongVector.fromArray(LONGS, masks, 2 * LANES).compare(VectorOperators.NE, 0);
    VectorMask<Long> sPos = s.compare(VectorOperators.GT, 0);
    VectorMask<Long> ePos = e.compare(VectorOperators.GT, 0);
    // As MrrMovements classifies: paying at the start and churned in the window is churn of the
    // start MRR and, if it pays again at the end, reactivation of the end MRR; retained nothing.
    VectorMask<Long> cut = sPos.and(churned);
    LongVector gained = zero.blend(e, cut.or(s.compare(VectorOperators.EQ, 0)));
    long[] lanes = this.lanes;
    add(lanes, 2, s);
    add(lanes, 3, e);
    add(lanes, 4, s.min(e).blend(0, cut));
    add(lanes, 5, zero.blend(s, cut.or(e.compare(VectorOperators.EQ, 0))));
    add(lanes, 6, zero.blend(gained, reactivating));
    add(lanes, 7, gained.blend(0, reactivating));
    counts[5] += sPos.trueCount();
    counts[6] += ePos.trueCount();
  }

  private static void add(long[] lanes, int sum, LongVector v) {
    int o = sum * LANES;
    LongVector.fromArray(LONGS, lanes, o).add(v).intoArray(lanes, o);
  }
}
