package dev.icpmetrics.columnar;

import static dev.icpmetrics.columnar.SegmentKernel.*;
import static java.util.Objects.requireNonNull;

import dev.icpmetrics.metrics.AcquisitionTally;
import dev.icpmetrics.metrics.CacTally;
import dev.icpmetrics.metrics.ChurnPolicy;
import dev.icpmetrics.metrics.ChurnTally;
import dev.icpmetrics.metrics.MrrMovements;
import dev.icpmetrics.metrics.Window;
import dev.icpmetrics.model.Channel;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.segment.MetricsSnapshot;
import dev.icpmetrics.segment.OpportunityTally;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The per-cell tallies of one {@link ColumnarMetrics} run: for every cell of the product of the
 * columns' dictionaries (each with its missing value, or for a tag column the absence of any tag,
 * as a last, unknown entry), the churn tally, the MRR movements and the new customers of the
 * window; and the totals of the whole base.
 *
 * <p>Cells are numbered in mixed radix, the first column most significant: with radices {@code r_i
 * = dictionary size + 1}, cell {@code k} has code {@code (k / (r_2 r_3)) % r_1} in the first
 * column, and so on. A cell is empty when no account of it was active or acquired in the window.
 * With a {@link TagColumn} the cells overlap ({@link #isMultiValued()}): an account counts in the
 * cell of each of its tags, so the cells do not sum to the totals. Immutable.
 */
public final class SegmentTallies {
  private final List<SegmentColumn> columns;
  private final List<List<String>> dictionaries;
  private final List<String> channels;
  private final SegmentKernel.Layout layout;
  private final Window window;
  private final ChurnPolicy policy;
  private final Currency currency;
  private final long[] acc;
  private final long[] acquisitions;

  SegmentTallies(
      CustomerBase base,
      SegmentKernel.Layout layout,
      Window window,
      ChurnPolicy policy,
      long[] acc,
      long[] acquisitions) {
    this.columns = layout.order;
    List<List<String>> d = new ArrayList<>();
    for (SegmentColumn c : columns) {
      d.add(base.valuesOf(c));
    }
    this.dictionaries = List.copyOf(d);
    this.channels = base.dictionary(CategoryColumn.CHANNEL);
    this.layout = layout;
    this.window = window;
    this.policy = policy;
    this.currency = base.currency();
    this.acc = acc;
    this.acquisitions = acquisitions;
  }

  /** Returns the columns the cells are cut by, in cell order, possibly none (one cell). */
  public List<SegmentColumn> columns() {
    return columns;
  }

  /**
   * Returns true if a column is a {@link TagColumn}: an account then counts in several cells (or
   * none of its tags' cells but the unknown one), and the cells do not sum to the totals.
   */
  public boolean isMultiValued() {
    return !layout.tags.isEmpty();
  }

  /** Returns the window. */
  public Window window() {
    return window;
  }

  /** Returns the churn policy. */
  public ChurnPolicy policy() {
    return policy;
  }

  /** Returns the number of cells, empty ones included: the product of the radices. */
  public int cellCount() {
    return layout.cells;
  }

  /**
   * Returns the values of a cell, one per column: a category value, or a tag (a pain point's tag
   * id, a technology key); empty for the column's unknown cell (a missing value, or no tag at all).
   *
   * @param cell the cell, in {@code [0, cellCount())}
   * @return the values
   */
  public List<Optional<String>> values(int cell) {
    checkCell(cell);
    List<Optional<String>> out = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      int code = (cell / layout.orderMultiplier[i]) % layout.orderRadix[i];
      out.add(
          code == layout.orderRadix[i] - 1
              ? Optional.empty()
              : Optional.of(dictionaries.get(i).get(code)));
    }
    return List.copyOf(out);
  }

  /** Returns true if no account of the cell was active or acquired in the window. */
  public boolean isEmpty(int cell) {
    return churn(cell).equals(ChurnTally.empty());
  }

  /** Returns the cells that are not empty, in cell order. */
  public List<Integer> nonEmptyCells() {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < layout.cells; k++) {
      if (!isEmpty(k)) {
        out.add(k);
      }
    }
    return List.copyOf(out);
  }

  /** Returns the churn tally of a cell. */
  public ChurnTally churn(int cell) {
    checkCell(cell);
    return churnAt(acc, cell * STRIDE);
  }

  /** Returns the MRR movements of a cell. */
  public MrrMovements mrr(int cell) {
    checkCell(cell);
    return mrrAt(acc, cell * STRIDE);
  }

  /** Returns the customers of a cell acquired in the window, by month and channel. */
  public AcquisitionTally newCustomers(int cell) {
    checkCell(cell);
    AcquisitionTally.Builder b = AcquisitionTally.builder();
    addAcquisitions(b, cell);
    return b.build();
  }

  /**
   * Returns the churn tally of the whole base, each account counted once: the {@code plus} of every
   * cell's unless {@link #isMultiValued()}.
   */
  public ChurnTally totalChurn() {
    return churnAt(totals(), 0);
  }

  /** Returns the MRR movements of the whole base, each account counted once. */
  public MrrMovements totalMrr() {
    return mrrAt(totals(), 0);
  }

  /** Returns the new customers of the whole base, each account counted once. */
  public AcquisitionTally totalNewCustomers() {
    AcquisitionTally.Builder b = AcquisitionTally.builder();
    if (isMultiValued()) {
      addAcquisitions(b, layout.cells);
      return b.build();
    }
    for (int k = 0; k < layout.cells; k++) {
      addAcquisitions(b, k);
    }
    return b.build();
  }

  /**
   * Returns a cell's {@link MetricsSnapshot} as of {@code asOf}: its churn, MRR and new-customer
   * tallies, the start MRR as margin (no gross margin known), the direct costs of its new customers
   * as acquisition cost (no spend ledger) and no opportunities; the same snapshot {@code
   * SegmentAnalysis} makes from these accounts without spend, opportunities or margin.
   *
   * @param cell the cell
   * @param asOf the as-of date, on or after the window's last day
   * @return the snapshot
   */
  public MetricsSnapshot snapshot(int cell, LocalDate asOf) {
    return snapshotOf(churn(cell), mrr(cell), newCustomers(cell), asOf);
  }

  /**
   * Returns the snapshot of the whole base, each account counted once: the {@code plus} of every
   * cell's unless {@link #isMultiValued()}.
   */
  public MetricsSnapshot totalSnapshot(LocalDate asOf) {
    return snapshotOf(totalChurn(), totalMrr(), totalNewCustomers(), asOf);
  }

  private MetricsSnapshot snapshotOf(
      ChurnTally churn, MrrMovements mrr, AcquisitionTally added, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    Money zero = Money.zero(currency);
    CacTally cac = new CacTally(added.directCost().orElse(zero), added.directCostCount());
    return new MetricsSnapshot(
        window,
        asOf,
        policy,
        churn,
        mrr,
        mrr.startMinor(),
        false,
        added,
        cac,
        OpportunityTally.empty());
  }

  private long[] totals() {
    if (isMultiValued()) {
      // The kernel's extra cell, past the last, holds the whole base.
      return java.util.Arrays.copyOfRange(acc, layout.cells * STRIDE, (layout.cells + 1) * STRIDE);
    }
    long[] t = new long[STRIDE];
    for (int k = 0; k < layout.cells; k++) {
      for (int j = 0; j < STRIDE; j++) {
        t[j] = Math.addExact(t[j], acc[k * STRIDE + j]);
      }
    }
    return t;
  }

  private void addAcquisitions(AcquisitionTally.Builder b, int cell) {
    for (int m = 0; m < layout.months; m++) {
      for (int ch = 0; ch < layout.channels; ch++) {
        int slot = ((cell * layout.months + m) * layout.channels + ch) * 3;
        long all = acquisitions[slot];
        long withCost = acquisitions[slot + 1];
        Channel channel = Channel.of(channels.get(ch));
        if (all > withCost) {
          b.add(layout.firstMonth.plusMonths(m), channel, all - withCost);
        }
        if (withCost > 0) {
          b.addWithDirectCost(
              layout.firstMonth.plusMonths(m),
              channel,
              withCost,
              Money.ofMinor(currency, acquisitions[slot + 2]));
        }
      }
    }
  }

  private static ChurnTally churnAt(long[] a, int o) {
    return new ChurnTally(
        a[o + SegmentKernel.START],
        a[o + NEW],
        a[o + CHURNED_FROM_START],
        a[o + CHURNED_FROM_NEW],
        a[o + CHURNED_FROM_START_REACTIVATED],
        a[o + CHURNED_FROM_NEW_REACTIVATED],
        a[o + REACTIVATED],
        a[o + END],
        a[o + EXPOSURE],
        a[o + JOINED_AND_CHURNED_EXPOSURE]);
  }

  private MrrMovements mrrAt(long[] a, int o) {
    return new MrrMovements(
        currency,
        a[o + MRR_START],
        a[o + MRR_NEW],
        a[o + MRR_EXPANSION],
        a[o + MRR_CONTRACTION],
        a[o + MRR_CHURN],
        a[o + MRR_REACTIVATION],
        a[o + MRR_END],
        a[o + MRR_RETAINED],
        a[o + MRR_START_CUSTOMERS],
        a[o + MRR_END_CUSTOMERS]);
  }

  private void checkCell(int cell) {
    if (cell < 0 || cell >= layout.cells) {
      throw new IndexOutOfBoundsException("cell must be in [0, " + layout.cells + "), got " + cell);
    }
  }

  /**
   * Returns the non-empty cells as an aligned table: the cell's values, then start, new, churned
   * (from start + from new), end, and start and end MRR.
   */
  @Override
  public String toString() {
    List<String[]> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (SegmentColumn c : columns) {
      header.add(c.columnName());
    }
    header.addAll(List.of("start", "new", "churned", "end", "mrrStart", "mrrEnd"));
    rows.add(header.toArray(new String[0]));
    for (int k : nonEmptyCells()) {
      List<String> r = new ArrayList<>();
      for (Optional<String> v : values(k)) {
        r.add(v.orElse("(unknown)"));
      }
      ChurnTally t = churn(k);
      MrrMovements m = mrr(k);
      r.add(Long.toString(t.startCount()));
      r.add(Long.toString(t.newCount()));
      r.add(t.churnedFromStartCount() + "+" + t.churnedFromNewCount());
      r.add(Long.toString(t.endCount()));
      r.add(m.start().amount().toPlainString());
      r.add(m.end().amount().toPlainString());
      rows.add(r.toArray(new String[0]));
    }
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "SegmentTallies %s, policy %s, %d of %d cells not empty%s (%s)\n",
                window,
                policy.name(),
                rows.size() - 1,
                layout.cells,
                isMultiValued() ? ", overlapping" : "",
                currency.getCurrencyCode()));
    int[] width = new int[header.size()];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < r.length; i++) {
        boolean numeric = i >= columns.size();
        String cell = r[i];
        String pad = " ".repeat(width[i] - cell.length());
        line.append(numeric ? pad + cell : cell + pad).append("  ");
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
    return s.toString().stripTrailing();
  }
}
