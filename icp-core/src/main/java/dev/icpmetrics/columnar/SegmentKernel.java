package dev.icpmetrics.columnar;

import dev.icpmetrics.metrics.Window;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The scalar per-segment kernel: walks a row range of a {@link CustomerBase} once and adds every
 * row's churn classification and MRR movements into dense per-cell {@code long} accumulators.
 * Nothing is allocated per row; the cell ids of a block of rows are computed column by column into
 * a scratch buffer first.
 *
 * <p>One instance per task; {@link #merge} adds another task's accumulators. {@code
 * VectorSegmentKernel} (compiled from {@code src/main/vector} when the Vector API is present)
 * extends it and reuses {@link #row} for the rows it does not vectorise.
 */
class SegmentKernel {
  static final int BLOCK = 2048;

  // Per-cell accumulator layout.
  static final int START = 0;
  static final int NEW = 1;
  static final int CHURNED_FROM_START = 2;
  static final int CHURNED_FROM_NEW = 3;
  static final int CHURNED_FROM_START_REACTIVATED = 4;
  static final int CHURNED_FROM_NEW_REACTIVATED = 5;
  static final int REACTIVATED = 6;
  static final int END = 7;
  static final int EXPOSURE = 8;
  static final int JOINED_AND_CHURNED_EXPOSURE = 9;
  static final int MRR_START = 10;
  static final int MRR_NEW = 11;
  static final int MRR_EXPANSION = 12;
  static final int MRR_CONTRACTION = 13;
  static final int MRR_CHURN = 14;
  static final int MRR_REACTIVATION = 15;
  static final int MRR_END = 16;
  static final int MRR_RETAINED = 17;
  static final int MRR_START_CUSTOMERS = 18;
  static final int MRR_END_CUSTOMERS = 19;
  static final int STRIDE = 20;

  // The raw per-cell layout while walking: a histogram of 64 row classes (bits: active at the
  // start, active at the end, new, churned, paying at the start, paying at the end), then sums.
  private static final int CLASSES = 64;
  private static final int R_EXPOSURE = 64;
  private static final int R_JOINED_AND_CHURNED_EXPOSURE = 65;
  private static final int R_MRR_START = 66;
  private static final int R_MRR_END = 67;
  private static final int R_MRR_RETAINED = 68;
  private static final int R_MRR_CHURN = 69;
  private static final int R_MRR_REACTIVATION = 70;
  private static final int R_MRR_NEW = 71;
  private static final int R_CHURNED_FROM_START_REACTIVATED = 72;
  private static final int R_CHURNED_FROM_NEW_REACTIVATED = 73;
  private static final int R_REACTIVATED = 74;
  private static final int RAW = 75;

  final CustomerBase base;
  final Layout layout;
  final int from;
  final int to;
  private final int reactivationWindowDays;
  final int[] acquired;
  final int[] lifeOffsets;
  final int[] lifeDays;
  final int[] mrrOffsets;
  final int[] mrrDays;
  final long[] mrrMinor;
  private final Codes channels;
  private final long[] costMissing;
  private final int[] tagWordsPerRow;
  private final long[][] tagWords;

  /** The raw per-cell accumulators, {@code cells x RAW}; {@link #finish} derives {@code acc}. */
  private final long[] raw;

  /** The tallies per cell, {@code cells x STRIDE}, after {@link #finish}. */
  long[] acc = new long[0];

  private final int lastLifeDay;

  /**
   * Whether a sum could overflow: then every MRR sum is checked (and a vector kernel falls back to
   * {@link #row}).
   */
  final boolean exact;

  /** Per cell, month of the window and channel: new customers, with a direct cost, cost sum. */
  final long[] acquisitions;

  /**
   * The cell layout shared by every task of one run. Cells are numbered in mixed radix over {@link
   * #order}, the first column most significant; {@link #columns}, {@link #radix} and {@link
   * #multiplier} are the category columns of it (all of it without a tag column), {@link #tags},
   * {@link #tagRadix} and {@link #tagMultiplier} the tag columns. With a tag column the kernel
   * keeps {@link #kernelCells} {@code = cells + 1} cells, the last one, numbered {@code cells}, for
   * the whole base: tag cells overlap, so their sum is not the total.
   */
  static final class Layout {
    final List<SegmentColumn> order;
    final int[] orderRadix;
    final int[] orderMultiplier;
    final List<CategoryColumn> columns;
    final int[] radix;
    final int[] multiplier;
    final List<TagColumn> tags;
    final int[] tagRadix;
    final int[] tagMultiplier;
    final int cells;
    final int kernelCells;
    final YearMonth firstMonth;
    final int months;
    final int channels;
    final int[] monthOfDay;
    final boolean grouped;

    Layout(CustomerBase base, Window window, List<? extends SegmentColumn> order) {
      this.order = List.copyOf(order);
      orderRadix = new int[order.size()];
      orderMultiplier = new int[order.size()];
      List<CategoryColumn> categories = new ArrayList<>();
      List<TagColumn> tagColumns = new ArrayList<>();
      long product = 1;
      for (int i = order.size() - 1; i >= 0; i--) {
        SegmentColumn c = order.get(i);
        orderRadix[i] = base.valuesOf(c).size() + 1;
        orderMultiplier[i] = (int) Math.min(product, Integer.MAX_VALUE);
        product = Math.min(product * orderRadix[i], Long.MAX_VALUE / Integer.MAX_VALUE);
      }
      firstMonth = YearMonth.from(window.from());
      YearMonth last = YearMonth.from(window.to().minusDays(1));
      months = (int) (firstMonth.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
      channels = base.dictionary(CategoryColumn.CHANNEL).size();
      // Every kernel array (cells + 1 counters of RAW, or of months x channels x 3) must fit.
      long perCell = Math.max(RAW, 3L * months * Math.max(1, channels));
      long maxCells = (Integer.MAX_VALUE - 16) / perCell - 1;
      if (product > maxCells) {
        StringBuilder radices = new StringBuilder();
        for (int i = 0; i < order.size(); i++) {
          radices.append(i == 0 ? "" : " x ").append(order.get(i).columnName());
          radices.append(' ').append(orderRadix[i]);
        }
        throw new IllegalArgumentException(
            "columns must give at most "
                + maxCells
                + " cells (dictionary size + 1 per column, multiplied) for a window of "
                + months
                + " months, got "
                + product
                + ": "
                + radices);
      }
      int cells = (int) product;
      int[] cr = new int[order.size()];
      int[] cm = new int[order.size()];
      int[] tr = new int[order.size()];
      int[] tm = new int[order.size()];
      for (int i = 0; i < order.size(); i++) {
        SegmentColumn c = order.get(i);
        if (c instanceof TagColumn t) {
          tr[tagColumns.size()] = orderRadix[i];
          tm[tagColumns.size()] = orderMultiplier[i];
          tagColumns.add(t);
        } else {
          cr[categories.size()] = orderRadix[i];
          cm[categories.size()] = orderMultiplier[i];
          categories.add((CategoryColumn) c);
        }
      }
      this.columns = List.copyOf(categories);
      radix = Arrays.copyOf(cr, categories.size());
      multiplier = Arrays.copyOf(cm, categories.size());
      this.tags = List.copyOf(tagColumns);
      tagRadix = Arrays.copyOf(tr, tagColumns.size());
      tagMultiplier = Arrays.copyOf(tm, tagColumns.size());
      this.cells = cells;
      kernelCells = tags.isEmpty() ? cells : Math.addExact(cells, 1);
      int days = Math.toIntExact(window.lengthDays());
      monthOfDay = new int[days];
      for (int d = 0; d < days; d++) {
        monthOfDay[d] =
            (int)
                firstMonth.until(
                    YearMonth.from(window.from().plusDays(d)),
                    java.time.temporal.ChronoUnit.MONTHS);
      }
      grouped = tags.isEmpty() && !columns.isEmpty() && columns.equals(base.groupedBy());
    }

    int acquisitionSlots() {
      return Math.multiplyExact(Math.multiplyExact(kernelCells, months), channels * 3);
    }
  }

  SegmentKernel(CustomerBase base, Layout layout, Window window, int reactivationWindowDays) {
    this.base = base;
    this.layout = layout;
    this.from = Math.toIntExact(window.from().toEpochDay());
    this.to = Math.toIntExact(window.to().toEpochDay());
    this.reactivationWindowDays = reactivationWindowDays;
    acquired = base.acquiredDays();
    lifeOffsets = base.lifeOffsets();
    lifeDays = base.lifeDays().length == 0 ? new int[1] : base.lifeDays();
    lastLifeDay = lifeDays.length - 1;
    mrrOffsets = base.mrrOffsets();
    mrrDays = base.mrrDays();
    mrrMinor = base.mrrMinor();
    channels = base.codes(CategoryColumn.CHANNEL);
    costMissing = base.directCostMissing();
    tagWordsPerRow = new int[layout.tags.size()];
    tagWords = new long[layout.tags.size()][];
    for (int t = 0; t < tagWords.length; t++) {
      tagWordsPerRow[t] = base.tagWordsPerRow(layout.tags.get(t));
      tagWords[t] = base.tagWords(layout.tags.get(t));
    }
    raw = new long[Math.multiplyExact(layout.kernelCells, RAW)];
    // Every MRR sum is at most rows x the largest amount: when that fits a long, no add can
    // overflow and the plain adds are exact.
    exact = base.maxMrrMinor() > Long.MAX_VALUE / Math.max(1, base.rowCount());
    acquisitions = new long[layout.acquisitionSlots()];
  }

  /** The factory of a kernel implementation. */
  @FunctionalInterface
  interface Factory {
    SegmentKernel create(
        CustomerBase base, Layout layout, Window window, int reactivationWindowDays);
  }

  /** Adds rows {@code [lo, hi)}; {@code lo} is a multiple of 64. */
  void run(int lo, int hi) {
    if (!layout.tags.isEmpty()) {
      runTagged(lo, hi);
      return;
    }
    if (layout.grouped) {
      int[] offsets = base.rawSegmentOffsets();
      int cell = upperBound(offsets, lo) - 1;
      for (; cell < layout.cells && offsets[cell] < hi; cell++) {
        int a = Math.max(lo, offsets[cell]);
        int b = Math.min(hi, offsets[cell + 1]);
        for (int r = a; r < b; r++) {
          row(r, cell);
        }
      }
      return;
    }
    if (layout.columns.isEmpty()) {
      for (int r = lo; r < hi; r++) {
        row(r, 0);
      }
      return;
    }
    int[] cellOf = new int[BLOCK];
    for (int b = lo; b < hi; b += BLOCK) {
      int n = Math.min(BLOCK, hi - b);
      cells(b, n, cellOf);
      for (int j = 0; j < n; j++) {
        row(b + j, cellOf[j]);
      }
    }
  }

  /** The cell of rows {@code [b, b + n)} into {@code out}; {@code b} is a multiple of 64. */
  void cells(int b, int n, int[] out) {
    java.util.Arrays.fill(out, 0, n, 0);
    for (int i = 0; i < layout.columns.size(); i++) {
      CategoryColumn c = layout.columns.get(i);
      int m = layout.multiplier[i];
      base.codes(c).accumulate(b, n, m, out);
      long[] missing = base.missing(c);
      int unknown = m * (layout.radix[i] - 1);
      for (int w = b >>> 6, end = (b + n + 63) >>> 6; w < end; w++) {
        long word = missing[w];
        while (word != 0) {
          int j = (w << 6) + Long.numberOfTrailingZeros(word) - b;
          if (j < n) {
            out[j] += unknown; // a missing code is stored as 0
          }
          word &= word - 1;
        }
      }
    }
  }

  /**
   * Adds rows {@code [lo, hi)} of a layout with a tag column. A row is classified once, into the
   * whole-base cell {@code layout.cells}; what that added (read as the difference of its sums) is
   * then added to each of the row's cells: the product of its tags in every tag column (the unknown
   * code when it has none), offset by its category codes.
   */
  private void runTagged(int lo, int hi) {
    int total = layout.cells * RAW;
    long[] raw = this.raw;
    long[] before = new long[RAW - CLASSES];
    int[] cellOf = new int[BLOCK];
    for (int b = lo; b < hi; b += BLOCK) {
      int n = Math.min(BLOCK, hi - b);
      cells(b, n, cellOf);
      for (int j = 0; j < n; j++) {
        System.arraycopy(raw, total + CLASSES, before, 0, before.length);
        int r = b + j;
        int k = row(r, layout.cells);
        long nonZero = k;
        for (int i = 0; i < before.length; i++) {
          long d = raw[total + CLASSES + i] - before[i];
          before[i] = d;
          nonZero |= d;
        }
        if (nonZero != 0) {
          // A row neither active, new nor reactivated in the window adds only its class-0 count,
          // which no tally reads: skip it.
          tagCells(r, 0, cellOf[j], k, before);
        }
      }
    }
  }

  /** Adds a row's {@code delta} (sums from {@code CLASSES}) and class {@code k} to its cells. */
  private void tagCells(int r, int t, int cell, int k, long[] delta) {
    if (t == layout.tags.size()) {
      int o = cell * RAW;
      raw[o + k]++;
      for (int i = 0; i < delta.length; i++) {
        raw[o + CLASSES + i] =
            exact ? Math.addExact(raw[o + CLASSES + i], delta[i]) : raw[o + CLASSES + i] + delta[i];
      }
      if ((k & 4) != 0) {
        newCustomer(r, acquired[r], cell);
      }
      return;
    }
    int w = tagWordsPerRow[t];
    long[] words = tagWords[t];
    int m = layout.tagMultiplier[t];
    boolean any = false;
    for (int j = 0, at = r * w; j < w; j++) {
      long word = words[at + j];
      any |= word != 0;
      while (word != 0) {
        tagCells(r, t + 1, cell + ((j << 6) + Long.numberOfTrailingZeros(word)) * m, k, delta);
        word &= word - 1;
      }
    }
    if (!any) {
      tagCells(r, t + 1, cell + (layout.tagRadix[t] - 1) * m, k, delta);
    }
  }

  static int upperBound(int[] offsets, int row) {
    int lo = 0;
    int hi = offsets.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (offsets[mid] <= row) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Adds row {@code r} to {@code cell}; returns its class, the histogram slot it counted in. */
  // Non-short-circuit & on purpose: both sides are cheap and the result feeds a cmov, not a branch.
  @SuppressWarnings("ShortCircuitBoolean")
  final int row(int r, int cell) {
    int a = acquired[r];
    int l0 = lifeOffsets[r];
    int events = lifeOffsets[r + 1] - l0;
    int o = cell * RAW;
    long[] raw = this.raw;
    int sAct;
    int eAct;
    int isNew;
    int churned;
    long days;
    if (events <= 1) {
      // One spell [a, c): the common case, without branches on the classification.
      long first = lifeDays[Math.min(l0, lastLifeDay)];
      long never = (long) (events - 1) >> 63; // all ones without a churn: c is "never"
      long c = (first & ~never) | (Long.MAX_VALUE & never);
      sAct = a < from & c >= from ? 1 : 0;
      eAct = a < to & c >= to ? 1 : 0;
      isNew = a >= from & a < to ? 1 : 0;
      churned = c >= from & c < to ? 1 : 0;
      days = Math.max(0, Math.min(c, to) - Math.max(a, from));
    } else {
      long flags = general(a, l0, events, o);
      sAct = (int) (flags & 1);
      eAct = (int) ((flags >> 1) & 1);
      isNew = (int) ((flags >> 2) & 1);
      churned = (int) ((flags >> 3) & 1);
      days = flags >>> 4;
    }
    if (isNew != 0) {
      newCustomer(r, a, cell);
    }
    // MRR at the start (day from - 1) and at the end (day to - 1), zero while not subscribed.
    long s = 0;
    long e = 0;
    long paid = 0;
    for (int k = mrrOffsets[r], k1 = mrrOffsets[r + 1]; k < k1; k++) {
      int d = mrrDays[k];
      long v = mrrMinor[k];
      s = d < from ? v : s;
      paid |= d < from ? v : 0;
      e = d < to ? v : e;
    }
    s = sAct != 0 ? s : 0;
    e = eAct != 0 ? e : 0;
    int sPos = s > 0 ? 1 : 0;
    int ePos = e > 0 ? 1 : 0;
    int k = sAct | eAct << 1 | isNew << 2 | churned << 3 | sPos << 4 | ePos << 5;
    raw[o + k]++;
    raw[o + R_EXPOSURE] += days;
    raw[o + R_JOINED_AND_CHURNED_EXPOSURE] += (isNew & churned) * days;
    // As MrrMovements classifies: paying at the start and churned in the window is churn of the
    // start MRR and, if it pays again at the end, reactivation of the end MRR; retained nothing.
    boolean cut = (sPos & churned) != 0;
    long min = cut ? 0 : Math.min(s, e);
    long churn = cut || e == 0 ? s : 0;
    long fresh = cut || s == 0 ? e : 0;
    if (exact) {
      raw[o + R_MRR_START] = Math.addExact(raw[o + R_MRR_START], s);
      raw[o + R_MRR_END] = Math.addExact(raw[o + R_MRR_END], e);
      raw[o + R_MRR_RETAINED] = Math.addExact(raw[o + R_MRR_RETAINED], min);
      raw[o + R_MRR_CHURN] = Math.addExact(raw[o + R_MRR_CHURN], churn);
      int slot = o + (paid != 0 ? R_MRR_REACTIVATION : R_MRR_NEW);
      raw[slot] = Math.addExact(raw[slot], fresh);
      return k;
    }
    raw[o + R_MRR_START] += s;
    raw[o + R_MRR_END] += e;
    raw[o + R_MRR_RETAINED] += min;
    raw[o + R_MRR_CHURN] += churn;
    raw[o + (paid != 0 ? R_MRR_REACTIVATION : R_MRR_NEW)] += fresh;
    return k;
  }

  /**
   * Adds the totals of rows of one cell that a vector kernel classified as single-spell rows
   * ({@code events <= 1}), as {@link #row} would have added them one by one. The class histogram is
   * only ever read through {@link #finish}, which is linear in it: each count goes into one class
   * whose bits select exactly the tallies it feeds (class {@code sAct | churned} feeds start and
   * churned-from-start, class {@code sAct} start only, and so on).
   *
   * @param counts {@code start, churnedFromStart, new, churnedFromNew, end, paying at the start,
   *     paying at the end}
   * @param sums {@code exposure, joined-and-churned exposure, MRR start, end, retained, churn,
   *     reactivation, new}
   */
  final void addSingleSpellTotals(int cell, long[] counts, long[] sums) {
    int o = cell * RAW;
    raw[o + 1] += counts[0] - counts[1];
    raw[o + (1 | 8)] += counts[1];
    raw[o + 4] += counts[2] - counts[3];
    raw[o + (4 | 8)] += counts[3];
    raw[o + 2] += counts[4];
    raw[o + 16] += counts[5];
    raw[o + 32] += counts[6];
    raw[o + R_EXPOSURE] += sums[0];
    raw[o + R_JOINED_AND_CHURNED_EXPOSURE] += sums[1];
    raw[o + R_MRR_START] += sums[2];
    raw[o + R_MRR_END] += sums[3];
    raw[o + R_MRR_RETAINED] += sums[4];
    raw[o + R_MRR_CHURN] += sums[5];
    raw[o + R_MRR_REACTIVATION] += sums[6];
    raw[o + R_MRR_NEW] += sums[7];
  }

  /**
   * Derives the tallies of every cell from the raw accumulators: the counts from the class
   * histogram; contraction {@code = start - retained - churn} and expansion {@code = end - retained
   * - new - reactivation}, since per customer {@code s - min(s, e)} is its churn or contraction and
   * {@code e - min(s, e)} its new, reactivation or expansion MRR.
   */
  void finish() {
    acc = new long[Math.multiplyExact(layout.kernelCells, STRIDE)];
    for (int cell = 0; cell < layout.kernelCells; cell++) {
      int o = cell * RAW;
      int t = cell * STRIDE;
      for (int k = 0; k < CLASSES; k++) {
        long n = raw[o + k];
        if (n == 0) {
          continue;
        }
        boolean sAct = (k & 1) != 0;
        boolean eAct = (k & 2) != 0;
        boolean isNew = (k & 4) != 0;
        boolean churned = (k & 8) != 0;
        if (sAct) {
          acc[t + START] += n;
          if (churned) {
            acc[t + CHURNED_FROM_START] += n;
          }
        } else if (isNew) {
          acc[t + NEW] += n;
          if (churned) {
            acc[t + CHURNED_FROM_NEW] += n;
          }
        }
        if (eAct) {
          acc[t + END] += n;
        }
        if ((k & 16) != 0) {
          acc[t + MRR_START_CUSTOMERS] += n;
        }
        if ((k & 32) != 0) {
          acc[t + MRR_END_CUSTOMERS] += n;
        }
      }
      acc[t + CHURNED_FROM_START_REACTIVATED] = raw[o + R_CHURNED_FROM_START_REACTIVATED];
      acc[t + CHURNED_FROM_NEW_REACTIVATED] = raw[o + R_CHURNED_FROM_NEW_REACTIVATED];
      acc[t + REACTIVATED] = raw[o + R_REACTIVATED];
      acc[t + EXPOSURE] = raw[o + R_EXPOSURE];
      acc[t + JOINED_AND_CHURNED_EXPOSURE] = raw[o + R_JOINED_AND_CHURNED_EXPOSURE];
      long start = raw[o + R_MRR_START];
      long end = raw[o + R_MRR_END];
      long retained = raw[o + R_MRR_RETAINED];
      long churn = raw[o + R_MRR_CHURN];
      long reactivation = raw[o + R_MRR_REACTIVATION];
      long added = raw[o + R_MRR_NEW];
      acc[t + MRR_START] = start;
      acc[t + MRR_END] = end;
      acc[t + MRR_RETAINED] = retained;
      acc[t + MRR_CHURN] = churn;
      acc[t + MRR_REACTIVATION] = reactivation;
      acc[t + MRR_NEW] = added;
      acc[t + MRR_CONTRACTION] = Math.subtractExact(Math.subtractExact(start, retained), churn);
      acc[t + MRR_EXPANSION] =
          Math.subtractExact(
              Math.subtractExact(Math.subtractExact(end, retained), added), reactivation);
    }
  }

  final void newCustomer(int r, int a, int cell) {
    int month = layout.monthOfDay[a - from];
    int slot = ((cell * layout.months + month) * layout.channels + channels.get(r)) * 3;
    // Without a branch on the missing bit: a missing cost's slot holds 0.
    long withCost = ~costMissing[r >>> 6] >>> r & 1;
    acquisitions[slot]++;
    acquisitions[slot + 1] += withCost;
    acquisitions[slot + 2] = Math.addExact(acquisitions[slot + 2], base.rawDirectCost(r));
  }

  /**
   * A row with reactivations: the classification of {@code ChurnTally.Accumulator}, on the
   * lifecycle days {@code churn, reactivation, churn, ...}. Adds the reactivation counts; returns
   * the flags (bit 0 active at the start, 1 active at the end, 2 new, 3 churned) and the exposure
   * days shifted left by 4.
   */
  private long general(int a, int l0, int events, int o) {
    int churnCount = (events + 1) / 2;
    int reactivationCount = events / 2;
    long dayBefore = from - 1L;
    long lastDay = to - 1L;
    boolean activeAtStart = false;
    boolean activeAtEnd = false;
    long days = 0;
    for (int i = 0; i <= reactivationCount; i++) {
      long s = i == 0 ? a : lifeDays[l0 + 2 * i - 1];
      long e = i < churnCount ? lifeDays[l0 + 2 * i] : Long.MAX_VALUE;
      activeAtStart |= s <= dayBefore && dayBefore < e;
      activeAtEnd |= s <= lastDay && lastDay < e;
      long overlap = Math.min(e, to) - Math.max(s, from);
      if (overlap > 0) {
        days += overlap;
      }
    }
    boolean isNew = !activeAtStart && from <= a && a < to;
    int lastChurn = -1;
    for (int i = 0; i < churnCount; i++) {
      int c = lifeDays[l0 + 2 * i];
      if (from <= c && c < to) {
        lastChurn = i;
      }
    }
    boolean churned = lastChurn >= 0;
    boolean undone =
        churned
            && lastChurn < reactivationCount
            && (long) lifeDays[l0 + 2 * lastChurn + 1] - lifeDays[l0 + 2 * lastChurn]
                <= reactivationWindowDays;
    if (undone && activeAtStart) {
      raw[o + R_CHURNED_FROM_START_REACTIVATED]++;
    } else if (undone && isNew) {
      raw[o + R_CHURNED_FROM_NEW_REACTIVATED]++;
    }
    if (!activeAtStart && !isNew && a < from) {
      for (int i = 0; i < reactivationCount; i++) {
        int re = lifeDays[l0 + 2 * i + 1];
        if (from <= re && re < to) {
          raw[o + R_REACTIVATED]++;
          break;
        }
      }
    }
    return (activeAtStart ? 1 : 0)
        | (activeAtEnd ? 2 : 0)
        | (isNew ? 4 : 0)
        | (churned ? 8 : 0)
        | days << 4;
  }

  void merge(SegmentKernel other) {
    add(raw, other.raw);
    add(acquisitions, other.acquisitions);
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] = Math.addExact(into[i], from[i]);
    }
  }
}
