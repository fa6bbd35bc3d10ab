package dev.icpmetrics.scoring;

/** The label of one subject of a customer base under a {@link LabelDefinition}. */
public enum Label {
  /** A good customer. */
  POSITIVE,
  /** Judged, and not a good customer. */
  NEGATIVE,
  /** Too young (or otherwise not judgeable) yet: left out of learning, never a negative. */
  UNKNOWN
}
