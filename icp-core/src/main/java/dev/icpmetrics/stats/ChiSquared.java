package dev.icpmetrics.stats;

/**
 * The chi-squared distribution with {@code df} degrees of freedom, through the incomplete gamma
 * function: {@code P(X <= x) = P(df / 2, x / 2)}.
 *
 * <p>Internal to the module.
 */
public final class ChiSquared {
  private ChiSquared() {}

  /**
   * Returns the upper tail {@code P(X > x) = Q(df / 2, x / 2)}, the p-value of a chi-squared
   * statistic {@code x}.
   *
   * @param x the statistic, {@code >= 0}
   * @param df the degrees of freedom, finite and {@code > 0}
   * @return the upper-tail probability, in [0, 1]
   */
  public static double upperTail(double x, double df) {
    checkDf(df);
    return Gamma.regularizedUpper(0.5 * df, 0.5 * x);
  }

  /**
   * Returns the {@code p}-quantile {@code x} with {@code P(X <= x) = p}: {@code 2 P^-1(df / 2, p)}.
   *
   * @param p a probability in [0, 1)
   * @param df the degrees of freedom, finite and {@code > 0}
   * @return the quantile; 0 for {@code p = 0}
   */
  public static double quantile(double p, double df) {
    checkDf(df);
    return 2.0 * Gamma.inverseRegularizedLower(0.5 * df, p);
  }

  private static void checkDf(double df) {
    if (!(df > 0.0 && df < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("df must be finite and > 0, got " + df);
    }
  }
}
