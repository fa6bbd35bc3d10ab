package dev.icpmetrics.segment;

/**
 * The kind of segment a target applies to: the guide states churn targets for SMB and enterprise
 * customers, and {@link Targets} documents the rule for the others.
 */
public enum SegmentKind {
  /** Small and medium businesses: the guide's "under 5% monthly churn". */
  SMB("SMB"),
  /** Mid-market: the guide names no target; see {@link Targets#guide()} for the rule. */
  MID_MARKET("Mid-market"),
  /** Enterprise: the guide's "under 1% monthly churn". */
  ENTERPRISE("Enterprise"),
  /** A segment without a size band (not segmented by size, or the size is unknown). */
  UNSIZED("unsized");

  private final String label;

  SegmentKind(String label) {
    this.label = label;
  }

  /** Returns the label used in reports: {@code SMB}, {@code Mid-market}, {@code Enterprise}. */
  public String label() {
    return label;
  }
}
