package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.metrics.MetricResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Proves a strategy's scores against outcomes: positive rate per tier, lift and cumulative gains,
 * ROC-AUC, PR-AUC (average precision), and the population stability index between two score
 * distributions.
 *
 * <p>Every method takes scores as {@code double[]} (or {@code float[]}) and outcomes as a {@code
 * boolean[]} of the same length, {@code true} for a positive. Scores must be finite; tier and PSI
 * methods need them in [0, 100]. The methods are pure and thread-safe; they copy nothing they do
 * not need and never modify their arguments.
 */
public final class Evaluation {
  /** The default top fractions for {@link #gains(double[], boolean[])}: 10%, 20% and 30%. */
  public static final List<Double> DEFAULT_FRACTIONS = List.of(0.1, 0.2, 0.3);

  /** The default epsilon that replaces an empty bin's share in {@link #psi}. */
  public static final double PSI_EPSILON = 1e-4;

  private Evaluation() {}

  /**
   * Returns the count and positives per tier, with the tiers given by {@code tiers}.
   *
   * @param scores the score values, each in [0, 100]
   * @param outcomes the outcomes, same length
   * @param tiers the tier policy
   * @return the report, one row per tier A to D
   */
  public static TierReport tiers(double[] scores, boolean[] outcomes, TierPolicy tiers) {
    check(scores, outcomes);
    requireNonNull(tiers, "tiers");
    long[] count = new long[4];
    long[] pos = new long[4];
    for (int i = 0; i < scores.length; i++) {
      int t = tiers.tierOf(Scores.checkValue("scores[" + i + "]", scores[i])).rank() - 1;
      count[t]++;
      if (outcomes[i]) {
        pos[t]++;
      }
    }
    List<TierReport.Row> rows = new ArrayList<>(4);
    for (Tier t : Tier.values()) {
      rows.add(new TierReport.Row(t, count[t.rank() - 1], pos[t.rank() - 1]));
    }
    return new TierReport(rows, 0, 0);
  }

  /**
   * Returns the count and positives per tier of scores that carry their tier; scores without a tier
   * (disqualified, insufficient data) are counted apart in {@link TierReport#untieredCount()}.
   *
   * @param scores the scores
   * @param outcomes the outcomes, same length
   * @return the report, one row per tier A to D
   */
  public static TierReport tiers(List<Score> scores, boolean[] outcomes) {
    requireNonNull(scores, "scores");
    requireNonNull(outcomes, "outcomes");
    sameLength(scores.size(), outcomes.length);
    long[] count = new long[4];
    long[] pos = new long[4];
    long untiered = 0;
    long untieredPos = 0;
    for (int i = 0; i < outcomes.length; i++) {
      Score s = scores.get(i);
      if (s.tier().isEmpty()) {
        untiered++;
        untieredPos += outcomes[i] ? 1 : 0;
        continue;
      }
      int t = s.tier().get().rank() - 1;
      count[t]++;
      pos[t] += outcomes[i] ? 1 : 0;
    }
    List<TierReport.Row> rows = new ArrayList<>(4);
    for (Tier t : Tier.values()) {
      rows.add(new TierReport.Row(t, count[t.rank() - 1], pos[t.rank() - 1]));
    }
    return new TierReport(rows, untiered, untieredPos);
  }

  /** As {@link #tiers(double[], boolean[], TierPolicy)} for {@code float} scores. */
  public static TierReport tiers(float[] scores, boolean[] outcomes, TierPolicy tiers) {
    return tiers(widen(scores), outcomes, tiers);
  }

