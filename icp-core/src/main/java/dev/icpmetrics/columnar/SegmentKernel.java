package dev.icpmetrics.columnar;

import dev.icpmetrics.metrics.Window;
import java.time.YearMonth;
import java.util.List;

/**
 * The scalar per-segment kernel: walks a row range of a {@link CustomerBase} once and adds every
 * row's churn classification and MRR movements into dense per-cell {@code long} accumulators.
 * Nothing is allocated per row; the cell ids of a block of rows are computed column by column into
 * a scratch buffer first.
 *
 * <p>One instance per task; {@link #merge} adds another task's accumulators.
 */
final class SegmentKernel {
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

  private final CustomerBase base;
  private final Layout layout;
  private final int from;
  private final int to;
  private final int reactivationWindowDays;
  private final int[] acquired;
  private final int[] lifeOffsets;
  private final int[] lifeDays;
  private final int[] mrrOffsets;
  private final int[] mrrDays;
  private final long[] mrrMinor;
  private final Codes channels;
  private final long[] costMissing;
  final long[] acc;

  /** Per cell, month of the window and channel: new customers, with a direct cost, cost sum. */
  final long[] acquisitions;

  /** The cell layout shared by every task of one run. */
  static final class Layout {
    final List<CategoryColumn> columns;
    final int[] radix;
    final int[] multiplier;
    final int cells;
    final YearMonth firstMonth;
    final int months;
    final int channels;
    final int[] monthOfDay;
    final boolean grouped;

