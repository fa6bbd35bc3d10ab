package dev.icpmetrics.scoring;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.metrics.Interval;
import dev.icpmetrics.metrics.MetricResult;
import dev.icpmetrics.metrics.Proportion;
import java.util.List;
import java.util.Locale;

/**
 * The positive rate per tier, and whether it falls from tier A to tier D as a tier policy promises.
 *
 * @param rows one row per tier, A to D, in that order
 * @param untieredCount subjects without a tier (disqualified or without enough data)
 * @param untieredPositiveCount the positives among them
 */
public record TierReport(List<Row> rows, long untieredCount, long untieredPositiveCount) {

  /** Validates the rows and counts. */
  public TierReport {
    rows = List.copyOf(rows);
    if (rows.size() != Tier.values().length) {
      throw new IllegalArgumentException("rows must have one row per tier (4), got " + rows.size());
    }
    Checks.nonNegative("untieredCount", untieredCount);
    Checks.inRange("untieredPositiveCount", untieredPositiveCount, 0, untieredCount);
  }

  /** Returns the row of {@code tier}. */
  public Row row(Tier tier) {
    return rows.get(tier.rank() - 1);
  }

  /**
   * Returns true if the positive rate never rises from a better tier to a worse one: {@code rate(A)
   * >= rate(B) >= rate(C) >= rate(D)}, skipping empty tiers. Point estimates only: with small
   * tiers, read the counts too.
   */
  public boolean isMonotone() {
    double previous = Double.POSITIVE_INFINITY;
    for (Row r : rows) {
      if (r.count() == 0) {
        continue;
      }
      double rate = r.positiveCount() / (double) r.count();
      if (rate > previous) {
        return false;
      }
      previous = rate;
    }
    return true;
  }

  /** Returns an aligned table: tier, count, positives, rate, then the monotonicity verdict. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("tier     count  positives    rate  95% Wilson");
    for (Row r : rows) {
      s.append(System.lineSeparator())
          .append(
              String.format(
                  Locale.ROOT,
                  "%-4s %9d %10d %7s  %s",
                  r.tier(),
                  r.count(),
                  r.positiveCount(),
                  r.rate().map(x -> String.format(Locale.ROOT, "%.1f%%", x * 100)).orElse("-"),
                  r.interval()
                      .map(
                          i ->
                              String.format(
                                  Locale.ROOT,
                                  "[%.1f%%, %.1f%%]",
                                  100 * i.lower(),
                                  100 * i.upper()))
                      .orElse("-")));
    }
    if (untieredCount > 0) {
      s.append(System.lineSeparator())
          .append(
              String.format(
                  Locale.ROOT, "%-4s %9d %10d", "none", untieredCount, untieredPositiveCount));
    }
    s.append(System.lineSeparator()).append(isMonotone() ? "monotone" : "NOT monotone");
    return s.toString();
  }

  /**
   * One tier's count and positives.
   *
   * @param tier the tier
   * @param count the subjects in it, {@code >= 0}
   * @param positiveCount the positives among them, in {@code [0, count]}
   */
  public record Row(Tier tier, long count, long positiveCount) {
    /** Validates the counts. */
    public Row {
      java.util.Objects.requireNonNull(tier, "tier");
      Checks.nonNegative("count", count);
      Checks.inRange("positiveCount", positiveCount, 0, count);
    }

    /** Returns {@code positiveCount / count}, or undefined for an empty tier. */
    public MetricResult<Double> rate() {
      return count == 0
          ? MetricResult.undefined("no subjects in tier " + tier)
          : MetricResult.of(positiveCount / (double) count);
    }

    /** Returns the tier's positives out of its count, as a proportion. */
    public Proportion proportion() {
      return Proportion.of(positiveCount, count);
    }

    /** Returns the 95% Wilson interval of the rate, or undefined for an empty tier. */
    public MetricResult<Interval> interval() {
      return proportion().interval();
    }
  }
}
