package dev.icpmetrics.segment;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.metrics.Interval;
import dev.icpmetrics.metrics.MetricResult;
import dev.icpmetrics.metrics.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a {@link SegmentAnalysis}: one {@link SegmentRow} per cell, the "all" total, the
 * ranking and the {@link IcpProfile}; {@link #toString()} is the guide's table for JShell and
 * {@link #toMarkdown()} the same table in Markdown.
 *
 * <h2>The ranking rule</h2>
 *
 * Segments are ranked on pessimistic statistics, never on a point estimate when support is small:
 *
 * <ol>
 *   <li>Not ranked: the "all" total, unknown cells (no one can target "unknown"), and segments
 *       whose churn has insufficient data (fewer at risk than the minimum support). They keep their
 *       rows, marked, with rank 0.
 *   <li>Ranked segments with a defined pessimistic LTV:CAC (the CLV at the upper bound of the 95%
 *       churn interval, over CAC) come first, by it, highest first.
 *   <li>Then segments without one (no CAC), by their pessimistic retention, {@code 1 − upper churn
 *       bound}, highest first.
 *   <li>Ties: more accounts first, then table order.
 * </ol>
 *
 * <h2>Totals</h2>
 *
 * The "all" row counts every account of the window once. For a single-valued segmentation it is the
 * {@link MetricsSnapshot#plus} of the cells; with a multi-valued dimension an account counts in
 * each of its values, the cells do not sum to it, and the report says so. Accounts that a dimension
 * does not apply to are in the {@link Dimension#UNKNOWN} cell, counted in the report's notes.
 */
public final class SegmentReport {
  private static final List<String> HEADER =
      List.of(
          "segment",
          "size",
          "accounts",
          "monthly churn [95% CI]",
          "CLV",
          "CAC",
          "LTV:CAC",
          "payback",
          "verdict",
          "play",
          "rank");
  private static final boolean[] NUMERIC = {
    false, false, true, true, true, true, true, true, false, false, true
  };

  private final Segmentation segmentation;
  private final Targets targets;
  private final long minSupport;
  private final SegmentRow all;
  private final List<SegmentRow> rows;
  private final List<SegmentRow> ranking;
  private final IcpProfile icp;
  private final boolean ledger;

  private SegmentReport(
      Segmentation segmentation,
      Targets targets,
      long minSupport,
      SegmentRow all,
      List<SegmentRow> rows,
      List<SegmentRow> ranking,
      IcpProfile icp,
      boolean ledger) {
    this.segmentation = segmentation;
    this.targets = targets;
    this.minSupport = minSupport;
    this.all = all;
    this.rows = List.copyOf(rows);
    this.ranking = List.copyOf(ranking);
    this.icp = icp;
    this.ledger = ledger;
  }

  static SegmentReport of(
      Segmentation segmentation,
      Targets targets,
      long minSupport,
      int maxIcp,
      MetricsSnapshot allSnapshot,
      Map<Segment, MetricsSnapshot> cells,
      boolean ledger) {
    SegmentRow all =
        new SegmentRow(
            Segment.all(),
            allSnapshot,
            Assessor.assess(Segment.all(), allSnapshot, allSnapshot, cells, targets, minSupport),
            0);
    List<SegmentRow> rows = new ArrayList<>();
    List<SegmentRow> candidates = new ArrayList<>();
    for (Map.Entry<Segment, MetricsSnapshot> e : cells.entrySet()) {
      Segment s = e.getKey();
      SegmentRow r =
          new SegmentRow(
              s,
              e.getValue(),
              Assessor.assess(s, e.getValue(), allSnapshot, cells, targets, minSupport),
              0);
      rows.add(r);
      if (!s.isUnknown() && !r.isInsufficientData()) {
        candidates.add(r);
      }
    }
    List<SegmentRow> order = new ArrayList<>(candidates);
    order.sort(RANKING.thenComparingInt(rows::indexOf));
    List<SegmentRow> ranking = new ArrayList<>(order.size());
    for (int i = 0; i < order.size(); i++) {
      SegmentRow ranked = order.get(i).withRank(i + 1);
      ranking.add(ranked);
      rows.set(rows.indexOf(order.get(i)), ranked);
    }
    List<SegmentRow> chosen = new ArrayList<>();
    List<SegmentRow> anti = new ArrayList<>();
    for (SegmentRow r : ranking) {
      if (r.assessment().verdict() == Verdict.PASS && chosen.size() < maxIcp) {
        chosen.add(r);
      }
      if (r.assessment().play() == Play.DEPRIORITISE) {
        anti.add(r);
      }
    }
    return new SegmentReport(
        segmentation,
        targets,
        minSupport,
        all,
        rows,
        ranking,
        new IcpProfile(chosen, anti),
        ledger);
  }

  private static final Comparator<SegmentRow> RANKING =
      Comparator.<SegmentRow>comparingInt(
              r -> r.snapshot().ltvToCacLowerBound().isDefined() ? 0 : 1)
          .thenComparing(
              r -> r.snapshot().ltvToCacLowerBound().orElse(0.0), Comparator.reverseOrder())
          .thenComparing(SegmentReport::pessimisticRetention, Comparator.reverseOrder())
          .thenComparing(r -> r.snapshot().accountCount(), Comparator.reverseOrder());

  private static double pessimisticRetention(SegmentRow r) {
    MetricResult<Interval> i = r.snapshot().monthlyChurnInterval();
    return i.isDefined() ? 1.0 - i.orElseThrow().upper() : 0.0;
  }

  /** Returns the segmentation. */
  public Segmentation segmentation() {
    return segmentation;
  }

  /** Returns the targets the segments were assessed against. */
  public Targets targets() {
    return targets;
  }

  /** Returns the minimum support (churn denominator) below which a segment is not judged. */
  public long minSupport() {
    return minSupport;
  }

  /** Returns the window. */
  public Window window() {
    return all.snapshot().window();
  }

  /** Returns the as-of date. */
  public LocalDate asOf() {
    return all.snapshot().asOf();
  }

  /** Returns the "all" total: every account of the window, counted once. */
  public SegmentRow all() {
    return all;
  }

  /** Returns the cells in table order: each dimension's value order, unknown last. */
  public List<SegmentRow> rows() {
    return rows;
  }

  /** Returns the ranked cells, best first; see the class comment for the rule. */
  public List<SegmentRow> ranking() {
    return ranking;
  }

  /** Returns the ICP and anti-ICP segments. */
  public IcpProfile icp() {
    return icp;
  }

  /**
   * Returns the row of {@code segment}.
   *
   * @param segment a cell of this report, or {@link Segment#all()}
   * @return the row, or empty if the report has no such cell
   */
  public Optional<SegmentRow> row(Segment segment) {
    requireNonNull(segment, "segment");
    if (segment.isAll()) {
      return Optional.of(all);
    }
    for (SegmentRow r : rows) {
      if (r.segment().equals(segment)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the row of the cell with these values, such as {@code row("SMB")}.
   *
   * @param values the cell's values, one per dimension
   * @return the row
   * @throws IllegalArgumentException if there is no such cell
   */
  public SegmentRow row(String... values) {
    Segment s = new Segment(segmentation.names(), List.of(values));
    return row(s)
        .orElseThrow(() -> new IllegalArgumentException("segment must be a cell, got " + s));
  }

  /** Returns true if no account and no opportunity was in the window: an explicit empty result. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Returns true if the cells sum to the total, false for a multi-valued segmentation. */
  public boolean cellsSumToTotal() {
    return !segmentation.isMultiValued();
  }

  /**
   * Returns the accounts at the start of the window in unknown cells: those that a dimension does
   * not apply to (with a multi-valued dimension, an account may count in several).
   */
  public long unknownAccountCount() {
    long n = 0;
    for (SegmentRow r : rows) {
      if (r.segment().isUnknown()) {
        n += r.snapshot().accountCount();
      }
    }
    return n;
  }

  /**
   * Returns the table as text cells, the header first and the "all" row last: segment, size (the
   * kind that chose the targets), accounts, monthly churn with its interval, CLV, CAC, LTV:CAC,
   * payback, verdict, play and rank. Unranked segments have an empty rank; insufficient data reads
   * {@code insufficient data} in the verdict.
   *
   * @return the rows of cells
   */
  public List<List<String>> table() {
    List<List<String>> t = new ArrayList<>();
    t.add(HEADER);
    for (SegmentRow r : rows) {
      t.add(cells(r));
    }
    t.add(cells(all));
    return List.copyOf(t);
  }

  private static List<String> cells(SegmentRow r) {
    MetricsSnapshot m = r.snapshot();
    Assessment a = r.assessment();
    return List.of(
        r.segment().label(),
        a.kind().label(),
        Long.toString(m.accountCount()),
        Format.churn(m.monthlyChurnRate(), m.monthlyChurnInterval()),
        Format.money(m.clv()),
        Format.money(m.cac()),
        Format.ratio(m.ltvToCac()),
        Format.payback(m.payback()),
        a.verdict().label(),
        r.segment().isAll() ? "" : a.play().label(),
        r.rank() == 0 ? "" : Integer.toString(r.rank()));
  }

  /** Returns the notes printed under the table: settings, totals, unknown cells, ICP, findings. */
  public List<String> notes() {
    List<String> n = new ArrayList<>();
    MetricsSnapshot m = all.snapshot();
    n.add(
        String.format(
            Locale.ROOT,
            "Window %s, as of %s; churn policy %s; CLV %s; CAC %s; targets %s; minimum support %d.",
            m.window(),
            m.asOf(),
            m.churnPolicy().name(),
            m.grossMarginKnown()
                ? "margin-adjusted (ARPA x margin / churn)"
                : "simple (ARPA / churn)",
            ledger ? "from the spend ledger" : "from direct costs only",
            targetsName(),
            minSupport));
    if (isEmpty()) {
      n.add("No account was active or acquired, and no opportunity open or closed, in the window.");
      return List.copyOf(n);
    }
    for (Dimension d : segmentation.dimensions()) {
      if (d.isMultiValued()) {
        n.add(
            d.name()
                + " is multi-valued: an account counts in each of its values, so the rows do not"
                + " sum to the All row.");
      }
    }
    long unknown = unknownAccountCount();
    if (unknown > 0) {
      n.add(
          unknown
              + " account"
              + (unknown == 1 ? " is" : "s are")
              + " in "
              + Dimension.UNKNOWN
              + " cells: a dimension does not apply to them; they are counted, not dropped.");
    }
    long insufficient = rows.stream().filter(SegmentRow::isInsufficientData).count();
    if (insufficient > 0) {
      n.add(
          insufficient
              + " segment"
              + (insufficient == 1 ? " has" : "s have")
              + " insufficient data (fewer than "
              + minSupport
              + " at risk): shown, not judged, not ranked.");
    }
    n.add(
        "Ranked by the LTV:CAC at the upper churn bound, then by 1 - upper churn bound"
            + " (see docs/segments.md).");
    for (String line : icp.toString().split("\n", -1)) {
      n.add(line);
    }
    for (SegmentRow r : rows) {
      for (Finding f : r.assessment().findings()) {
        if (f.verdict() == Verdict.FAIL) {
          n.add(r.segment().label() + ": " + f.explanation() + ".");
        }
      }
    }
    return List.copyOf(n);
  }

  private String targetsName() {
    String t = targets.toString();
    int end = t.indexOf(']');
    return t.substring("Targets[".length(), end);
  }

  /** Returns a title line, the aligned table and the notes. */
  @Override
  public String toString() {
    List<List<String>> t = table();
    int[] w = new int[HEADER.size()];
    for (List<String> row : t) {
      for (int i = 0; i < row.size(); i++) {
        w[i] = Math.max(w[i], row.get(i).length());
      }
    }
    StringBuilder s = new StringBuilder(title()).append('\n');
    for (int j = 0; j < t.size(); j++) {
      if (j == t.size() - 1) {
        s.append(rule(w)).append('\n');
      }
      List<String> row = t.get(j);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          line.append("  ");
        }
        String c = row.get(i);
        String pad = " ".repeat(w[i] - c.length());
        line.append(NUMERIC[i] && j > 0 ? pad + c : c + pad);
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
    for (String note : notes()) {
      s.append('\n').append(note);
    }
    return s.toString();
  }

  /** Returns the title, a Markdown table and the notes as a list. */
  public String toMarkdown() {
    StringBuilder s = new StringBuilder("## ").append(title()).append("\n\n");
    List<List<String>> t = table();
    for (int j = 0; j < t.size(); j++) {
      s.append('|');
      for (String c : t.get(j)) {
        s.append(' ').append(c.isEmpty() ? " " : markdown(c)).append(" |");
      }
      s.append('\n');
      if (j == 0) {
        s.append('|');
        for (boolean numeric : NUMERIC) {
          s.append(numeric ? " ---: |" : " --- |");
        }
        s.append('\n');
      }
    }
    s.append('\n');
    for (String note : notes()) {
      s.append(note.startsWith("  ") ? "  - " + note.strip() : "- " + note).append('\n');
    }
    return s.toString();
  }

  private String title() {
    return "Segments by " + String.join(" x ", segmentation.names()) + ", " + window();
  }

  private static String rule(int[] w) {
    int total = 0;
    for (int x : w) {
      total += x;
    }
    return "-".repeat(total + 2 * (w.length - 1));
  }

  private static String markdown(String c) {
    return c.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_");
  }
}
