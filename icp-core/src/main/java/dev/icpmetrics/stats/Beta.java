package dev.icpmetrics.stats;

/**
 * The regularized incomplete beta function and its inverse, the quantile of a Beta distribution.
 *
 * <p>Internal to the module. {@code I_x(a, b) = B(x; a, b) / B(a, b)} is computed by Lentz's
 * continued fraction (Numerical Recipes' {@code betacf}) on whichever side of the mean converges
 * fast, using the symmetry {@code I_x(a, b) = 1 - I_(1-x)(b, a)}.
 */
public final class Beta {
  private Beta() {}

  private static final double EPS = 1e-16;
  private static final double FPMIN = Double.MIN_NORMAL / EPS;
  private static final int MAX_ITERATIONS = 1_000_000;

  /**
   * Returns {@code ln B(a, b) = ln Gamma(a) + ln Gamma(b) - ln Gamma(a + b)}.
   *
   * @param a a finite value {@code > 0}
   * @param b a finite value {@code > 0}
   * @return the log of the beta function
   */
  public static double logBeta(double a, double b) {
    return Gamma.logGamma(a) + Gamma.logGamma(b) - Gamma.logGamma(a + b);
  }

  /**
   * Returns the regularized incomplete beta function {@code I_x(a, b) = (1 / B(a, b)) integral_0^x
   * t^(a-1) (1-t)^(b-1) dt}, the CDF of a Beta(a, b) distribution at {@code x}.
   *
   * @param x the upper limit, in [0, 1]
   * @param a the first shape, finite and {@code > 0}
   * @param b the second shape, finite and {@code > 0}
   * @return {@code I_x(a, b)}, in [0, 1]
   */
  public static double regularized(double x, double a, double b) {
    checkShapes(a, b);
    if (!(x >= 0.0 && x <= 1.0)) {
      throw new IllegalArgumentException("x must be in [0, 1], got " + x);
    }
    if (x == 0.0) {
      return 0.0;
    }
    if (x == 1.0) {
      return 1.0;
    }
    double front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
    if (x < (a + 1.0) / (a + b + 2.0)) {
      return front * continuedFraction(x, a, b) / a;
    }
    return 1.0 - front * continuedFraction(1.0 - x, b, a) / b;
  }

  /**
   * Returns {@code x} in [0, 1] with {@code I_x(a, b) = p}: the {@code p}-quantile of a Beta(a, b)
   * distribution. Starts from the approximation of Numerical Recipes' {@code invbetai} and refines
   * with Halley steps kept inside a bisection bracket, to about 1e-15 relative.
   *
   * @param p a probability in [0, 1]
   * @param a the first shape, finite and {@code > 0}
   * @param b the second shape, finite and {@code > 0}
   * @return the quantile; 0 for {@code p = 0} and 1 for {@code p = 1}
   */
  public static double quantile(double p, double a, double b) {
    checkShapes(a, b);
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException("p must be in [0, 1], got " + p);
    }
    if (p == 0.0) {
      return 0.0;
    }
    if (p == 1.0) {
      return 1.0;
    }
    double lbeta = logBeta(a, b);
    double x = initialGuess(p, a, b);
    double lo = 0.0;
    double hi = 1.0;
    for (int i = 0; i < 300; i++) {
      double err = regularized(x, a, b) - p;
      if (err == 0.0) {
        return x;
      }
      if (err < 0) {
        lo = x;
      } else {
        hi = x;
      }
      double density = Math.exp((a - 1.0) * Math.log(x) + (b - 1.0) * Math.log1p(-x) - lbeta);
      double next = Double.NaN;
      if (density > 0 && Double.isFinite(density)) {
        double u = err / density;
        double h = u * ((a - 1.0) / x - (b - 1.0) / (1.0 - x));
        // Halley's correction only where it is small; a plain Newton step otherwise.
        double step = Math.abs(h) < 1.0 ? u / (1.0 - 0.5 * h) : u;
        next = x - step;
      }
      if (!(next > lo && next < hi)) {
        next = 0.5 * (lo + hi);
      }
      if (Math.abs(next - x) <= 1e-15 * Math.min(next, 1.0 - next) || hi - lo <= 0.0) {
        return next;
      }
      x = next;
    }
    return x;
  }

  private static double initialGuess(double p, double a, double b) {
    double x;
    if (a >= 1.0 && b >= 1.0) {
      // Normal approximation on the logit scale (Abramowitz and Stegun 26.5.22).
      double z = -Normal.quantile(p);
      double al = (z * z - 3.0) / 6.0;
      double h = 2.0 / (1.0 / (2.0 * a - 1.0) + 1.0 / (2.0 * b - 1.0));
      double w =
          z * Math.sqrt(al + h) / h
              - (1.0 / (2.0 * b - 1.0) - 1.0 / (2.0 * a - 1.0))
                  * (al + 5.0 / 6.0 - 2.0 / (3.0 * h));
      x = a / (a + b * Math.exp(2.0 * w));
    } else {
      double lna = Math.log(a / (a + b));
      double lnb = Math.log(b / (a + b));
      double t = Math.exp(a * lna) / a;
      double u = Math.exp(b * lnb) / b;
      double w = t + u;
      x = p < t / w ? Math.pow(a * w * p, 1.0 / a) : 1.0 - Math.pow(b * w * (1.0 - p), 1.0 / b);
    }
    if (!(x > 0.0 && x < 1.0)) {
      x = 0.5;
    }
    return x;
  }

  /** Lentz's continued fraction for I_x(a, b), converging fast for x < (a + 1) / (a + b + 2). */
  private static double continuedFraction(double x, double a, double b) {
    double qab = a + b;
    double qap = a + 1.0;
    double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (Math.abs(d) < FPMIN) {
      d = FPMIN;
    }
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m < MAX_ITERATIONS; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1.0 + aa * d;
      if (Math.abs(d) < FPMIN) {
        d = FPMIN;
      }
      c = 1.0 + aa / c;
      if (Math.abs(c) < FPMIN) {
        c = FPMIN;
      }
      d = 1.0 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1.0 + aa * d;
      if (Math.abs(d) < FPMIN) {
        d = FPMIN;
      }
      c = 1.0 + aa / c;
      if (Math.abs(c) < FPMIN) {
        c = FPMIN;
      }
      d = 1.0 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1.0) < EPS) {
        return h;
      }
    }
    throw new ArithmeticException(
        "incomplete beta fraction did not converge for a=" + a + ", b=" + b);
  }

  private static void checkShapes(double a, double b) {
    if (!(a > 0.0 && a < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("a must be finite and > 0, got " + a);
    }
    if (!(b > 0.0 && b < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("b must be finite and > 0, got " + b);
    }
  }
}
