package dev.icpmetrics.segment;

/**
 * The play the guide recommends for a segment; {@code docs/segments.md} and {@link Assessment} give
 * the decision rule.
 */
public enum Play {
  /** Churn is the problem: focus on retention and onboarding (the guide's SMB reading). */
  RETENTION_AND_ONBOARDING("retention & onboarding"),
  /** A healthy segment: grow it with upsell and cross-sell (the guide's mid-market reading). */
  UPSELL_AND_CROSS_SELL("upsell & cross-sell"),
  /**
   * Acquisition is the problem: make it cheaper and the sales cycle shorter (the guide's enterprise
   * reading).
   */
  CHEAPER_ACQUISITION_SHORTER_CYCLE("cheaper acquisition, shorter cycle"),
  /** Both value and cost miss their targets: deprioritise the segment. */
  DEPRIORITISE("deprioritise"),
  /** Too little data to choose a play: collect more before acting. */
  COLLECT_MORE_DATA("collect more data");

  private final String label;

  Play(String label) {
    this.label = label;
  }

  /** Returns the label used in reports, such as {@code retention & onboarding}. */
  public String label() {
    return label;
  }
}
