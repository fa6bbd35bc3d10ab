package dev.icpmetrics.segment;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.metrics.ChurnRate;
import dev.icpmetrics.metrics.MetricResult;
import dev.icpmetrics.metrics.Proportion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Two reviews side by side (H1 against H2, or this review against the last one): per-segment deltas
 * with their significance, the segments that entered or left the ICP, and the date of the next
 * review.
 *
 * <p>Segments are matched by their dimension names and values. A segment present in one review only
 * is compared against empty counts (its tests are undefined). The churn test compares the window
 * churn counts of the two policies' rates ({@link ChurnRate.OfCustomers#proportion()}), so it is
 * meaningful when both reviews use windows of the same length and the same policy; with an exposure
 * policy it is undefined. The next review is the later review's as-of date plus the cadence,
 * {@value #DEFAULT_REVIEW_MONTHS} months by default (semi-annual).
 *
 * @param before the earlier review
 * @param after the later review
 * @param deltas one delta per segment of either review, the later review's order first
 * @param enteredIcp the segments in the later ICP but not the earlier one
 * @param leftIcp the segments in the earlier ICP but not the later one
 * @param nextReview the date of the next review
 */
public record SegmentComparison(
    SegmentReport before,
    SegmentReport after,
    List<SegmentDelta> deltas,
    List<Segment> enteredIcp,
    List<Segment> leftIcp,
    LocalDate nextReview) {

  /** The default review cadence: 6 months, a semi-annual review. */
  public static final int DEFAULT_REVIEW_MONTHS = 6;

  /** Validates the fields and copies the lists. */
  public SegmentComparison {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    deltas = List.copyOf(requireNonNull(deltas, "deltas"));
    enteredIcp = List.copyOf(requireNonNull(enteredIcp, "enteredIcp"));
    leftIcp = List.copyOf(requireNonNull(leftIcp, "leftIcp"));
    requireNonNull(nextReview, "nextReview");
  }

  /**
   * Compares two reviews with the semi-annual cadence.
   *
   * @param before the earlier review
   * @param after the later review, with the same dimensions
   * @return the comparison
   * @throws IllegalArgumentException if the dimensions differ or {@code after} is not later
   */
  public static SegmentComparison between(SegmentReport before, SegmentReport after) {
    return between(before, after, DEFAULT_REVIEW_MONTHS);
  }

  /**
   * Compares two reviews; the next review is {@code after.asOf() + reviewMonths}.
   *
   * @param before the earlier review
   * @param after the later review, with the same dimensions, as of a later date
   * @param reviewMonths the review cadence in months, {@code >= 1}
   * @return the comparison
   * @throws IllegalArgumentException if the dimensions differ or {@code after} is not later
   */
  public static SegmentComparison between(
      SegmentReport before, SegmentReport after, int reviewMonths) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    Checks.positive("reviewMonths", reviewMonths);
    List<String> names = before.segmentation().names();
    if (!names.equals(after.segmentation().names())) {
      throw new IllegalArgumentException(
          "after must be segmented by " + names + ", got " + after.segmentation().names());
    }
    if (!after.asOf().isAfter(before.asOf())) {
      throw new IllegalArgumentException(
          "after.asOf must be after before.asOf " + before.asOf() + ", got " + after.asOf());
    }
    Set<Segment> segments = new LinkedHashSet<>();
    for (SegmentRow r : after.rows()) {
      segments.add(r.segment());
    }
    for (SegmentRow r : before.rows()) {
      segments.add(r.segment());
    }
    List<SegmentDelta> deltas = new ArrayList<>();
    for (Segment s : segments) {
      Optional<SegmentRow> b = before.row(s);
      Optional<SegmentRow> a = after.row(s);
      deltas.add(
          new SegmentDelta(
              s,
              churnOf(b),
              churnOf(a),
              new TwoProportionTest(churnCounts(b), churnCounts(a)),
              new TwoProportionTest(conversion(b), conversion(a)),
              b.map(SegmentRow::rank).orElse(0),
              a.map(SegmentRow::rank).orElse(0),
              before.icp().contains(s),
              after.icp().contains(s)));
    }
    List<Segment> entered = new ArrayList<>();
    for (SegmentRow r : after.icp().segments()) {
      if (!before.icp().contains(r.segment())) {
        entered.add(r.segment());
      }
    }
    List<Segment> left = new ArrayList<>();
    for (SegmentRow r : before.icp().segments()) {
      if (!after.icp().contains(r.segment())) {
        left.add(r.segment());
      }
    }
    return new SegmentComparison(
        before, after, deltas, entered, left, after.asOf().plusMonths(reviewMonths));
  }

  private static MetricResult<Double> churnOf(Optional<SegmentRow> r) {
    return r.isPresent()
        ? r.get().snapshot().monthlyChurnRate()
        : MetricResult.undefined("the segment is not in this review");
  }

  private static Proportion churnCounts(Optional<SegmentRow> r) {
    if (r.isEmpty()) {
      return Proportion.empty();
    }
    MetricResult<ChurnRate> c = r.get().snapshot().churnRate();
    return c.isDefined() && c.orElseThrow() instanceof ChurnRate.OfCustomers o
        ? o.proportion()
        : Proportion.empty();
  }

  private static Proportion conversion(Optional<SegmentRow> r) {
    return r.isPresent() ? r.get().snapshot().conversion() : Proportion.empty();
  }

  /**
   * Returns the delta of {@code segment}.
   *
   * @param segment a segment of either review
   * @return the delta, or empty
   */
  public Optional<SegmentDelta> delta(Segment segment) {
    requireNonNull(segment, "segment");
    for (SegmentDelta d : deltas) {
      if (d.segment().equals(segment)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns an aligned table: segment, monthly churn before and after, the change in percentage
   * points with its p-value, the same for conversion, ranks; then the ICP changes and the next
   * review date.
   */
  @Override
  public String toString() {
    List<List<String>> t = new ArrayList<>();
    t.add(
        List.of(
            "segment",
            "churn before",
            "churn after",
            "change",
            "p",
            "conversion change",
            "p",
            "rank"));
    for (SegmentDelta d : deltas) {
      t.add(
          List.of(
              d.segment().label(),
              Format.percent(d.monthlyChurnBefore()),
              Format.percent(d.monthlyChurnAfter()),
              pp(d.churn()),
              p(d.churn()),
              pp(d.conversion()),
              p(d.conversion()),
              rank(d.rankBefore()) + " -> " + rank(d.rankAfter())));
    }
    int[] w = new int[t.get(0).size()];
    for (List<String> row : t) {
      for (int i = 0; i < row.size(); i++) {
        w[i] = Math.max(w[i], row.get(i).length());
      }
    }
    StringBuilder s =
        new StringBuilder("Comparison of ")
            .append(before.window())
            .append(" and ")
            .append(after.window())
            .append('\n');
    for (List<String> row : t) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String c = row.get(i);
        line.append(
            i == 0 ? c + " ".repeat(w[i] - c.length()) : "  " + " ".repeat(w[i] - c.length()) + c);
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
    s.append("\nEntered the ICP: ").append(labels(enteredIcp));
    s.append("\nLeft the ICP: ").append(labels(leftIcp));
    s.append("\nNext review: ").append(nextReview);
    return s.toString();
  }

  private static String pp(TwoProportionTest t) {
    MetricResult<Double> d = t.difference();
    return d.isDefined() ? String.format(Locale.ROOT, "%+.2f pp", 100 * d.orElseThrow()) : "-";
  }

  private static String p(TwoProportionTest t) {
    MetricResult<Double> p = t.pValue();
    return p.isDefined() ? String.format(Locale.ROOT, "%.4f", p.orElseThrow()) : "-";
  }

  private static String rank(int r) {
    return r == 0 ? "-" : Integer.toString(r);
  }

  private static String labels(List<Segment> segments) {
    if (segments.isEmpty()) {
      return "none";
    }
    List<String> l = new ArrayList<>();
    for (Segment s : segments) {
      l.add(s.label());
    }
    return String.join(", ", l);
  }
}
