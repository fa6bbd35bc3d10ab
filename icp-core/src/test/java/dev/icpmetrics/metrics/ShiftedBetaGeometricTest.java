package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.DiscountRate;
import dev.icpmetrics.model.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftedBetaGeometricTest {

  /** REFERENCES §1: the "High End" cohort, customers alive at years 0..7. */
  static final long[] HIGH_END = {1000, 869, 743, 653, 593, 551, 517, 491};

  private static void assertRelative(double expected, double actual, double tolerance) {
    assertEquals(expected, actual, Math.abs(expected) * tolerance, () -> "relative to " + expected);
  }

  @Test
  void fitSurvivors_highEnd_matchesFaderHardieAppendixB() {
    ShiftedBetaGeometric.Fit fit = ShiftedBetaGeometric.fitSurvivors(Period.YEAR, HIGH_END);
    assertRelative(0.668088, fit.model().alpha(), 1e-4);
    assertRelative(3.806094, fit.model().beta(), 1e-4);
    assertEquals(-1611.1581, fit.logLikelihood(), 0.00005);
    assertEquals(1000, fit.customerCount());
    assertEquals(7, fit.periodsObserved());
    assertFalse(fit.atBound());
    assertTrue(fit.agreeingAttempts() >= 3, fit::toString);
  }

  @Test
  void logLikelihood_atReferencePoints_matchesReferences() {
    assertEquals(
        -2115.5455, ShiftedBetaGeometric.of(1, 1, Period.YEAR).logLikelihood(HIGH_END), 0.00005);
    assertEquals(
        -2741.7009,
        ShiftedBetaGeometric.of(0.01, 0.01, Period.YEAR).logLikelihood(HIGH_END),
        0.00005);
  }

  @Test
  void survival_projectedHoldout_matchesReferences() {
    ShiftedBetaGeometric m = ShiftedBetaGeometric.of(0.668088, 3.806094, Period.YEAR);
    double[] expected = {0.4604, 0.4358, 0.4142, 0.3951, 0.3780};
    for (int t = 8; t <= 12; t++) {
      assertEquals(expected[t - 8], m.survival(t), 0.00005, "S(" + t + ")");
    }
    List<Double> curve = m.survivalCurve(12);
    assertEquals(13, curve.size());
    assertEquals(1.0, curve.get(0));
    assertEquals(0.3780, curve.get(12), 0.00005);
  }

  // S(t) = B(a, b + t) / B(a, b) with the REFERENCES §1 MLE, mpmath at 40 digits. The O(t) loop
  // never returned for Integer.MAX_VALUE.
  @Test
  void survival_largeT_isTheClosedFormBetaRatio() {
    ShiftedBetaGeometric m = ShiftedBetaGeometric.of(0.668088, 3.806094, Period.YEAR);
    assertRelative(0.8506792973553602, m.survival(1), 1e-14);
    assertRelative(0.4604397940269791, m.survival(8), 1e-14);
    assertRelative(0.02344540671010598, m.survival(1000), 1e-12);
    assertRelative(0.0002327271111221272, m.survival(1_000_000), 1e-11);
    assertRelative(1.3830111273963125e-06, m.survival(Integer.MAX_VALUE), 1e-9);
    // S(t - 1) - S(t) at t = 2^31 - 1, without the cancellation of a difference of doubles
    assertRelative(4.3025852055422043e-16, m.churnProbability(Integer.MAX_VALUE), 1e-9);
    assertRelative(
        4.336808687922534e-19,
        ShiftedBetaGeometric.of(2, 1, Period.YEAR).survival(Integer.MAX_VALUE),
        1e-9);
  }

  @Test
  void survivalCurve_horizonAboveLimit_namesFieldAndValue() {
    ShiftedBetaGeometric m = ShiftedBetaGeometric.of(1, 1, Period.YEAR);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> m.survivalCurve(Integer.MAX_VALUE));
    assertEquals("horizon must be <= 1000000, got 2147483647", e.getMessage());
    assertEquals(1_000_001, m.survivalCurve(ShiftedBetaGeometric.MAX_CURVE_HORIZON).size());
  }

  @Test
  void probabilities_followTheRecursionOfReferences() {
    double a = 0.668088;
    double b = 3.806094;
    ShiftedBetaGeometric m = ShiftedBetaGeometric.of(a, b, Period.YEAR);
    double p = a / (a + b);
    double s = 1 - p;
    assertEquals(p, m.churnProbability(1), 1e-15);
    for (int t = 2; t <= 30; t++) {
      p = (b + t - 2) / (a + b + t - 1) * p;
      s -= p;
      assertEquals(p, m.churnProbability(t), 1e-14, "P(T=" + t + ")");
      assertEquals(s, m.survival(t), 1e-13, "S(" + t + ")");
      assertEquals((b + t - 1) / (a + b + t - 1), m.retentionRate(t).rate(), 1e-15);
      assertEquals(1 - m.retentionRate(t).rate(), m.churnRate(t).rate(), 1e-15);
    }
    assertEquals(Period.YEAR, m.churnRate(3).period());
    assertEquals(1000 * m.survival(4), m.expectedSurvivors(1000, 4), 1e-9);
  }

  @Test
  void del_faderHardieExample_matchesReferenceAndDirectSummation() {
    ShiftedBetaGeometric m = ShiftedBetaGeometric.of(0.764, 1.296, Period.YEAR);
    double del = m.discountedExpectedLifetime(DiscountRate.annual(0.10)).orElseThrow();
    assertEquals(3.620192, del, 1e-6);
    assertEquals(directDel(m, 0.10), del, 1e-10);
  }

  @Test
  void derl_faderHardieExample_matchesReferences() {
    ShiftedBetaGeometric m = ShiftedBetaGeometric.of(0.764, 1.296, Period.YEAR);
    DiscountRate d = DiscountRate.annual(0.10);
    // Residual values of $100 a year at the end of year 1, 2, 5: $288.22, $393.94, $568.25.
    assertEquals(2.8822114, m.discountedExpectedResidualLifetime(d, 0).orElseThrow(), 1e-6);
    assertEquals(3.9394221, m.discountedExpectedResidualLifetime(d, 1).orElseThrow(), 1e-6);
    assertEquals(5.6824892, m.discountedExpectedResidualLifetime(d, 4).orElseThrow(), 1e-6);
  }

  @Test
  void derl_matchesDirectSummationOfItsSeries() {
    ShiftedBetaGeometric m = ShiftedBetaGeometric.of(0.668088, 3.806094, Period.MONTH);
    double d = 0.0079741;
    for (int renewals : new int[] {0, 1, 5, 24}) {
      int n = renewals + 1;
      // DERL = sum_{t >= n} S(t) / S(n-1) / (1+d)^(t-n)
      double sum = 0;
      double sPrev = m.survival(n - 1);
      for (int t = n; t < n + 20_000; t++) {
        sum += m.survival(t) / sPrev / Math.pow(1 + d, t - n);
      }
      assertEquals(
          sum,
          m.discountedExpectedResidualLifetime(DiscountRate.monthly(d), renewals).orElseThrow(),
          sum * 1e-9,
          "renewals " + renewals);
    }
  }

  @Test
  void del_zeroDiscount_isTheExpectedLifetimeOrUndefined() {
    ShiftedBetaGeometric m = ShiftedBetaGeometric.of(2.5, 4, Period.MONTH);
    assertEquals(
        (2.5 + 4 - 1) / 1.5, m.discountedExpectedLifetime(DiscountRate.monthly(0)).orElseThrow());
    assertEquals(
        (4 + 3 - 1) / 1.5,
        m.discountedExpectedResidualLifetime(DiscountRate.monthly(0), 2).orElseThrow(),
        1e-12);
    ShiftedBetaGeometric heavy = ShiftedBetaGeometric.of(0.7, 4, Period.MONTH);
    assertEquals(
        "undefined (the expected lifetime is infinite when alpha <= 1 (alpha = 0.7))",
        heavy.discountedExpectedLifetime(DiscountRate.monthly(0)).toString());
  }

  @Test
  void del_discountRateOfAnotherPeriod_isRefused() {
    ShiftedBetaGeometric m = ShiftedBetaGeometric.of(0.764, 1.296, Period.YEAR);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> m.discountedExpectedLifetime(DiscountRate.monthly(0.01)));
    assertEquals(
        "discountRate period must be YEAR like the other inputs, got MONTH (convert it explicitly"
            + " with convertedTo)",
        e.getMessage());
  }

  static double directDel(ShiftedBetaGeometric m, double d) {
    // sum_{t >= 0} S(t) / (1+d)^t, with S from the P(T=t) recursion of REFERENCES §1
    double a = m.alpha();
    double b = m.beta();
    double p = a / (a + b);
    double s = 1;
    double sum = 1;
    double discount = 1;
    for (int t = 1; t < 100_000; t++) {
      if (t > 1) {
        p = (b + t - 2) / (a + b + t - 1) * p;
      }
      s -= p;
      discount /= 1 + d;
      sum += s * discount;
    }
    return sum;
  }
}
