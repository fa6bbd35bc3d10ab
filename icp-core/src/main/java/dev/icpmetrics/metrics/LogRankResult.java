package dev.icpmetrics.metrics;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.stats.ChiSquared;
import java.util.Locale;

/**
 * The result of a {@link LogRank} test: per group the subjects, the observed events {@code O} and
 * the events expected under the null {@code E}, and the variance {@code V} of {@code O_1 - E_1}.
 * The statistic and its p-value are derived: {@code chiSquare = (O_1 - E_1)^2 / V}, {@code p =
 * P(chi2_1 > chiSquare)}.
 *
 * @param firstCount subjects in the first group
 * @param firstObserved events observed in the first group
 * @param firstExpected events expected in the first group under the null
 * @param secondCount subjects in the second group
 * @param secondObserved events observed in the second group
 * @param secondExpected events expected in the second group under the null
 * @param variance the variance of {@code O_1 - E_1}, {@code >= 0}
 */
public record LogRankResult(
    long firstCount,
    long firstObserved,
    double firstExpected,
    long secondCount,
    long secondObserved,
    double secondExpected,
    double variance) {

  /**
   * Validates the counts and that the expectations and the variance are finite and {@code >= 0}.
   */
  public LogRankResult {
    LogRank.checkCounts(firstCount, firstObserved, "first");
    LogRank.checkCounts(secondCount, secondObserved, "second");
    Checks.nonNegative("firstExpected", firstExpected);
    Checks.nonNegative("secondExpected", secondExpected);
    Checks.nonNegative("variance", variance);
  }

  /**
   * Returns {@code (O_1 - E_1)^2 / V}, chi-squared with 1 degree of freedom under the null.
   *
   * @return the statistic; undefined when {@code V = 0} (no events, or a group with nobody at risk
   *     at any event time)
   */
  public MetricResult<Double> chiSquare() {
    if (variance == 0.0) {
      return MetricResult.undefined("no variance: no event with both groups at risk");
    }
    double diff = firstObserved - firstExpected;
    return MetricResult.of(diff * diff / variance);
  }

  /**
   * Returns the p-value {@code P(chi2_1 > chiSquare)}.
   *
   * @return the p-value in [0, 1]; undefined when the statistic is
   */
  public MetricResult<Double> pValue() {
    return chiSquare().map(x -> ChiSquared.upperTail(x, 1));
  }

  /**
   * Returns a table like R's {@code survdiff}: a line per group with N, observed, expected and
   * {@code (O-E)^2/E}, then the statistic and p-value.
   */
  @Override
  public String toString() {
    String head =
        String.format(
            Locale.ROOT,
            "%-7s %6s %9s %9s %10s",
            "group",
            "N",
            "Observed",
            "Expected",
            "(O-E)^2/E");
    return head
        + '\n'
        + row("first", firstCount, firstObserved, firstExpected)
        + '\n'
        + row("second", secondCount, secondObserved, secondExpected)
        + '\n'
        + chiSquare()
            .map(
                x ->
                    String.format(
                        Locale.ROOT,
                        "Chisq = %.4f on 1 degree of freedom, p = %.4g",
                        x,
                        ChiSquared.upperTail(x, 1)))
            .orElse("Chisq undefined (no variance: no event with both groups at risk)");
  }

  private static String row(String name, long n, long observed, double expected) {
    String contribution =
        expected == 0.0
            ? "-"
            : String.format(
                Locale.ROOT, "%.4f", (observed - expected) * (observed - expected) / expected);
    return String.format(
        Locale.ROOT, "%-7s %6d %9d %9.4f %10s", name, n, observed, expected, contribution);
  }
}
