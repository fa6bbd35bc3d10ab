package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SurvivalCurveTest {

  private static SurvivalCurve fit(double[] times, boolean... events) {
    return KaplanMeier.fit(times, events);
  }

  @Test
  void median_exactlyHalfThenDrop_isMidpointOfTheFlatStretch() {
    // S = 0.75, 0.5, 0.25, 0 at 1, 2, 3, 4. R survfit: median 2.5.
    SurvivalCurve c = fit(new double[] {1, 2, 3, 4}, true, true, true, true);
    assertEquals(MetricResult.of(2.5), c.median());
  }

  @Test
  void median_exactlyHalfToTheEnd_isTheTimeItReachedHalf() {
    // S = 0.75, 0.5, then only censoring. R survfit: median 2.
    SurvivalCurve c = fit(new double[] {1, 2, 3, 4}, true, true, false, false);
    assertEquals(MetricResult.of(2.0), c.median());
  }

  @Test
  void median_crossingBelowHalf_isTheCrossingTime() {
    // S = 2/3, 1/3, 0 at 1, 2, 3. R survfit: median 2.
    SurvivalCurve c = fit(new double[] {1, 2, 3}, true, true, true);
    assertEquals(MetricResult.of(2.0), c.median());
  }

  @Test
  void median_neverReachingHalf_isUndefinedWithReason() {
    SurvivalCurve c = fit(new double[] {1, 5, 6, 7}, true, false, false, false);
    assertEquals(
        MetricResult.undefined("S(t) never reaches 0.5 (0.7500 at the last event)"), c.median());
    assertEquals(
        MetricResult.undefined("S(t) never reaches 0.5 (1.0000 at the last event)"),
        fit(new double[] {3}, false).median());
  }

  @Test
  void survival_isAStepFunctionContinuousFromTheRight() {
    SurvivalCurve c = fit(new double[] {1, 2, 3, 4}, true, true, true, true);
    assertEquals(MetricResult.of(1.0), c.survival(0));
    assertEquals(MetricResult.of(1.0), c.survival(0.999));
    assertEquals(MetricResult.of(0.75), c.survival(1));
    assertEquals(MetricResult.of(0.75), c.survival(1.5));
    assertEquals(0.5, c.survival(2).orElseThrow(), 1e-15);
    assertEquals(MetricResult.of(0.0), c.survival(4));
    assertEquals(MetricResult.of(0.0), c.survival(100));
  }

  @Test
  void survival_afterLastFollowUpWhileAlive_isUndefined() {
    SurvivalCurve c =
        KaplanMeier.fit(KaplanMeierTest.MAINTAINED_TIMES, KaplanMeierTest.MAINTAINED_EVENTS);
    assertEquals(0.184090909090909, c.survival(161).orElseThrow(), 1e-12);
    assertEquals(
        MetricResult.undefined("t = 200 is after the last follow-up time 161"), c.survival(200));
    assertEquals(
        MetricResult.undefined("tau = 161.5 is after the last follow-up time 161"),
        c.restrictedMean(161.5));
  }

  @Test
  void restrictedMean_isTheAreaUnderTheSteps() {
    // 1 * 1 + 0.75 * 1 + 0.5 * 0.5 = 2.0 up to 2.5; the full area is 1 + .75 + .5 + .25 = 2.5.
    SurvivalCurve c = fit(new double[] {1, 2, 3, 4}, true, true, true, true);
    assertEquals(2.0, c.restrictedMean(2.5).orElseThrow(), 1e-15);
    assertEquals(2.5, c.restrictedMean(4).orElseThrow(), 1e-15);
    assertEquals(2.5, c.restrictedMean(10).orElseThrow(), 1e-15);
    assertEquals(0.0, c.restrictedMean(0).orElseThrow());
  }

  @Test
  void noSubjects_everythingIsUndefined() {
    SurvivalCurve c = fit(new double[] {});
    assertEquals(0, c.subjectCount());
    assertEquals(MetricResult.undefined("no subjects"), c.survival(1));
    assertEquals(MetricResult.undefined("no subjects"), c.median());
    assertEquals(MetricResult.undefined("no subjects"), c.restrictedMean(1));
  }

  @Test
  void negativeTimes_nameFieldAndValue() {
    SurvivalCurve c = fit(new double[] {1}, true);
    assertEquals(
        "t must be finite and >= 0, got -1.0",
        assertThrows(IllegalArgumentException.class, () -> c.survival(-1)).getMessage());
    assertEquals(
        "tau must be finite and >= 0, got Infinity",
        assertThrows(
                IllegalArgumentException.class, () -> c.restrictedMean(Double.POSITIVE_INFINITY))
            .getMessage());
  }

  @Test
  void toString_isAnAlignedTableLikeRSummary() {
    SurvivalCurve c = fit(new double[] {5, 5, 8, 16, 23}, true, true, true, false, true);
    // The numbers agree with R's summary(survfit(...)) and its conf.type = "log-log" variant.
    String expected =
        """
        Kaplan-Meier: 5 subjects, 4 events, 1 censored; median 8
        time n.risk n.event survival  std.err lower95(log) upper95(log) lower95(log-log) upper95(log-log)
           5      5       2 0.600000 0.219089       0.2933       1.0000           0.1257           0.8818
           8      3       1 0.400000 0.219089       0.1367       1.0000           0.0520           0.7528
          23      1       1 0.000000        -            -            -                -                -""";
    assertEquals(expected, c.toString());
    assertEquals(4, c.eventCount());
    assertEquals(1, c.censoredCount());
    assertEquals(0.95, c.level());
  }
}
