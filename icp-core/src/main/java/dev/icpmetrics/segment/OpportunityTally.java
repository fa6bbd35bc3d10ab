package dev.icpmetrics.segment;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.metrics.MetricResult;
import dev.icpmetrics.metrics.Proportion;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Additive counts of a segment's opportunities over a window: won and lost (closed in the window),
 * still open at the as-of date, and the sales cycles of the won ones as a histogram of whole days
 * (so that the median of a merged tally is exact).
 *
 * <p>{@link #plus} is associative and commutative with {@link #empty()} as identity; every rate is
 * derived from the counts. The conversion rate is {@code won / (won + lost)}: open opportunities
 * have no outcome yet and are left out of both.
 *
 * @param wonCount opportunities won in the window, {@code >= 0}
 * @param lostCount opportunities lost in the window, {@code >= 0}
 * @param openCount opportunities open at the as-of date, {@code >= 0}
 * @param salesCycleDays the won opportunities' days to close: days to the number of won deals that
 *     took that long; keys and counts {@code >= 0}, counts summing to at most {@code wonCount}
 */
public record OpportunityTally(
    long wonCount, long lostCount, long openCount, SortedMap<Long, Long> salesCycleDays) {

  private static final OpportunityTally EMPTY = new OpportunityTally(0, 0, 0, new TreeMap<>());

  /** Validates the counts and copies the histogram (dropping zero counts). */
  public OpportunityTally {
    Checks.nonNegative("wonCount", wonCount);
    Checks.nonNegative("lostCount", lostCount);
    Checks.nonNegative("openCount", openCount);
    requireNonNull(salesCycleDays, "salesCycleDays");
    TreeMap<Long, Long> h = new TreeMap<>();
    long n = 0;
    for (Map.Entry<Long, Long> e : salesCycleDays.entrySet()) {
      long days = Checks.nonNegative("salesCycleDays key", requireNonNull(e.getKey(), "days"));
      long count =
          Checks.nonNegative("salesCycleDays count", requireNonNull(e.getValue(), "count"));
      if (count > 0) {
        h.put(days, count);
        n = Math.addExact(n, count);
      }
    }
    if (n > wonCount) {
      throw new IllegalArgumentException(
          "salesCycleDays must count at most wonCount " + wonCount + " deals, got " + n);
    }
    salesCycleDays = Collections.unmodifiableSortedMap(h);
  }

  /** Returns no opportunity at all, the identity of {@link #plus}. */
  public static OpportunityTally empty() {
    return EMPTY;
  }

  /** Returns one opportunity won after {@code days} days. */
  static OpportunityTally won(long days) {
    TreeMap<Long, Long> h = new TreeMap<>();
    h.put(days, 1L);
    return new OpportunityTally(1, 0, 0, h);
  }

  /** Returns one opportunity lost. */
  static OpportunityTally lost() {
    return new OpportunityTally(0, 1, 0, new TreeMap<>());
  }

  /** Returns one opportunity open. */
  static OpportunityTally open() {
    return new OpportunityTally(0, 0, 1, new TreeMap<>());
  }

  /**
   * Returns the tally of this and a disjoint {@code other}: counts and histograms added.
   *
   * @param other the other tally
   * @return the sum
   * @throws ArithmeticException on overflow
   */
  public OpportunityTally plus(OpportunityTally other) {
    requireNonNull(other, "other");
    TreeMap<Long, Long> h = new TreeMap<>(salesCycleDays);
    other.salesCycleDays.forEach((d, c) -> h.merge(d, c, Math::addExact));
    return new OpportunityTally(
        Math.addExact(wonCount, other.wonCount),
        Math.addExact(lostCount, other.lostCount),
        Math.addExact(openCount, other.openCount),
        h);
  }

  /** Returns the closed opportunities as a proportion: {@code won} of {@code won + lost}. */
  public Proportion conversion() {
    return Proportion.of(wonCount, Math.addExact(wonCount, lostCount));
  }

  /** Returns the number of won deals with a known sales cycle. */
  public long salesCycleCount() {
    long n = 0;
    for (long c : salesCycleDays.values()) {
      n += c;
    }
    return n;
  }

  /**
   * Returns the mean sales cycle of won deals, {@code sum(days) / count}, in days.
   *
   * @return the mean; undefined with no won deal
   */
  public MetricResult<Double> meanSalesCycleDays() {
    long n = salesCycleCount();
    if (n == 0) {
      return MetricResult.undefined("no won opportunity in the window");
    }
    double sum = 0;
    for (Map.Entry<Long, Long> e : salesCycleDays.entrySet()) {
      sum += (double) e.getKey() * e.getValue();
    }
    return MetricResult.of(sum / n);
  }

  /**
   * Returns the median sales cycle of won deals in days: the middle value, or the mean of the two
   * middle values for an even count (R's {@code median}).
   *
   * @return the median; undefined with no won deal
   */
  public MetricResult<Double> medianSalesCycleDays() {
    long n = salesCycleCount();
    if (n == 0) {
      return MetricResult.undefined("no won opportunity in the window");
    }
    long lo = (n - 1) / 2; // 0-based ranks of the middle value(s)
    long hi = n / 2;
    double a = Double.NaN;
    long seen = 0;
    for (Map.Entry<Long, Long> e : salesCycleDays.entrySet()) {
      long next = seen + e.getValue();
      if (Double.isNaN(a) && lo < next) {
        a = e.getKey();
      }
      if (hi < next) {
        return MetricResult.of((a + e.getKey()) / 2);
      }
      seen = next;
    }
    throw new AssertionError("median not found");
  }

  /** Returns {@code Opportunities[won 12, lost 30, open 4, median cycle 45.0 d]}. */
  @Override
  public String toString() {
    MetricResult<Double> m = medianSalesCycleDays();
    return String.format(
        Locale.ROOT,
        "Opportunities[won %d, lost %d, open %d%s]",
        wonCount,
        lostCount,
        openCount,
        m.isDefined() ? String.format(Locale.ROOT, ", median cycle %.1f d", m.orElseThrow()) : "");
  }
}
