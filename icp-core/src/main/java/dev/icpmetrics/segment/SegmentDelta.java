package dev.icpmetrics.segment;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.metrics.MetricResult;

/**
 * How one segment changed between two reviews: its monthly churn before and after, the two
 * proportion tests on churn and on conversion, and its rank and ICP membership on each side.
 *
 * @param segment the segment
 * @param monthlyChurnBefore the monthly churn of the earlier review
 * @param monthlyChurnAfter the monthly churn of the later review
 * @param churn the test on the window churn counts ({@code churned / denominator}); a side missing
 *     from its report, or with a policy that is not a share of customers, has no trials
 * @param conversion the test on the conversion counts ({@code won / (won + lost)})
 * @param rankBefore the rank in the earlier review, 0 when not ranked or absent
 * @param rankAfter the rank in the later review, 0 when not ranked or absent
 * @param icpBefore whether the segment was in the earlier ICP
 * @param icpAfter whether it is in the later ICP
 */
public record SegmentDelta(
    Segment segment,
    MetricResult<Double> monthlyChurnBefore,
    MetricResult<Double> monthlyChurnAfter,
    TwoProportionTest churn,
    TwoProportionTest conversion,
    int rankBefore,
    int rankAfter,
    boolean icpBefore,
    boolean icpAfter) {

  /** Validates the fields. */
  public SegmentDelta {
    requireNonNull(segment, "segment");
    requireNonNull(monthlyChurnBefore, "monthlyChurnBefore");
    requireNonNull(monthlyChurnAfter, "monthlyChurnAfter");
    requireNonNull(churn, "churn");
    requireNonNull(conversion, "conversion");
    dev.icpmetrics.internal.Checks.nonNegative("rankBefore", rankBefore);
    dev.icpmetrics.internal.Checks.nonNegative("rankAfter", rankAfter);
  }

  /** Returns {@code SMB: churn 15/150 -> 6/150: -6.00 pp, z -2.04, p 0.0417; conversion ...}. */
  @Override
  public String toString() {
    return segment.label()
        + ": churn "
        + churn
        + "; conversion "
        + conversion
        + (icpBefore == icpAfter ? "" : icpAfter ? "; entered the ICP" : "; left the ICP");
  }
}
