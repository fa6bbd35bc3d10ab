package dev.icpmetrics.stats;

import java.util.Locale;

/**
 * Gauss's hypergeometric function {@code 2F1(a, b; c; z)} on {@code 0 <= z < 1}, by its power
 * series {@code sum_k (a)_k (b)_k / ((c)_k k!) z^k}.
 *
 * <p>The series is summed with Neumaier's compensated summation. It stops when the next term and a
 * bound on the remaining tail are both below {@code 1e-15} of the partial sum: once the ratio of
 * consecutive terms {@code rho_k = (a+k)(b+k) z / ((c+k)(k+1))} has settled below 1 and no longer
 * rises above {@code max(rho_k, z)}, the tail is at most {@code |t_k| q / (1 - q)} with {@code q =
 * max(rho_k, z)}. Near {@code z = 1} the series needs about {@code 37 / -ln z} terms (36,800 for
 * {@code z = 0.999}); when it has not converged within the term budget it throws rather than return
 * a truncated sum.
 *
 * <p>Thread-safe: stateless.
 */
public final class Hypergeometric {
  /** The number of series terms summed before giving up. */
  public static final int DEFAULT_MAX_TERMS = 10_000_000;

  private static final double RELATIVE_TOLERANCE = 1e-15;

  private Hypergeometric() {}

  /**
   * Returns {@code 2F1(a, b; c; z)} for {@code 0 <= z < 1}.
   *
   * @param a the first numerator parameter, finite
   * @param b the second numerator parameter, finite
   * @param c the denominator parameter, finite and not zero or a negative integer
   * @param z the argument, in [0, 1)
   * @return the value of the series
   * @throws IllegalArgumentException if an argument is outside its domain
   * @throws ArithmeticException if the series does not converge within {@link #DEFAULT_MAX_TERMS}
   *     terms, naming the parameters, the terms summed and the partial sum
   */
  public static double hyp2f1(double a, double b, double c, double z) {
    return hyp2f1(a, b, c, z, DEFAULT_MAX_TERMS);
  }

  /**
   * Returns {@code 2F1(a, b; c; z)} for {@code 0 <= z < 1}, summing at most {@code maxTerms} terms.
   *
   * @param a the first numerator parameter, finite
   * @param b the second numerator parameter, finite
   * @param c the denominator parameter, finite and not zero or a negative integer
   * @param z the argument, in [0, 1)
   * @param maxTerms the term budget, {@code >= 1}
   * @return the value of the series
   * @throws IllegalArgumentException if an argument is outside its domain
   * @throws ArithmeticException if the series does not converge within {@code maxTerms} terms
   */
  public static double hyp2f1(double a, double b, double c, double z, int maxTerms) {
    requireFinite("a", a);
    requireFinite("b", b);
    requireFinite("c", c);
    if (c <= 0 && c == Math.rint(c)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "c must not be zero or a negative integer, got %s", c));
    }
    if (!(z >= 0.0 && z < 1.0)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "z must be in [0, 1), got %s", z));
    }
    if (maxTerms < 1) {
      throw new IllegalArgumentException("maxTerms must be >= 1, got " + maxTerms);
    }
    if (z == 0.0 || a == 0.0 || b == 0.0) {
      return 1.0;
    }
    double sum = 1.0;
    double compensation = 0.0;
    double term = 1.0;
    for (int k = 0; k < maxTerms; k++) {
      double ratio = (a + k) * (b + k) / ((c + k) * (k + 1.0)) * z;
      term *= ratio;
      if (term == 0.0) {
        // a or b is a non-positive integer: the series is a polynomial and has ended.
        return sum + compensation;
      }
      if (!Double.isFinite(term)) {
        break;
      }
      double t = sum + term;
      compensation += Math.abs(sum) >= Math.abs(term) ? (sum - t) + term : (term - t) + sum;
      sum = t;
      double total = Math.abs(sum + compensation);
      double nextRatio = Math.abs((a + k + 1) * (b + k + 1) / ((c + k + 1) * (k + 2.0)) * z);
      // Past the turning point the ratios approach z monotonically, so q bounds all later ratios.
      boolean settled = k + 1 > Math.abs(a) + Math.abs(b) + Math.abs(c) && nextRatio < 1.0;
      if (settled) {
        double q = Math.max(nextRatio, z);
        double tail = Math.abs(term) * q / (1.0 - q);
        if (tail <= RELATIVE_TOLERANCE * total) {
          return sum + compensation;
        }
      }
    }
    throw new ArithmeticException(
        String.format(
            Locale.ROOT,
            "2F1(a=%s, b=%s; c=%s; z=%s) must converge within %d terms, got partial sum %s with last"
                + " term %s",
            a,
            b,
            c,
            z,
            maxTerms,
            sum + compensation,
            term));
  }

  private static void requireFinite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be finite, got " + value);
    }
  }
}