    Layout(CustomerBase base, Window window, List<CategoryColumn> columns) {
      this.columns = List.copyOf(columns);
      radix = new int[columns.size()];
      multiplier = new int[columns.size()];
      int cells = 1;
      for (int i = columns.size() - 1; i >= 0; i--) {
        radix[i] = base.dictionary(columns.get(i)).size() + 1;
        multiplier[i] = cells;
        cells = Math.multiplyExact(cells, radix[i]);
      }
      this.cells = cells;
      firstMonth = YearMonth.from(window.from());
      YearMonth last = YearMonth.from(window.to().minusDays(1));
      months = (int) (firstMonth.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
      channels = base.dictionary(CategoryColumn.CHANNEL).size();
      int days = Math.toIntExact(window.lengthDays());
      monthOfDay = new int[days];
      for (int d = 0; d < days; d++) {
        monthOfDay[d] =
            (int)
                firstMonth.until(
                    YearMonth.from(window.from().plusDays(d)),
                    java.time.temporal.ChronoUnit.MONTHS);
      }
      grouped = !columns.isEmpty() && columns.equals(base.groupedBy());
    }

    int acquisitionSlots() {
      return Math.multiplyExact(Math.multiplyExact(cells, months), channels * 3);
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
    lifeDays = base.lifeDays();
    mrrOffsets = base.mrrOffsets();
    mrrDays = base.mrrDays();
    mrrMinor = base.mrrMinor();
    channels = base.codes(CategoryColumn.CHANNEL);
    costMissing = base.directCostMissing();
    acc = new long[Math.multiplyExact(layout.cells, STRIDE)];
    acquisitions = new long[layout.acquisitionSlots()];
  }

  /** Adds rows {@code [lo, hi)}; {@code lo} is a multiple of 64. */
  void run(int lo, int hi) {
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

  private void row(int r, int cell) {
    int a = acquired[r];
    int l0 = lifeOffsets[r];
    int events = lifeOffsets[r + 1] - l0;
    int o = cell * STRIDE;
    long[] acc = this.acc;
    boolean activeAtStart;
    boolean activeAtEnd;
    if (events <= 1) {
      // One spell [a, c): the common case.
      long c = events == 0 ? Long.MAX_VALUE : lifeDays[l0];
      activeAtStart = a < from && c >= from;
      activeAtEnd = a < to && c >= to;
      long days = Math.min(c, to) - Math.max(a, from);
      if (days < 0) {
        days = 0;
      }
      boolean churned = events == 1 && c >= from && c < to;
      if (activeAtStart) {
        acc[o + START]++;
        if (churned) {
          acc[o + CHURNED_FROM_START]++;
        }
      } else if (a >= from && a < to) {
        acc[o + NEW]++;
        newCustomer(r, a, cell);
        if (churned) {
          acc[o + CHURNED_FROM_NEW]++;
          acc[o + JOINED_AND_CHURNED_EXPOSURE] += days;
        }
      }
      if (activeAtEnd) {
        acc[o + END]++;
      }
      acc[o + EXPOSURE] += days;
    } else {
      int flags = general(r, a, l0, events, o, cell);
      activeAtStart = (flags & 1) != 0;
      activeAtEnd = (flags & 2) != 0;
    }
    // MRR at the start (day from - 1) and at the end (day to - 1), zero while not subscribed.
    long s = 0;
    long e = 0;
    boolean paidBefore = false;
    for (int k = mrrOffsets[r], k1 = mrrOffsets[r + 1]; k < k1; k++) {
      int d = mrrDays[k];
      if (d >= to) {
        break;
      }
      long v = mrrMinor[k];
      if (d < from) {
        s = v;
        paidBefore |= v > 0;
      }
      e = v;
    }
    if (!activeAtStart) {
      s = 0;
    }
    if (!activeAtEnd) {
      e = 0;
    }
    acc[o + MRR_START] = Math.addExact(acc[o + MRR_START], s);
    acc[o + MRR_END] = Math.addExact(acc[o + MRR_END], e);
    acc[o + MRR_RETAINED] = Math.addExact(acc[o + MRR_RETAINED], Math.min(s, e));
    if (s > 0) {
      acc[o + MRR_START_CUSTOMERS]++;
    }
    if (e > 0) {
      acc[o + MRR_END_CUSTOMERS]++;
    }
    if (s > 0 && e == 0) {
      acc[o + MRR_CHURN] = Math.addExact(acc[o + MRR_CHURN], s);
    } else if (s == 0 && e > 0) {
      int slot = o + (paidBefore ? MRR_REACTIVATION : MRR_NEW);
      acc[slot] = Math.addExact(acc[slot], e);
    } else if (e > s) {
      acc[o + MRR_EXPANSION] = Math.addExact(acc[o + MRR_EXPANSION], e - s);
    } else {
      acc[o + MRR_CONTRACTION] = Math.addExact(acc[o + MRR_CONTRACTION], s - e);
    }
  }

  private void newCustomer(int r, int a, int cell) {
    int month = layout.monthOfDay[a - from];
    int slot = ((cell * layout.months + month) * layout.channels + channels.get(r)) * 3;
    acquisitions[slot]++;
    if (!Bits.get(costMissing, r)) {
      acquisitions[slot + 1]++;
      acquisitions[slot + 2] = Math.addExact(acquisitions[slot + 2], base.rawDirectCost(r));
    }
  }

  /**
   * A row with reactivations: the classification of {@code ChurnTally.Accumulator}, on the
   * lifecycle days {@code churn, reactivation, churn, ...}. Returns bit 0 for active at the start,
   * bit 1 for active at the end.
   */
  private int general(int r, int a, int l0, int events, int o, int cell) {
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
    boolean isNew = from <= a && a < to;
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
    if (activeAtStart) {
      acc[o + START]++;
      if (churned) {
        acc[o + CHURNED_FROM_START]++;
        if (undone) {
          acc[o + CHURNED_FROM_START_REACTIVATED]++;
        }
      }
    } else if (isNew) {
      acc[o + NEW]++;
      newCustomer(r, a, cell);
      if (churned) {
        acc[o + CHURNED_FROM_NEW]++;
        acc[o + JOINED_AND_CHURNED_EXPOSURE] += days;
        if (undone) {
          acc[o + CHURNED_FROM_NEW_REACTIVATED]++;
        }
      }
    } else if (a < from) {
      for (int i = 0; i < reactivationCount; i++) {
        int re = lifeDays[l0 + 2 * i + 1];
        if (from <= re && re < to) {
          acc[o + REACTIVATED]++;
          break;
        }
      }
    }
    if (activeAtEnd) {
      acc[o + END]++;
    }
    acc[o + EXPOSURE] += days;
    return (activeAtStart ? 1 : 0) | (activeAtEnd ? 2 : 0);
  }

  void merge(SegmentKernel other) {
    add(acc, other.acc);
    add(acquisitions, other.acquisitions);
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] = Math.addExact(into[i], from[i]);
    }
  }
}
