package dev.icpmetrics.segment;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.util.List;

/**
 * A segment judged against its targets: the kind of segment that chose the targets, one {@link
 * Finding} per criterion, the overall verdict and the recommended {@link Play}.
 *
 * <h2>Findings</h2>
 *
 * <ul>
 *   <li><b>Monthly churn</b> passes when the point estimate is strictly under the kind's ceiling
 *       ({@link Targets#monthlyChurnCeiling}); it is insufficient data when fewer accounts were at
 *       risk than the minimum support (30 by default). The 95% Wilson interval is reported, and the
 *       explanation says when it straddles the ceiling (the miss or the pass is then not
 *       significant) and when a failing segment nevertheless has the lowest churn of the table.
 *   <li><b>LTV:CAC</b> passes at or above the minimum; <b>payback</b> at or below the maximum
 *       months. Either is insufficient data when churn is, or when it cannot be computed (no new
 *       customer, hence no CAC). A cost that is never recovered fails.
 * </ul>
 *
 * The overall verdict is FAIL if any finding fails, else INSUFFICIENT_DATA if any is insufficient,
 * else PASS.
 *
 * <h2>The play rule</h2>
 *
 * <ol>
 *   <li>Churn is insufficient data: {@link Play#COLLECT_MORE_DATA}.
 *   <li>Churn fails and LTV:CAC fails, or LTV:CAC is below 1 (every customer loses money): {@link
 *       Play#DEPRIORITISE}; no single lever fixes both value and cost.
 *   <li>No finding fails: {@link Play#UPSELL_AND_CROSS_SELL}; the segment is healthy, grow it.
 *   <li>Churn passes but an economics target fails: {@link Play#CHEAPER_ACQUISITION_SHORTER_CYCLE}.
 *   <li>Churn fails (and LTV:CAC does not): attack the lever on which the segment compares worst
 *       with the whole base. The retention index is the segment's monthly churn over the base's;
 *       the acquisition index is the larger of its CAC over the base's CAC and its median sales
 *       cycle over the base's (terms that are undefined are left out; with none, the index is 0).
 *       If the acquisition index is greater, {@link Play#CHEAPER_ACQUISITION_SHORTER_CYCLE}; else
 *       {@link Play#RETENTION_AND_ONBOARDING}.
 * </ol>
 *
 * In the guide's table, SMB (10% churn, the base's 5.6%; CAC $350, the base's $555) has a retention
 * index of 1.79 against 0.63: retention. Enterprise (2%; $1,500) has 0.36 against 2.70: cheaper
 * acquisition, although it misses its 1% ceiling. Mid-market passes everything: upsell.
 *
 * @param segment the segment
 * @param kind the kind of segment that chose the targets
 * @param findings one finding per {@link Criterion}, in criterion order
 * @param verdict the overall verdict
 * @param play the recommended play
 * @param playReason why the rule chose that play, with its numbers
 */
public record Assessment(
    Segment segment,
    SegmentKind kind,
    List<Finding> findings,
    Verdict verdict,
    Play play,
    String playReason) {

  /** Validates the fields and copies the findings. */
  public Assessment {
    requireNonNull(segment, "segment");
    requireNonNull(kind, "kind");
    findings = List.copyOf(requireNonNull(findings, "findings"));
    requireNonNull(verdict, "verdict");
    requireNonNull(play, "play");
    Checks.notBlank("playReason", playReason);
  }

  /**
   * Returns the finding on {@code criterion}.
   *
   * @param criterion the criterion
   * @return the finding
   * @throws IllegalArgumentException if the assessment has none on it
   */
  public Finding finding(Criterion criterion) {
    requireNonNull(criterion, "criterion");
    for (Finding f : findings) {
      if (f.criterion() == criterion) {
        return f;
      }
    }
    throw new IllegalArgumentException("criterion must be one of the findings', got " + criterion);
  }

  /** Returns a few lines: the segment, its verdict and play, then one line per finding. */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder("Assessment[")
            .append(segment.label())
            .append(" (")
            .append(kind.label())
            .append("): ")
            .append(verdict.label())
            .append(", play ")
            .append(play.label())
            .append("]");
    for (Finding f : findings) {
      s.append("\n  ").append(f);
    }
    s.append("\n  play: ").append(playReason);
    return s.toString();
  }
}
