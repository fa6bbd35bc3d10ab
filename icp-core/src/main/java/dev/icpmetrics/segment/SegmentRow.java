package dev.icpmetrics.segment;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.util.OptionalInt;

/**
 * One row of a {@link SegmentReport}: a segment, its tallies and metrics, its assessment and its
 * rank.
 *
 * @param segment the segment
 * @param snapshot its tallies and derived metrics
 * @param assessment its findings, verdict and play
 * @param rank its position in the ranking from 1, or 0 when it is not ranked (insufficient data, an
 *     unknown cell, or the "all" total)
 */
public record SegmentRow(
    Segment segment, MetricsSnapshot snapshot, Assessment assessment, int rank) {

  /** Validates the fields. */
  public SegmentRow {
    requireNonNull(segment, "segment");
    requireNonNull(snapshot, "snapshot");
    requireNonNull(assessment, "assessment");
    Checks.nonNegative("rank", rank);
  }

  /** Returns the rank from 1, or empty when the segment is not ranked. */
  public OptionalInt rankPosition() {
    return rank == 0 ? OptionalInt.empty() : OptionalInt.of(rank);
  }

  /** Returns true if the segment's churn has insufficient data. */
  public boolean isInsufficientData() {
    return assessment.finding(Criterion.MONTHLY_CHURN).verdict() == Verdict.INSUFFICIENT_DATA;
  }

  SegmentRow withRank(int rank) {
    return new SegmentRow(segment, snapshot, assessment, rank);
  }

  /**
   * Returns {@code SMB: 150 accounts, churn 10.00% [...], fail, retention & onboarding, rank 2}.
   */
  @Override
  public String toString() {
    return segment.label()
        + ": "
        + snapshot.accountCount()
        + " accounts, monthly churn "
        + Format.churn(snapshot.monthlyChurnRate(), snapshot.monthlyChurnInterval())
        + ", "
        + assessment.verdict().label()
        + ", "
        + assessment.play().label()
        + (rank == 0 ? ", not ranked" : ", rank " + rank);
  }
}
