package dev.icpmetrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HypergeometricTest {

  private static void assertRelative(double expected, double actual, double tolerance) {
    assertEquals(expected, actual, Math.abs(expected) * tolerance, () -> "relative to " + expected);
  }

  /** Values from mpmath 1.3.0 {@code hyp2f1} at 30 digits (SciPy 1.17.1 agrees where finite). */
  @Test
  void hyp2f1_matchesMpmath() {
    assertRelative(3.620192199573178, Hypergeometric.hyp2f1(1, 1.296, 2.06, 1 / 1.1), 1e-14);
    assertRelative(1.1067979108119024, Hypergeometric.hyp2f1(1, 0.5, 1.7, 0.3), 1e-14);
    assertRelative(
        22.01596880634717, Hypergeometric.hyp2f1(1, 3.806094, 4.474182, 1 / 1.0079741), 1e-12);
    assertRelative(3.9742877542717516, Hypergeometric.hyp2f1(2.5, 0.7, 3.1, 0.95), 1e-13);
    assertRelative(1.5451774444795625, Hypergeometric.hyp2f1(1, 2, 3, 0.5), 1e-14);
    // SciPy returns inf here; mpmath does not.
    assertRelative(1.3412579944588678, Hypergeometric.hyp2f1(0.3, 1.2, 2.5, 0.999), 1e-12);
    assertRelative(377.73415909596264, Hypergeometric.hyp2f1(1, 5, 5.5, 0.9999), 1e-11);
  }

  @Test
  void hyp2f1_closedForms() {
    // 2F1(1, 1; 2; z) = -ln(1 - z) / z
    for (double z : new double[] {0.1, 0.5, 0.9, 0.99}) {
      assertRelative(-Math.log1p(-z) / z, Hypergeometric.hyp2f1(1, 1, 2, z), 1e-14);
    }
    // 2F1(a, b; b; z) = (1 - z)^-a
    assertRelative(Math.pow(1 - 0.7, -2.5), Hypergeometric.hyp2f1(2.5, 1.3, 1.3, 0.7), 1e-13);
  }

  @Test
  void hyp2f1_negativeIntegerA_isTheTerminatingPolynomial() {
    // 2F1(-2, 1.5; 3; z) = 1 - 2(1.5)/3 z + (-2)(-1)(1.5)(2.5)/(3*4*2) z^2
    double z = 0.7;
    assertEquals(1 - z + 0.3125 * z * z, Hypergeometric.hyp2f1(-2, 1.5, 3, z), 1e-15);
    assertEquals(0.453125, Hypergeometric.hyp2f1(-2, 1.5, 3, z), 1e-15);
  }

  @Test
  void hyp2f1_delForm_matchesDirectSummationOfSurvival() {
    // DEL = sum_t S(t) / (1+d)^t with S from the sBG recursion; = 2F1(1, b; a+b; 1/(1+d)).
    double[][] cases = {{0.764, 1.296, 0.10}, {0.3, 5, 0.0079741}, {4, 0.5, 0.25}, {1, 1, 0.01}};
    for (double[] c : cases) {
      double a = c[0];
      double b = c[1];
      double d = c[2];
      double s = 1;
      double sum = 1;
      double discount = 1;
      for (int t = 1; t < 2_000_000; t++) {
        s *= (b + t - 1) / (a + b + t - 1);
        discount /= 1 + d;
        sum += s * discount;
        if (s * discount < 1e-18) {
          break;
        }
      }
      assertRelative(sum, Hypergeometric.hyp2f1(1, b, a + b, 1 / (1 + d)), 1e-12);
    }
  }

  @Test
  void hyp2f1_zeroArgument_isOne() {
    assertEquals(1.0, Hypergeometric.hyp2f1(3, 4, 5, 0));
  }

  @Test
  void hyp2f1_zOutsideDomain_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric.hyp2f1(1, 1, 2, 1.0));
    assertEquals("z must be in [0, 1), got 1.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Hypergeometric.hyp2f1(1, 1, 2, -0.1));
    assertEquals("z must be in [0, 1), got -0.1", e.getMessage());
  }

  @Test
  void hyp2f1_nonPositiveIntegerC_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric.hyp2f1(1, 1, -2, 0.5));
    assertEquals("c must not be zero or a negative integer, got -2.0", e.getMessage());
  }

  @Test
  void hyp2f1_nonFiniteParameter_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Hypergeometric.hyp2f1(Double.NaN, 1, 2, 0.5));
    assertEquals("a must be finite, got NaN", e.getMessage());
  }

  @Test
  void hyp2f1_slowSeries_throwsInsteadOfTruncating() {
    ArithmeticException e =
        assertThrows(
            ArithmeticException.class, () -> Hypergeometric.hyp2f1(1, 1, 2, 0.999999, 1000));
    String message = String.valueOf(e.getMessage());
    assertTrue(
        message.startsWith(
            "2F1(a=1.0, b=1.0; c=2.0; z=0.999999) must converge within 1000"
                + " terms, got partial sum "),
        message);
  }

  @Test
  void hyp2f1_termBudgetBelowOne_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric.hyp2f1(1, 1, 2, 0.5, 0));
    assertEquals("maxTerms must be >= 1, got 0", e.getMessage());
  }
}
