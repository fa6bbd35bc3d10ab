package dev.icpmetrics.scoring;

import java.util.Locale;

/**
 * Lift and cumulative gains at the top {@code fraction} of subjects by score; see {@link
 * Evaluation#gains(double[], boolean[], double)}.
 *
 * @param fraction the top fraction asked for, in (0, 1]
 * @param selectedCount the subjects in the top, {@code ceil(fraction * totalCount)}
 * @param selectedPositives the positives in the top; fractional when ties straddle the boundary
 * @param positiveCount all positives, {@code > 0}
 * @param totalCount all subjects
 */
public record Gains(
    double fraction,
    int selectedCount,
    double selectedPositives,
    long positiveCount,
    long totalCount) {

  /** Validates the counts. */
  public Gains {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1], got " + fraction);
    }
    Evaluation.requirePositives(positiveCount, (int) totalCount);
    if (!(selectedPositives >= 0 && selectedPositives <= Math.min(selectedCount, positiveCount))) {
      throw new IllegalArgumentException(
          "selectedPositives must be in [0, "
              + Math.min(selectedCount, positiveCount)
              + "], got "
              + selectedPositives);
    }
  }

  /** Returns the cumulative gain: the share of all positives in the top, in [0, 1]. */
  public double gain() {
    return selectedPositives / positiveCount;
  }

  /**
   * Returns the lift: the top's positive rate over the base rate; 1 means no better than random.
   */
  public double lift() {
    return (selectedPositives / selectedCount) / ((double) positiveCount / totalCount);
  }

  /**
   * Returns a one-line form such as {@code top 10%: 12 of 40 positives (gain 30.0%), lift 3.00}.
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "top %s%%: %s of %d positives (gain %.1f%%), lift %.2f",
        Scores.format(fraction * 100).replaceAll("\\.00$", ""),
        selectedPositives == Math.rint(selectedPositives)
            ? Long.toString((long) selectedPositives)
            : String.format(Locale.ROOT, "%.2f", selectedPositives),
        positiveCount,
        gain() * 100,
        lift());
  }
}
