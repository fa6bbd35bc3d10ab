package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden values from R 4.2.2, survival 3.5-3: {@code survdiff(Surv(time, status) ~ x, aml)}. */
class LogRankTest {

  private static LogRankResult aml() {
    return LogRank.test(
        KaplanMeierTest.lifetimes(
            KaplanMeierTest.MAINTAINED_TIMES, KaplanMeierTest.MAINTAINED_EVENTS),
        KaplanMeierTest.lifetimes(
            KaplanMeierTest.NONMAINTAINED_TIMES, KaplanMeierTest.NONMAINTAINED_EVENTS));
  }

  @Test
  void aml_matchesRSurvdiff() {
    LogRankResult r = aml();
    assertEquals(11, r.firstCount());
    assertEquals(7, r.firstObserved());
    assertEquals(10.68933599230072, r.firstExpected(), 1e-12);
    assertEquals(12, r.secondCount());
    assertEquals(11, r.secondObserved());
    assertEquals(7.31066400769928, r.secondExpected(), 1e-12);
    assertEquals(4.00755074593873, r.variance(), 1e-12);
    assertEquals(3.3963886989776, r.chiSquare().orElseThrow(), 1e-11);
    assertEquals(3.39639, r.chiSquare().orElseThrow(), 0.000005); // REFERENCES.md section 5
    assertEquals(0.0653393220405051, r.pValue().orElseThrow(), 1e-12);
  }

  @Test
  void columnsAndLists_agree() {
    double[] times = new double[23];
    boolean[] events = new boolean[23];
    boolean[] second = new boolean[23];
    int i = 0;
    for (int j = 0; j < 12; j++) {
      times[i] = KaplanMeierTest.NONMAINTAINED_TIMES[j];
      events[i] = KaplanMeierTest.NONMAINTAINED_EVENTS[j];
      second[i++] = true;
    }
    for (int j = 0; j < 11; j++) {
      times[i] = KaplanMeierTest.MAINTAINED_TIMES[j];
      events[i++] = KaplanMeierTest.MAINTAINED_EVENTS[j];
    }
    assertEquals(aml(), LogRank.test(times, events, second));
  }

  @Test
  void swappingGroups_keepsTheStatistic() {
    LogRankResult swapped =
        LogRank.test(
            KaplanMeierTest.lifetimes(
                KaplanMeierTest.NONMAINTAINED_TIMES, KaplanMeierTest.NONMAINTAINED_EVENTS),
            KaplanMeierTest.lifetimes(
                KaplanMeierTest.MAINTAINED_TIMES, KaplanMeierTest.MAINTAINED_EVENTS));
    assertEquals(aml().chiSquare().orElseThrow(), swapped.chiSquare().orElseThrow(), 1e-12);
  }

  @Test
  void noEventOrEmptyGroup_isUndefinedWithReason() {
    LogRankResult none = LogRank.test(List.of(Lifetime.censored(3)), List.of(Lifetime.censored(4)));
    assertEquals(
        MetricResult.undefined("no variance: no event with both groups at risk"), none.chiSquare());
    assertEquals(
        MetricResult.undefined("no variance: no event with both groups at risk"), none.pValue());
    LogRankResult oneSided = LogRank.test(List.of(Lifetime.event(3)), List.of());
    assertEquals(1.0, oneSided.firstExpected());
    assertEquals(false, oneSided.chiSquare().isDefined());
  }

  @Test
  void badInputs_nameFieldAndValue() {
    assertEquals(
        "inSecond.length must be 2 (times.length), got 1",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    LogRank.test(
                        new double[] {1, 2}, new boolean[] {true, true}, new boolean[] {true}))
            .getMessage());
    assertEquals(
        "times[0] must be finite and >= 0, got -3.0",
        assertThrows(
                IllegalArgumentException.class,
                () -> LogRank.test(new double[] {-3}, new boolean[] {true}, new boolean[] {true}))
            .getMessage());
    assertEquals(
        "firstObserved must be in [0, 2], got 3",
        assertThrows(IllegalArgumentException.class, () -> new LogRankResult(2, 3, 1, 2, 0, 1, 1))
            .getMessage());
  }

  @Test
  void toString_readsLikeSurvdiff() {
    // (O-E)^2/E from R's O and E: (7 - 10.689336)^2 / 10.689336 = 1.27333, R prints 1.27.
    String expected =
        """
        group        N  Observed  Expected  (O-E)^2/E
        first       11         7   10.6893     1.2733
        second      12        11    7.3107     1.8618
        Chisq = 3.3964 on 1 degree of freedom, p = 0.06534""";
    assertEquals(expected, aml().toString());
  }
}
