package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.util.Arrays;
import java.util.List;

/**
 * The log-rank (Mantel-Cox) test that two groups share one survival curve, as R's {@code
 * survdiff(rho = 0)}.
 *
 * <p>At each distinct event time {@code t_i} of the pooled data, with {@code n_i} at risk ({@code
 * n_1i} of them in the first group) and {@code d_i} events: {@code E_1 = sum d_i n_1i / n_i} and
 * {@code V = sum d_i (n_1i / n_i) (1 - n_1i / n_i) (n_i - d_i) / (n_i - 1)}; the statistic {@code
 * (O_1 - E_1)^2 / V} is chi-squared with 1 degree of freedom under the null. At-risk sets follow
 * {@link KaplanMeier}: a subject censored at an event time is still at risk then.
 *
 * <p>Cost: four primitive sorts and one merge pass. Pure and thread-safe.
 */
public final class LogRank {
  private LogRank() {}

  /**
   * Tests two groups given as lists of lifetimes.
   *
   * @param first the first group
   * @param second the second group
   * @return observed and expected events per group, the statistic and its p-value
   */
  public static LogRankResult test(List<Lifetime> first, List<Lifetime> second) {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    int n = first.size() + second.size();
    double[] times = new double[n];
    boolean[] events = new boolean[n];
    boolean[] inSecond = new boolean[n];
    int i = 0;
    for (Lifetime l : first) {
      times[i] = l.time();
      events[i++] = l.event();
    }
    for (Lifetime l : second) {
      times[i] = l.time();
      events[i] = l.event();
      inSecond[i++] = true;
    }
    return test(times, events, inSecond);
  }

  /**
   * Tests two groups given as columns: subject {@code i} has time {@code times[i]}, status {@code
   * events[i]}, and belongs to the second group if {@code inSecond[i]}.
   *
   * @param times each subject's time, finite and {@code >= 0}
   * @param events each subject's status: true for an event, false for censored
   * @param inSecond each subject's group: false for the first, true for the second
   * @return observed and expected events per group, the statistic and its p-value
   * @throws IllegalArgumentException if a time is negative or not finite, or the arrays differ in
   *     length
   */
  public static LogRankResult test(double[] times, boolean[] events, boolean[] inSecond) {
    requireNonNull(times, "times");
    requireNonNull(events, "events");
    requireNonNull(inSecond, "inSecond");
    if (events.length != times.length) {
      throw new IllegalArgumentException(
          "events.length must be " + times.length + " (times.length), got " + events.length);
    }
    if (inSecond.length != times.length) {
      throw new IllegalArgumentException(
          "inSecond.length must be " + times.length + " (times.length), got " + inSecond.length);
    }
    int[] count = new int[4]; // all1, all2, events1, events2
    for (int i = 0; i < times.length; i++) {
      double t = times[i];
      if (!(t >= 0.0 && t < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException("times[" + i + "] must be finite and >= 0, got " + t);
      }
      int g = inSecond[i] ? 1 : 0;
      count[g]++;
      if (events[i]) {
        count[2 + g]++;
      }
    }
    double[][] all = {new double[count[0]], new double[count[1]]};
    double[][] ev = {new double[count[2]], new double[count[3]]};
    int[] fill = new int[4];
    for (int i = 0; i < times.length; i++) {
      int g = inSecond[i] ? 1 : 0;
      all[g][fill[g]++] = times[i];
      if (events[i]) {
        ev[g][fill[2 + g]++] = times[i];
      }
    }
    for (double[] a : all) {
      Arrays.sort(a);
    }
    for (double[] a : ev) {
      Arrays.sort(a);
    }
    double expected1 = 0.0;
    double expected2 = 0.0;
    double variance = 0.0;
    int a1 = 0; // subjects of group 1 with time < t
    int a2 = 0;
    int e1 = 0; // events of group 1 at times < t
    int e2 = 0;
    while (e1 < ev[0].length || e2 < ev[1].length) {
      double t =
          Math.min(
              e1 < ev[0].length ? ev[0][e1] : Double.POSITIVE_INFINITY,
              e2 < ev[1].length ? ev[1][e2] : Double.POSITIVE_INFINITY);
      while (a1 < all[0].length && all[0][a1] < t) {
        a1++;
      }
      while (a2 < all[1].length && all[1][a2] < t) {
        a2++;
      }
      double n1 = all[0].length - a1;
      double n2 = all[1].length - a2;
      double n = n1 + n2;
      long d = 0;
      while (e1 < ev[0].length && ev[0][e1] == t) {
        e1++;
        d++;
      }
      while (e2 < ev[1].length && ev[1][e2] == t) {
        e2++;
        d++;
      }
      expected1 += d * n1 / n;
      expected2 += d * n2 / n;
      if (n > 1) {
        variance += d * (n1 / n) * (1 - n1 / n) * (n - d) / (n - 1);
      }
    }
    return new LogRankResult(
        count[0], count[2], expected1, count[1], count[3], expected2, variance);
  }

  static void checkCounts(long subjects, long observed, String group) {
    Checks.nonNegative(group + "Count", subjects);
    Checks.inRange(group + "Observed", observed, 0, subjects);
  }
}
