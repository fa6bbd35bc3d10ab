package dev.icpmetrics.stats;

/**
 * The standard normal distribution: its cumulative distribution function and its quantile.
 *
 * <p>Internal to the module. Both functions are accurate to about 1e-15 relative over the range of
 * doubles they are defined on.
 */
public final class Normal {
  private Normal() {}

  /**
   * Returns {@code Phi(x) = P(Z <= x)} for a standard normal {@code Z}.
   *
   * <p>Computed as {@code Phi(x) = Q(1/2, x^2/2) / 2} for {@code x < 0} and {@code 1 - Q(1/2,
   * x^2/2) / 2} otherwise, where {@code Q} is the regularized upper incomplete gamma function
   * ({@code erfc(z) = Q(1/2, z^2)}).
   *
   * @param x any finite or infinite value; NaN gives NaN
   * @return the probability, in [0, 1]
   */
  public static double cdf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x == Double.NEGATIVE_INFINITY) {
      return 0.0;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return 1.0;
    }
    double tail = 0.5 * Gamma.regularizedUpper(0.5, 0.5 * x * x);
    return x < 0 ? tail : 1.0 - tail;
  }

  /**
   * Returns the {@code p}-quantile {@code z} with {@code Phi(z) = p}, by Wichura's algorithm AS 241
   * (PPND16, Applied Statistics 37(3), 1988), accurate to about 1e-16 relative.
   *
   * @param p a probability in (0, 1)
   * @return the quantile
   * @throws IllegalArgumentException if {@code p} is not in (0, 1)
   */
  public static double quantile(double p) {
    if (!(p > 0.0 && p < 1.0)) {
      throw new IllegalArgumentException("p must be in (0, 1), got " + p);
    }
    double q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
      double r = 0.180625 - q * q;
      return q
          * (((((((2509.0809287301227 * r + 33430.57558358813) * r + 67265.7709270087) * r
                                              + 45921.95393154987)
                                          * r
                                      + 13731.69376550946)
                                  * r
                              + 1971.5909503065513)
                          * r
                      + 133.14166789178438)
                  * r
              + 3.3871328727963665)
          / (((((((5226.495278852854 * r + 28729.085735721943) * r + 39307.89580009271) * r
                                              + 21213.794301586597)
                                          * r
                                      + 5394.196021424751)
                                  * r
                              + 687.1870074920579)
                          * r
                      + 42.31333070160091)
                  * r
              + 1.0);
    }
    double r = Math.sqrt(-Math.log(q < 0 ? p : 1.0 - p));
    double value;
    if (r <= 5.0) {
      r -= 1.6;
      value =
          (((((((0.0007745450142783414 * r + 0.022723844989269184) * r + 0.2417807251774506) * r
                                                  + 1.2704582524523684)
                                              * r
                                          + 3.6478483247632045)
                                      * r
                                  + 5.769497221460691)
                              * r
                          + 4.630337846156546)
                      * r
                  + 1.4234371107496835)
              / (((((((1.0507500716444169e-9 * r + 0.0005475938084995345) * r
                                                          + 0.015198666563616457)
                                                      * r
                                                  + 0.14810397642748008)
                                              * r
                                          + 0.6897673349851)
                                      * r
                                  + 1.6763848301838038)
                              * r
                          + 2.053191626637759)
                      * r
                  + 1.0);
    } else {
      r -= 5.0;
      value =
          (((((((2.0103343992922881e-7 * r + 2.7115555687434876e-5) * r + 0.0012426609473880784) * r
                                                  + 0.026532189526576124)
                                              * r
                                          + 0.29656057182850487)
                                      * r
                                  + 1.7848265399172913)
                              * r
                          + 5.463784911164114)
                      * r
                  + 6.657904643501103)
              / (((((((2.0442631033899397e-15 * r + 1.421511758316446e-7) * r
                                                          + 1.8463183175100548e-5)
                                                      * r
                                                  + 0.0007868691311456133)
                                              * r
                                          + 0.014875361290850615)
                                      * r
                                  + 0.1369298809227358)
                              * r
                          + 0.599832206555888)
                      * r
                  + 1.0);
    }
    return q < 0 ? -value : value;
  }

  /**
   * Returns the two-sided critical value {@code z = Phi^-1(1 - (1 - level) / 2)}: 1.959964 for a
   * 95% level.
   *
   * @param level the confidence level, in (0, 1)
   * @return the critical value, positive
   */
  public static double twoSidedCritical(double level) {
    if (!(level > 0.0 && level < 1.0)) {
      throw new IllegalArgumentException("level must be in (0, 1), got " + level);
    }
    return quantile(0.5 + 0.5 * level);
  }
}