  /**
   * Returns lift and cumulative gains at the top {@code fraction} of subjects by score.
   *
   * <p>The top is {@code k = ceil(fraction * n)} subjects, highest score first. When the boundary
   * cuts through a run of tied scores, the tied subjects count pro rata: with {@code t} of the
   * {@code g} tied subjects inside the top and {@code p} positives among the {@code g}, the top
   * holds {@code p * t / g} of them. So the result never depends on the order of the input. Gain is
   * the share of all positives in the top; lift is the top's positive rate over the base rate,
   * {@code gain / (k / n)}.
   *
   * @param scores the scores, finite
   * @param outcomes the outcomes, same length, at least one positive
   * @param fraction the top fraction, in (0, 1]
   * @return the gains
   * @throws IllegalArgumentException if there are no positives: lift is then meaningless
   */
  public static Gains gains(double[] scores, boolean[] outcomes, double fraction) {
    check(scores, outcomes);
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1], got " + fraction);
    }
    int n = scores.length;
    long positives = positives(outcomes);
    requirePositives(positives, n);
    int[] order = descending(scores);
    int k = (int) Math.ceil(fraction * n - 1e-9);
    double inTop = 0;
    int i = 0;
    while (i < k) {
      int j = i;
      long groupPos = 0;
      while (j < n && scores[order[j]] == scores[order[i]]) {
        groupPos += outcomes[order[j]] ? 1 : 0;
        j++;
      }
      int taken = Math.min(j, k) - i;
      inTop += groupPos * (double) taken / (j - i);
      i = j;
    }
    return new Gains(fraction, k, inTop, positives, n);
  }

  /** Returns {@link #gains(double[], boolean[], double)} at the top 10%, 20% and 30%. */
  public static List<Gains> gains(double[] scores, boolean[] outcomes) {
    List<Gains> out = new ArrayList<>();
    for (double f : DEFAULT_FRACTIONS) {
      out.add(gains(scores, outcomes, f));
    }
    return List.copyOf(out);
  }

  /** As {@link #gains(double[], boolean[], double)} for {@code float} scores. */
  public static Gains gains(float[] scores, boolean[] outcomes, double fraction) {
    return gains(widen(scores), outcomes, fraction);
  }

  /**
   * Returns the ROC-AUC: the probability that a random positive scores above a random negative,
   * ties counting one half (the Mann–Whitney U statistic over {@code P * N}).
   *
   * <p>Computed from mid-ranks: {@code AUC = (R - P(P + 1)/2) / (P N)}, with {@code R} the sum of
   * the positives' ranks in ascending score order, tied scores sharing the mean of their ranks. O(n
   * log n).
   *
   * @param scores the scores, finite
   * @param outcomes the outcomes, same length
   * @return the AUC in [0, 1], or undefined without positives or without negatives
   */
  public static MetricResult<Double> rocAuc(double[] scores, boolean[] outcomes) {
    check(scores, outcomes);
    int n = scores.length;
    long p = positives(outcomes);
    long neg = n - p;
    if (p == 0 || neg == 0) {
      return MetricResult.undefined(
          "AUC needs positives and negatives, got " + p + " positives of " + n);
    }
    int[] order = descending(scores);
    // Ranks ascending: the subject at position q of the descending order has rank n - q.
    double rankSum = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      long groupPos = 0;
      while (j < n && scores[order[j]] == scores[order[i]]) {
        groupPos += outcomes[order[j]] ? 1 : 0;
        j++;
      }
      // Positions i..j-1 hold ranks n-j+1 .. n-i; their mean is n - (i + j - 1) / 2.
      double midRank = n - (i + j - 1) / 2.0;
      rankSum += groupPos * midRank;
      i = j;
    }
    double u = rankSum - p * (p + 1) / 2.0;
    return MetricResult.of(u / ((double) p * neg));
  }

  /** As {@link #rocAuc(double[], boolean[])} for {@code float} scores. */
  public static MetricResult<Double> rocAuc(float[] scores, boolean[] outcomes) {
    return rocAuc(widen(scores), outcomes);
  }

  /**
   * Returns the PR-AUC as average precision: {@code AP = sum_k (R_k - R_{k-1}) * P_k} over the
   * distinct score thresholds {@code t_k} in descending order, where {@code P_k} and {@code R_k}
   * are the precision and recall of "score {@code >= t_k}" and {@code R_0 = 0}. Tied scores enter
   * together. This is the step-wise definition of scikit-learn's {@code average_precision_score};
   * it is not the trapezoidal area, which is optimistic.
   *
   * @param scores the scores, finite
   * @param outcomes the outcomes, same length
   * @return the average precision in [0, 1], or undefined without positives
   */
  public static MetricResult<Double> averagePrecision(double[] scores, boolean[] outcomes) {
    check(scores, outcomes);
    int n = scores.length;
    long p = positives(outcomes);
    if (p == 0) {
      return MetricResult.undefined("average precision needs positives, got 0 of " + n);
    }
    int[] order = descending(scores);
    double ap = 0;
    long tp = 0;
    long prevTp = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && scores[order[j]] == scores[order[i]]) {
        tp += outcomes[order[j]] ? 1 : 0;
        j++;
      }
      ap += (tp - prevTp) / (double) p * (tp / (double) j);
      prevTp = tp;
      i = j;
    }
    return MetricResult.of(ap);
  }

  /** As {@link #averagePrecision(double[], boolean[])} for {@code float} scores. */
  public static MetricResult<Double> averagePrecision(float[] scores, boolean[] outcomes) {
    return averagePrecision(widen(scores), outcomes);
  }

  /**
   * Returns the population stability index of {@code actual} against {@code expected} over ten
   * equal-width bins of [0, 100] ({@code [0, 10), [10, 20), ..., [90, 100]}, the last one closed),
   * with {@link #PSI_EPSILON} for empty bins.
   *
   * <p>{@code PSI = sum_i (a_i - e_i) * ln(a_i / e_i)}, with {@code e_i} and {@code a_i} the shares
   * of each distribution in bin {@code i}; a share of 0 is replaced by epsilon (the others are not
   * renormalised). Common reading: below 0.1 stable, 0.1 to 0.25 a moderate shift, above 0.25 a
   * major shift.
   *
   * @param expected the reference scores, each in [0, 100], not empty
   * @param actual the new scores, each in [0, 100], not empty
   * @return the PSI, {@code >= 0}
   */
  public static double psi(double[] expected, double[] actual) {
    double[] edges = new double[11];
    for (int i = 0; i <= 10; i++) {
      edges[i] = 10.0 * i;
    }
    return psi(expected, actual, edges, PSI_EPSILON);
  }

  /** As {@link #psi(double[], double[])} for {@code float} scores. */
  public static double psi(float[] expected, float[] actual) {
    return psi(widen(expected), widen(actual));
  }

  /**
   * Returns the population stability index over the bins {@code [edges[i], edges[i+1])}, the last
   * bin closed on the right.
   *
   * @param expected the reference values, within {@code [edges[0], edges[m]]}, not empty
   * @param actual the new values, within the same range, not empty
   * @param edges the bin edges, strictly increasing, at least 2
   * @param epsilon the share that replaces an empty bin's 0, in (0, 1)
   * @return the PSI, {@code >= 0}
   */
  public static double psi(double[] expected, double[] actual, double[] edges, double epsilon) {
    requireNonNull(expected, "expected");
    requireNonNull(actual, "actual");
    requireNonNull(edges, "edges");
    if (edges.length < 2) {
      throw new IllegalArgumentException("edges must have at least 2 values, got " + edges.length);
    }
    for (int i = 0; i < edges.length; i++) {
      if (!Double.isFinite(edges[i]) || (i > 0 && !(edges[i] > edges[i - 1]))) {
        throw new IllegalArgumentException(
            "edges must be finite and strictly increasing, got " + Arrays.toString(edges));
      }
    }
    if (!(epsilon > 0 && epsilon < 1)) {
      throw new IllegalArgumentException("epsilon must be in (0, 1), got " + epsilon);
    }
    double[] e = shares("expected", expected, edges);
    double[] a = shares("actual", actual, edges);
    double psi = 0;
    for (int i = 0; i < e.length; i++) {
      double ei = e[i] == 0 ? epsilon : e[i];
      double ai = a[i] == 0 ? epsilon : a[i];
      psi += (ai - ei) * Math.log(ai / ei);
    }
    return psi;
  }

  private static double[] shares(String field, double[] values, double[] edges) {
    if (values.length == 0) {
      throw new IllegalArgumentException(field + " must not be empty, got 0 values");
    }
    int m = edges.length - 1;
    double[] counts = new double[m];
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (!(v >= edges[0] && v <= edges[m])) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "%s[%d] must be in [%s, %s], got %s",
                field,
                i,
                edges[0],
                edges[m],
                v));
      }
      int bin = Arrays.binarySearch(edges, v);
      bin = bin >= 0 ? Math.min(bin, m - 1) : -bin - 2;
      counts[bin]++;
    }
    for (int i = 0; i < m; i++) {
      counts[i] /= values.length;
    }
    return counts;
  }

  static void check(double[] scores, boolean[] outcomes) {
    requireNonNull(scores, "scores");
    requireNonNull(outcomes, "outcomes");
    sameLength(scores.length, outcomes.length);
    for (int i = 0; i < scores.length; i++) {
      if (!Double.isFinite(scores[i])) {
        throw new IllegalArgumentException("scores[" + i + "] must be finite, got " + scores[i]);
      }
    }
  }

  private static void sameLength(int scores, int outcomes) {
    if (scores != outcomes) {
      throw new IllegalArgumentException(
          "outcomes must have as many values as scores (" + scores + "), got " + outcomes);
    }
  }

  static void requirePositives(long positives, int n) {
    if (positives == 0) {
      throw new IllegalArgumentException(
          "outcomes must contain at least one positive, got 0 of " + n);
    }
  }

  private static long positives(boolean[] outcomes) {
    long p = 0;
    for (boolean o : outcomes) {
      p += o ? 1 : 0;
    }
    return p;
  }

  /** Returns the indices sorted by descending score, ties by ascending index. */
  private static int[] descending(double[] scores) {
    Integer[] boxed = new Integer[scores.length];
    for (int i = 0; i < boxed.length; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (x, y) -> Double.compare(scores[y], scores[x]));
    int[] out = new int[boxed.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = boxed[i];
    }
    return out;
  }

  private static double[] widen(float[] values) {
    requireNonNull(values, "scores");
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }
}
