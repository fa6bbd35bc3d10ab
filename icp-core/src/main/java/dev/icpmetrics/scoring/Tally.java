package dev.icpmetrics.scoring;

import java.io.Serializable;

/** Judged subjects and positives of one cell or attribute value; package-private. */
record Tally(long n, long k) implements Serializable {
  private static final long serialVersionUID = 1L;
}
