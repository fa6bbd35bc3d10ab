package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.Period;
import dev.icpmetrics.stats.NelderMead;
import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShiftedBetaGeometricFitTest {

  private static void assertRelative(double expected, double actual, double tolerance) {
    assertEquals(expected, actual, Math.abs(expected) * tolerance, () -> "relative to " + expected);
  }

  @Test
  void fitTenures_highEndExpandedToAccounts_matchesTheCohortReference() {
    long[] s = ShiftedBetaGeometricTest.HIGH_END;
    int n = (int) s[0];
    int[] periods = new int[n];
    boolean[] churned = new boolean[n];
    int i = 0;
    for (int t = 1; t < s.length; t++) {
      for (long k = 0; k < s[t - 1] - s[t]; k++, i++) {
        periods[i] = t - 1;
        churned[i] = true;
      }
    }
    for (; i < n; i++) {
      periods[i] = s.length - 1;
    }
    ShiftedBetaGeometric.Fit fit = ShiftedBetaGeometric.fitTenures(Period.YEAR, periods, churned);
    assertRelative(0.668088, fit.model().alpha(), 1e-4);
    assertRelative(3.806094, fit.model().beta(), 1e-4);
    assertEquals(-1611.1581, fit.logLikelihood(), 0.00005);
  }

  /** Reference: SciPy 1.17.1 Nelder-Mead then BFGS on the summed cohort log-likelihoods. */
  @Test
  void fitCohorts_cohortsObservedForDifferentPeriods_matchesScipy() {
    List<long[]> cohorts =
        List.of(
            new long[] {1000, 631, 468, 382, 326},
            new long[] {800, 520, 390},
            new long[] {500, 310});
    ShiftedBetaGeometric.Fit fit = ShiftedBetaGeometric.fitCohorts(Period.YEAR, cohorts);
    assertRelative(0.7793358709106051, fit.model().alpha(), 1e-4);
    assertRelative(1.3515644592265066, fit.model().beta(), 1e-4);
    assertEquals(-2544.67073831398, fit.logLikelihood(), 1e-6);
    assertEquals(2300, fit.customerCount());
    assertEquals(4, fit.periodsObserved());
    ShiftedBetaGeometric m = fit.model();
    double sum = 0;
    for (long[] c : cohorts) {
      sum += m.logLikelihood(c);
    }
    assertEquals(sum, fit.logLikelihood(), 1e-9);
  }

  @Test
  void fitCohorts_oneCohort_equalsFitSurvivors() {
    ShiftedBetaGeometric.Fit a =
        ShiftedBetaGeometric.fitCohorts(Period.YEAR, List.of(ShiftedBetaGeometricTest.HIGH_END));
    ShiftedBetaGeometric.Fit b =
        ShiftedBetaGeometric.fitSurvivors(Period.YEAR, ShiftedBetaGeometricTest.HIGH_END);
    assertEquals(b.model(), a.model());
  }

  @Test
  void fit_toString_summarisesParametersAndDiagnostics() {
    ShiftedBetaGeometric.Fit fit =
        ShiftedBetaGeometric.fitSurvivors(Period.YEAR, ShiftedBetaGeometricTest.HIGH_END);
    String text = fit.toString();
    assertTrue(
        text.startsWith(
            "sBG(alpha 0.668088, beta 3.80609, per year), LL -1611.1581, 1000 customers over 7"
                + " periods, "),
        text);
    // Five fixed starts; the moment start is skipped because retention falls from 0.869 to 0.855.
    assertEquals(5, fit.attempts().size());
    assertTrue(fit.attempts().get(0).toString().contains("LL -1611.1581"), fit::toString);
  }

  @Test
  void fit_nobodyChurned_throwsWithReason() {
    ModelFitException e =
        assertThrows(
            ModelFitException.class,
            () -> ShiftedBetaGeometric.fitSurvivors(Period.MONTH, 100, 100, 100));
    assertEquals(ModelFitException.Reason.NO_CHURN, e.reason());
    assertEquals("churned customers must be > 0 to fit an sBG model, got 0 of 100", e.getMessage());
    assertEquals(List.of(), e.attempts());
    assertEquals(
        "NO_CHURN: churned customers must be > 0 to fit an sBG model, got 0 of 100",
        e.diagnostics());
  }

  @Test
  void fit_everybodyChurnedInPeriodOne_throwsWithReason() {
    ModelFitException e =
        assertThrows(
            ModelFitException.class,
            () ->
                ShiftedBetaGeometric.fitTenures(
                    Period.MONTH, new int[] {0, 0, 0}, new boolean[] {true, true, true}));
    assertEquals(ModelFitException.Reason.ALL_CHURNED_IN_FIRST_PERIOD, e.reason());
    assertEquals(
        "customers surviving the first period must be > 0 to fit an sBG model, got 0 of 3",
        e.getMessage());
    assertTrue(e.best().isEmpty());
  }

  @Test
  void fit_emptyInput_throwsWithReason() {
    ModelFitException e =
        assertThrows(
            ModelFitException.class,
            () -> ShiftedBetaGeometric.fitTenures(Period.MONTH, new int[0], new boolean[0]));
    assertEquals(ModelFitException.Reason.NO_DATA, e.reason());
    assertEquals("customers observed for at least one period must be > 0, got 0", e.getMessage());
    assertThrows(ModelFitException.class, () -> ShiftedBetaGeometric.fitSurvivors(Period.MONTH));
    assertThrows(
        ModelFitException.class, () -> ShiftedBetaGeometric.fitCohorts(Period.MONTH, List.of()));
    // Accounts censored at 0 periods carry no information.
    assertThrows(
        ModelFitException.class,
        () -> ShiftedBetaGeometric.fitTenures(Period.MONTH, new int[] {0, 0}, new boolean[2]));
  }

  @Test
  void fit_optimizerOutOfIterations_throwsWithEveryAttempt() {
    SurvivalTally tally = SurvivalTally.ofSize(7);
    tally.addSurvivors(ShiftedBetaGeometricTest.HIGH_END, "survivors");
    ModelFitException e =
        assertThrows(
            ModelFitException.class,
            () ->
                ShiftedBetaGeometric.fit(
                    Period.YEAR, tally, new NelderMead.Options(1e-13, 1e-8, 3, 0.5)));
    assertEquals(ModelFitException.Reason.NOT_CONVERGED, e.reason());
    assertEquals(5, e.attempts().size());
    FitAttempt best = e.best().orElseThrow();
    assertEquals(3, best.iterations());
    assertTrue(best.logLikelihood() < -1611.1581, best::toString);
    assertTrue(
        String.valueOf(e.getMessage())
            .startsWith(
                "an optimizer run must converge within 3 iterations, got none of 5 (best LL"),
        e::getMessage);
    List<String> lines = e.diagnostics().lines().toList();
    assertEquals(6, lines.size());
    assertTrue(lines.get(1).startsWith("  start ("), lines.get(1));
    assertTrue(lines.get(1).endsWith("3 iterations, not converged"), lines.get(1));
  }

  @Test
  void fit_onePeriodOnly_throwsNotIdentified() {
    ModelFitException e =
        assertThrows(
            ModelFitException.class,
            () -> ShiftedBetaGeometric.fitSurvivors(Period.MONTH, 100, 80));
    assertEquals(ModelFitException.Reason.NOT_IDENTIFIED, e.reason());
    assertEquals(
        "periods observed must be >= 2 to identify alpha and beta separately, got 1",
        e.getMessage());
  }

  @Test
  void fitSurvivors_increasingCounts_namesFieldAndValues() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ShiftedBetaGeometric.fitSurvivors(Period.MONTH, 100, 80, 81));
    assertEquals(
        "survivors must not increase, got 80 at period 1 and 81 at period 2", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ShiftedBetaGeometric.fitCohorts(Period.MONTH, List.of(new long[] {5, -1})));
    assertEquals("survivorsByCohort[0][1] must be >= 0, got -1", e.getMessage());
  }

  @Test
  void fitTenures_mismatchedLengthsOrNegativeTenure_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ShiftedBetaGeometric.fitTenures(Period.MONTH, new int[] {1, 2}, new boolean[1]));
    assertEquals("churned must have the length of periodsSurvived 2, got 1", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ShiftedBetaGeometric.fitTenures(Period.MONTH, new int[] {1, -2}, new boolean[2]));
    assertEquals("periodsSurvived[1] must be in [0, 2147483646], got -2", e.getMessage());
  }

  @Test
  void model_invalidParameters_nameFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ShiftedBetaGeometric.of(0, 1, Period.YEAR));
    assertEquals("alpha must be finite and > 0, got 0.0", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ShiftedBetaGeometric.of(1, Double.NaN, Period.YEAR));
    assertEquals("beta must be finite and > 0, got NaN", e.getMessage());
    ShiftedBetaGeometric m = ShiftedBetaGeometric.of(1, 1, Period.YEAR);
    e = assertThrows(IllegalArgumentException.class, () -> m.churnProbability(0));
    assertEquals("t must be >= 1, got 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> m.survival(-1));
    assertEquals("t must be >= 0, got -1", e.getMessage());
  }

  /**
   * Simulated cohorts: theta ~ Beta(alpha, beta) drawn as X / (X + Y) with X ~ Gamma(alpha), Y ~
   * Gamma(beta), then a geometric lifetime with churn probability theta, censored after {@value
   * #PERIODS} periods. The fit must reach at least the likelihood of the true parameters, sit at a
   * local maximum, and recover the parameters within sampling error.
   */
  @Test
  void fitTenures_simulatedData_recoversParameters() {
    Gen<double[]> parameters = r -> new double[] {r.nextDouble(0.4, 3.0), r.nextDouble(0.8, 6.0)};
    Property.<double[]>named("sBG fit recovers simulated parameters")
        .tries(10)
        .forAll(
            r -> {
              double[] p = parameters.next(r);
              return new double[] {p[0], p[1], r.nextLong()};
            },
            p -> {
              double alpha = p[0];
              double beta = p[1];
              SplittableRandom random = new SplittableRandom((long) p[2]);
              int[] periods = new int[CUSTOMERS];
              boolean[] churned = new boolean[CUSTOMERS];
              for (int i = 0; i < CUSTOMERS; i++) {
                double x = gamma(random, alpha);
                double theta = x / (x + gamma(random, beta));
                int k = 0;
                while (k < PERIODS && random.nextDouble() >= theta) {
                  k++;
                }
                periods[i] = k;
                churned[i] = k < PERIODS;
              }
              ShiftedBetaGeometric.Fit fit =
                  ShiftedBetaGeometric.fitTenures(Period.MONTH, periods, churned);
              ShiftedBetaGeometric truth = ShiftedBetaGeometric.of(alpha, beta, Period.MONTH);
              double llTrue =
                  ShiftedBetaGeometric.logLikelihood(
                      alpha, beta, SurvivalTally.ofTenures(periods, churned));
              String where =
                  String.format(
                      Locale.ROOT, "truth %s, fit %s, LL(truth) %.4f", truth, fit, llTrue);
              // The maximum is at least as high as the truth, and a local maximum.
              assertTrue(fit.logLikelihood() >= llTrue - 1e-7, where);
              double a = fit.model().alpha();
              double b = fit.model().beta();
              for (double[] step : new double[][] {{1e-3, 0}, {-1e-3, 0}, {0, 1e-3}, {0, -1e-3}}) {
                double ll =
                    ShiftedBetaGeometric.logLikelihood(
                        a * Math.exp(step[0]),
                        b * Math.exp(step[1]),
                        SurvivalTally.ofTenures(periods, churned));
                assertTrue(ll <= fit.logLikelihood() + 1e-9, where);
              }
              // Twice the log-likelihood gain over the truth is about chi-square with 2 df.
              assertTrue(fit.logLikelihood() - llTrue < 10, where);
              assertEquals(0, Math.log(a / alpha), 0.35, where);
              assertEquals(0, Math.log(b / beta), 0.45, where);
              assertEquals(
                  alpha / (alpha + beta), a / (a + b), 0.02, "mean churn probability; " + where);
            });
  }

  private static final int CUSTOMERS = 4000;
  private static final int PERIODS = 18;

  /** Marsaglia–Tsang (2000) gamma sampler with unit scale; boosted for shape below 1. */
  static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      double u = random.nextDouble();
      return gamma(random, shape + 1) * Math.pow(u, 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = normal(random);
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = random.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  private static double normal(SplittableRandom random) {
    // Box–Muller; one of the pair is enough here.
    double u1 = 1 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
