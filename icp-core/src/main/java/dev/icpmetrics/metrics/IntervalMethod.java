package dev.icpmetrics.metrics;

/**
 * How {@link Proportion#interval(IntervalMethod, double)} computes a confidence interval for a
 * binomial proportion {@code k / n} at level {@code 1 - alpha}.
 *
 * <p>{@link #WILSON} is the default: it is close to nominal coverage for every {@code n} and {@code
 * p}, and stays inside [0, 1]. {@link #JEFFREYS} has similar coverage with equal tails; {@link
 * #CLOPPER_PEARSON} is exact, guaranteeing at least the nominal coverage, and therefore wider. All
 * three give a lower bound of exactly 0 when {@code k = 0} and an upper bound of exactly 1 when
 * {@code k = n}.
 */
public enum IntervalMethod {
  /**
   * The Wilson score interval, R's {@code prop.test(k, n, correct = FALSE)}: with {@code z =
   * Phi^-1(1 - alpha/2)} and {@code p = k/n}, the bounds are {@code (p + z^2/(2n) +- z sqrt(p(1 -
   * p)/n + z^2/(4n^2))) / (1 + z^2/n)}.
   */
  WILSON("Wilson"),

  /**
   * The Jeffreys interval, the equal-tailed credible interval under the Jeffreys prior Beta(1/2,
   * 1/2): {@code [Beta^-1(alpha/2; k + 1/2, n - k + 1/2), Beta^-1(1 - alpha/2; k + 1/2, n - k +
   * 1/2)]}, with the lower bound 0 at {@code k = 0} and the upper bound 1 at {@code k = n}.
   */
  JEFFREYS("Jeffreys"),

  /**
   * The exact Clopper-Pearson interval, R's {@code binom.test(k, n)}: {@code [Beta^-1(alpha/2; k, n
   * - k + 1), Beta^-1(1 - alpha/2; k + 1, n - k)]}, with the lower bound 0 at {@code k = 0} and the
   * upper bound 1 at {@code k = n}.
   */
  CLOPPER_PEARSON("Clopper-Pearson");

  private final String label;

  IntervalMethod(String label) {
    this.label = label;
  }

  /** Returns the method's usual name, such as {@code Clopper-Pearson}. */
  public String label() {
    return label;
  }
}
