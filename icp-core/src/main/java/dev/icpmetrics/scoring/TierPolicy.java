package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * How a value in [0, 100] becomes a {@link Tier}: absolute thresholds, or quantile bands fitted on
 * a sample of scores.
 *
 * <p>Both variants are thresholds in the end: a value {@code v} is {@code A} if {@code v >= a},
 * {@code B} if {@code v >= b}, {@code C} if {@code v >= c}, and {@code D} below.
 */
public sealed interface TierPolicy extends Serializable
    permits TierPolicy.Thresholds, TierPolicy.QuantileBands {

  /** The usual absolute thresholds: A at 80 or more, B at 60, C at 40, D below. */
  Thresholds STANDARD = new Thresholds(80, 60, 40);

  /**
   * Returns the tier of {@code value}.
   *
   * @param value a score value in [0, 100]
   * @return the tier
   */
  Tier tierOf(double value);

  /**
   * Returns absolute thresholds.
   *
   * @param a the lowest value of tier A
   * @param b the lowest value of tier B
   * @param c the lowest value of tier C
   * @return the policy
   * @throws IllegalArgumentException unless {@code 100 >= a > b > c >= 0}
   */
  static Thresholds absolute(double a, double b, double c) {
    return new Thresholds(a, b, c);
  }

  /**
   * Fits quantile bands on a sample of score values: the top {@code aShare} of the sample is A, the
   * next {@code bShare} is B, the next {@code cShare} is C, the rest D.
   *
   * <p>With the sample sorted ascending as {@code x[0..n-1]}, the cut for A is {@code x[n -
   * ceil(aShare * n)]}, the cut for B is {@code x[n - ceil((aShare + bShare) * n)]}, and so on: a
   * value at or above a cut is in that band or better. Ties at a cut therefore all go to the better
   * band, so a band can hold more than its share, and a band can be empty when ties swallow it.
   *
   * @param sample the score values to fit on, each in [0, 100], not empty
   * @param aShare the share of tier A, {@code > 0}
   * @param bShare the share of tier B, {@code > 0}
   * @param cShare the share of tier C, {@code > 0}; the three shares sum to less than 1
   * @return the fitted policy
   */
  static QuantileBands quantiles(double[] sample, double aShare, double bShare, double cShare) {
    requireNonNull(sample, "sample");
    if (sample.length == 0) {
      throw new IllegalArgumentException("sample must not be empty, got 0 values");
    }
    if (!(aShare > 0 && bShare > 0 && cShare > 0 && aShare + bShare + cShare < 1)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "tier shares must each be > 0 and sum to < 1, got a=%s, b=%s, c=%s",
              aShare,
              bShare,
              cShare));
    }
    double[] sorted = sample.clone();
    for (int i = 0; i < sorted.length; i++) {
      Scores.checkValue("sample[" + i + "]", sorted[i]);
    }
    Arrays.sort(sorted);
    int n = sorted.length;
    double a = sorted[cutIndex(n, aShare)];
    double b = sorted[cutIndex(n, aShare + bShare)];
    double c = sorted[cutIndex(n, aShare + bShare + cShare)];
    return new QuantileBands(aShare, bShare, cShare, a, b, c, n);
  }

  private static int cutIndex(int n, double share) {
    return Math.max(0, n - (int) Math.ceil(share * n - 1e-9));
  }

  /**
   * Absolute thresholds.
   *
   * @param a the lowest value of tier A
   * @param b the lowest value of tier B
   * @param c the lowest value of tier C
   */
  record Thresholds(double a, double b, double c) implements TierPolicy {
    private static final long serialVersionUID = 1L;

    /** Validates {@code 100 >= a > b > c >= 0}. */
    public Thresholds {
      if (!(a <= 100 && a > b && b > c && c >= 0)) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "tier thresholds must satisfy 100 >= a > b > c >= 0, got a=%s, b=%s, c=%s",
                a,
                b,
                c));
      }
    }

    @Override
    public Tier tierOf(double value) {
      return TierPolicy.cut(value, a, b, c);
    }

    /** Returns a one-line form such as {@code A >= 80, B >= 60, C >= 40, D below}. */
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "A >= %s, B >= %s, C >= %s, D below", num(a), num(b), num(c));
    }
  }

  /**
   * Quantile bands fitted on a sample, with the cuts they produced. Construct them with {@link
   * TierPolicy#quantiles}.
   *
   * @param aShare the share of tier A asked for
   * @param bShare the share of tier B asked for
   * @param cShare the share of tier C asked for
   * @param aCut the lowest value of tier A
   * @param bCut the lowest value of tier B
   * @param cCut the lowest value of tier C
   * @param sampleCount the number of values fitted on
   */
  record QuantileBands(
      double aShare,
      double bShare,
      double cShare,
      double aCut,
      double bCut,
      double cCut,
      int sampleCount)
      implements TierPolicy {
    private static final long serialVersionUID = 1L;

    /** Validates that the cuts are in [0, 100] and non-increasing. */
    public QuantileBands {
      if (!(aCut <= 100 && aCut >= bCut && bCut >= cCut && cCut >= 0)) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "quantile cuts must satisfy 100 >= a >= b >= c >= 0, got a=%s, b=%s, c=%s",
                aCut,
                bCut,
                cCut));
      }
    }

    @Override
    public Tier tierOf(double value) {
      return TierPolicy.cut(value, aCut, bCut, cCut);
    }

    /** Returns a one-line form with the shares and the fitted cuts. */
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "quantile bands top %s/%s/%s of %d: A >= %s, B >= %s, C >= %s, D below",
          num(aShare),
          num(bShare),
          num(cShare),
          sampleCount,
          num(aCut),
          num(bCut),
          num(cCut));
    }
  }

  private static Tier cut(double value, double a, double b, double c) {
    Scores.checkValue("value", value);
    if (value >= a) {
      return Tier.A;
    }
    if (value >= b) {
      return Tier.B;
    }
    return value >= c ? Tier.C : Tier.D;
  }

  private static String num(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15
        ? Long.toString((long) x)
        : String.format(Locale.ROOT, "%.4g", x);
  }
}
