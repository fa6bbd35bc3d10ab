package dev.icpmetrics.scoring;

import dev.icpmetrics.internal.Checks;
import java.io.Serializable;
import java.util.Locale;

/**
 * The support behind a contribution learned from the customer base: how many labelled accounts
 * shared the attribute value, how many of them were positives, and the lift of that value.
 *
 * <p>{@code lift = (positiveCount / supportCount) / baseRate}; it is 1 for a value as good as the
 * base, above 1 for a better one.
 *
 * @param supportCount the labelled accounts with the attribute value, {@code >= 0}
 * @param positiveCount the positives among them, in {@code [0, supportCount]}
 * @param lift the value's positive rate over the base rate, finite and {@code >= 0}
 */
public record Evidence(long supportCount, long positiveCount, double lift) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates the counts and the lift. */
  public Evidence {
    Checks.nonNegative("supportCount", supportCount);
    Checks.inRange("positiveCount", positiveCount, 0, supportCount);
    Checks.nonNegative("lift", lift);
  }

  /** Returns a one-line form such as {@code n=40, positives=12, lift 1.50}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "n=%d, positives=%d, lift %.2f", supportCount, positiveCount, lift);
  }
}
