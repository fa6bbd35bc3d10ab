package dev.icpmetrics.segment;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Ideal Customer Profile a report arrives at: the chosen segments with their defining attribute
 * values and metrics, and the anti-ICP segments to stay away from.
 *
 * <p>Rule: the ICP is the ranked segments (enough data, not an unknown cell) whose overall verdict
 * is PASS, in rank order, at most the configured number (3 by default). The anti-ICP is the ranked
 * segments whose play is {@link Play#DEPRIORITISE}. Either may be empty: a base where no segment
 * meets every target has no ICP yet, and says so.
 *
 * @param segments the ICP segments, best first
 * @param antiSegments the anti-ICP segments, in rank order
 */
public record IcpProfile(List<SegmentRow> segments, List<SegmentRow> antiSegments) {

  /** Copies both lists. */
  public IcpProfile {
    segments = List.copyOf(requireNonNull(segments, "segments"));
    antiSegments = List.copyOf(requireNonNull(antiSegments, "antiSegments"));
  }

  /** Returns the ICP segments' defining values, dimension to value, best segment first. */
  public List<Map<String, String>> definitions() {
    List<Map<String, String>> out = new ArrayList<>(segments.size());
    for (SegmentRow r : segments) {
      out.add(r.segment().definition());
    }
    return List.copyOf(out);
  }

  /** Returns true if the segment is one of the ICP segments. */
  public boolean contains(Segment segment) {
    requireNonNull(segment, "segment");
    for (SegmentRow r : segments) {
      if (r.segment().equals(segment)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns one line per ICP and anti-ICP segment with its values and metrics, or {@code ICP: none
   * (no segment meets every target)}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (segments.isEmpty()) {
      s.append("ICP: none (no ranked segment meets every target)");
    } else {
      s.append("ICP:");
      for (SegmentRow r : segments) {
        s.append("\n  ").append(line(r));
      }
    }
    if (antiSegments.isEmpty()) {
      s.append("\nAnti-ICP: none");
    } else {
      s.append("\nAnti-ICP:");
      for (SegmentRow r : antiSegments) {
        s.append("\n  ").append(line(r));
      }
    }
    return s.toString();
  }

  private static String line(SegmentRow r) {
    MetricsSnapshot m = r.snapshot();
    return r.segment()
        + ": "
        + m.accountCount()
        + " accounts, monthly churn "
        + Format.churn(m.monthlyChurnRate(), m.monthlyChurnInterval())
        + ", CLV "
        + Format.money(m.clv())
        + ", CAC "
        + Format.money(m.cac())
        + ", LTV:CAC "
        + Format.ratio(m.ltvToCac())
        + " (at least "
        + Format.ratio(m.ltvToCacLowerBound())
        + "), play "
        + r.assessment().play().label();
  }
}
