package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden values from R 4.2.2 with survival 3.5-3 ({@code summary(survfit(Surv(time, status) ~ 1,
 * data = aml[aml$x == g, ]))}, then again with {@code conf.type = "log-log"}), printed with 15
 * digits; REFERENCES.md section 5 prints the same table rounded.
 */
class KaplanMeierTest {

  static final double[] MAINTAINED_TIMES = {9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161};
  static final boolean[] MAINTAINED_EVENTS = {
    true, true, false, true, true, false, true, true, false, true, false
  };
  static final double[] NONMAINTAINED_TIMES = {5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45};
  static final boolean[] NONMAINTAINED_EVENTS = {
    true, true, true, true, true, false, true, true, true, true, true, true
  };

  /** {time, n.risk, n.event, survival, std.err, log lower, log upper, log-log lower, upper}. */
  private static final double[][] MAINTAINED = {
    {
      9,
      11,
      1.0,
      0.909090909090909,
      0.0866784172041448,
      0.754133845081525,
      1.0,
      0.50808020576993,
      0.986673822667823
    },
    {
      13,
      10,
      1.0,
      0.818181818181818,
      0.116291299830333,
      0.619248987399364,
      1.0,
      0.447428614682181,
      0.951162228582492
    },
    {
      18,
      8,
      1.0,
      0.715909090909091,
      0.139664970557228,
      0.488426287422128,
      1.0,
      0.350190385907938,
      0.899023974191053
    },
    {
      23,
      7,
      1.0,
      0.613636363636364,
      0.152632331027312,
      0.37686705950168,
      0.999157600228473,
      0.265752040001286,
      0.835299243250221
    },
    {
      31,
      5,
      1.0,
      0.490909090909091,
      0.164193267221136,
      0.254859951199317,
      0.945584955200429,
      0.167330909776851,
      0.753399790370811
    },
    {
      34,
      4,
      1.0,
      0.368181818181818,
      0.162668885827095,
      0.154877117897191,
      0.875260678143908,
      0.0928295749369852,
      0.657040832398164
    },
    {
      48,
      2,
      1.0,
      0.184090909090909,
      0.153492745786294,
      0.0359178984891853,
      0.943525769474552,
      0.0117384801231896,
      0.525014842726641
    },
  };

  private static final double[][] NONMAINTAINED = {
    {
      5,
      12,
      2,
      0.833333333333333,
      0.107582870727984,
      0.647036987013362,
      1.0,
      0.481714942195379,
      0.955509365728065
    },
    {
      8,
      10,
      2,
      0.666666666666667,
      0.136082763487954,
      0.446846081150264,
      0.994625360259092,
      0.337018932541402,
      0.85971179908444
    },
    {
      12,
      8,
      1.0,
      0.583333333333333,
      0.142318760638328,
      0.361613705210385,
      0.940998012173809,
      0.270138924085497,
      0.800940192333387
    },
    {
      23,
      6,
      1.0,
      0.486111111111111,
      0.148130062553483,
      0.267518248858267,
      0.883319225339558,
      0.191876619618728,
      0.729671569779485
    },
    {
      27,
      5,
      1.0,
      0.388888888888889,
      0.146986183948033,
      0.185396526095557,
      0.815735715691272,
      0.126272012195394,
      0.649817408289315
    },
    {
      30,
      4,
      1.0,
      0.291666666666667,
      0.138715169134987,
      0.11483115015247,
      0.740822018515804,
      0.0724016089077718,
      0.560886052671409
    },
    {
      33,
      3,
      1.0,
      0.194444444444444,
      0.121874505380446,
      0.0569215525716042,
      0.664223659882563,
      0.0311986429312119,
      0.461429476238114
    },
    {
      43,
      2,
      1.0,
      0.0972222222222222,
      0.0918663649675205,
      0.0152565271708652,
      0.619548629119056,
      0.00574630569586383,
      0.34890386111075
    },
  };

  @Test
  void aml_maintained_matchesREveryRow() {
    assertRows(MAINTAINED, KaplanMeier.fit(MAINTAINED_TIMES, MAINTAINED_EVENTS));
  }

  @Test
  void aml_nonmaintained_matchesREveryRowAndEndsAtZero() {
    SurvivalCurve curve = KaplanMeier.fit(NONMAINTAINED_TIMES, NONMAINTAINED_EVENTS);
    assertRows(NONMAINTAINED, curve);
    SurvivalCurve.Step last = curve.steps().get(curve.steps().size() - 1);
    assertEquals(45, last.time());
    assertEquals(1, last.atRisk());
    assertEquals(0.0, last.survival());
    assertFalse(last.standardError().isDefined());
    assertFalse(last.logInterval().isDefined());
    assertFalse(last.logLogInterval().isDefined());
  }

  private static void assertRows(double[][] expected, SurvivalCurve curve) {
    for (int i = 0; i < expected.length; i++) {
      double[] r = expected[i];
      SurvivalCurve.Step s = curve.steps().get(i);
      String at = "t = " + r[0];
      assertEquals(r[0], s.time(), at);
      assertEquals((long) r[1], s.atRisk(), at);
      assertEquals((long) r[2], s.events(), at);
      assertEquals(r[3], s.survival(), 1e-12, at);
      assertEquals(r[4], s.standardError().orElseThrow(), 1e-12, at);
      Interval log = s.logInterval().orElseThrow();
      assertEquals(r[5], log.lower(), 1e-12, at + " log lower");
      assertEquals(r[6], log.upper(), 1e-12, at + " log upper");
      Interval logLog = s.logLogInterval().orElseThrow();
      assertEquals(r[7], logLog.lower(), 1e-12, at + " log-log lower");
      assertEquals(r[8], logLog.upper(), 1e-12, at + " log-log upper");
      assertEquals(0.95, log.level());
    }
  }

  @Test
  void aml_medians_are31And23AndPooled27() {
    assertEquals(
        MetricResult.of(31.0), KaplanMeier.fit(MAINTAINED_TIMES, MAINTAINED_EVENTS).median());
    assertEquals(
        MetricResult.of(23.0), KaplanMeier.fit(NONMAINTAINED_TIMES, NONMAINTAINED_EVENTS).median());
    List<Lifetime> pooled = new ArrayList<>(lifetimes(MAINTAINED_TIMES, MAINTAINED_EVENTS));
    pooled.addAll(lifetimes(NONMAINTAINED_TIMES, NONMAINTAINED_EVENTS));
    assertEquals(MetricResult.of(27.0), KaplanMeier.fit(pooled).median());
  }

  @Test
  void aml_restrictedMeanTo40_matchesR() {
    // R: summary(survfit(Surv(time, status) ~ x, data = aml), rmean = 40)$table[, "rmean"]
    assertEquals(
        28.8977272727273,
        KaplanMeier.fit(MAINTAINED_TIMES, MAINTAINED_EVENTS).restrictedMean(40).orElseThrow(),
        1e-12);
    assertEquals(
        21.9305555555556,
        KaplanMeier.fit(NONMAINTAINED_TIMES, NONMAINTAINED_EVENTS).restrictedMean(40).orElseThrow(),
        1e-12);
  }

  @Test
  void level90_logInterval_matchesR() {
    // R: summary(survfit(..., conf.int = 0.90)) for the maintained group, first three rows.
    SurvivalCurve curve = KaplanMeier.fit(MAINTAINED_TIMES, MAINTAINED_EVENTS, 0.90);
    double[][] expected = {
      {0.777135294472088, 1}, {0.647614278014167, 1}, {0.519393965412095, 0.986776629257976}
    };
    for (int i = 0; i < expected.length; i++) {
      Interval log = curve.steps().get(i).logInterval().orElseThrow();
      assertEquals(expected[i][0], log.lower(), 1e-12);
      assertEquals(expected[i][1], log.upper(), 1e-12);
      assertEquals(0.90, log.level());
    }
  }

  /**
   * Ties: at t = 2 two events and one censoring (still at risk at 2), at t = 3 one of each, at 7
   * one of each. R: {@code summary(survfit(Surv(c(2,2,2,3,3,5,7,7,9), c(1,1,0,1,0,1,1,0,0)) ~ 1,
   * conf.type = "log-log"))}: {time, n.risk, n.event, survival, std.err, lower, upper}.
   */
  private static final double[][] TIES = {
    {2, 9, 2, 0.777777777777778, 0.13857990321385, 0.364751231165474, 0.939296442486602},
    {3, 6, 1.0, 0.648148148148148, 0.165346854765171, 0.253174594385996, 0.87206762779799},
    {5, 4, 1.0, 0.486111111111111, 0.187271236760934, 0.128136950741097, 0.776289583945868},
    {7, 3, 1.0, 0.324074074074074, 0.181909034868876, 0.0502166750121688, 0.654143207690347},
  };

  @Test
  void ties_censoredAtAnEventTimeStayAtRisk_matchesR() {
    double[] times = {2, 2, 2, 3, 3, 5, 7, 7, 9};
    boolean[] events = {true, true, false, true, false, true, true, false, false};
    SurvivalCurve curve = KaplanMeier.fit(times, events);
    assertEquals(TIES.length, curve.steps().size());
    for (int i = 0; i < TIES.length; i++) {
      double[] r = TIES[i];
      SurvivalCurve.Step s = curve.steps().get(i);
      assertEquals(r[0], s.time());
      assertEquals((long) r[1], s.atRisk());
      assertEquals((long) r[2], s.events());
      assertEquals(r[3], s.survival(), 1e-12);
      assertEquals(r[4], s.standardError().orElseThrow(), 1e-12);
      assertEquals(r[5], s.logLogInterval().orElseThrow().lower(), 1e-12);
      assertEquals(r[6], s.logLogInterval().orElseThrow().upper(), 1e-12);
    }
    // R: summary(survfit(...), rmean = 9)$table: rmean 5.69444444444444, median 5.
    assertEquals(5.69444444444444, curve.restrictedMean(9).orElseThrow(), 1e-12);
    assertEquals(MetricResult.of(5.0), curve.median());
  }

  @Test
  void listAndArrayInputs_giveTheSameCurve() {
    SurvivalCurve fromArrays = KaplanMeier.fit(MAINTAINED_TIMES, MAINTAINED_EVENTS, 0.9);
    SurvivalCurve fromList = KaplanMeier.fit(lifetimes(MAINTAINED_TIMES, MAINTAINED_EVENTS), 0.9);
    assertEquals(fromArrays.steps(), fromList.steps());
    assertEquals(fromArrays.toString(), fromList.toString());
  }

  @Test
  void inputOrder_doesNotMatter() {
    double[] times = {48, 9, 161, 13, 31, 13, 18, 45, 23, 34, 28};
    boolean[] events = {true, true, false, true, true, false, true, false, true, true, false};
    assertEquals(
        KaplanMeier.fit(MAINTAINED_TIMES, MAINTAINED_EVENTS).steps(),
        KaplanMeier.fit(times, events).steps());
  }

  @Test
  void badInputs_nameFieldAndValue() {
    assertEquals(
        "times[1] must be finite and >= 0, got -1.0",
        assertThrows(
                IllegalArgumentException.class,
                () -> KaplanMeier.fit(new double[] {1, -1}, new boolean[] {true, false}))
            .getMessage());
    assertEquals(
        "times[0] must be finite and >= 0, got NaN",
        assertThrows(
                IllegalArgumentException.class,
                () -> KaplanMeier.fit(new double[] {Double.NaN}, new boolean[] {true}))
            .getMessage());
    assertEquals(
        "events.length must be 2 (times.length), got 1",
        assertThrows(
                IllegalArgumentException.class,
                () -> KaplanMeier.fit(new double[] {1, 2}, new boolean[] {true}))
            .getMessage());
    assertEquals(
        "level must be in (0, 1), got 1.5",
        assertThrows(
                IllegalArgumentException.class,
                () -> KaplanMeier.fit(new double[] {1}, new boolean[] {true}, 1.5))
            .getMessage());
  }

  static List<Lifetime> lifetimes(double[] times, boolean[] events) {
    List<Lifetime> out = new ArrayList<>();
    for (int i = 0; i < times.length; i++) {
      out.add(new Lifetime(times[i], events[i]));
    }
    return out;
  }

  static final Gen<List<Lifetime>> SAMPLES =
      Gen.lists(
          Gen.zip(
              Gen.ints(0, 40).map(Integer::doubleValue),
              Gen.oneOf(true, true, false),
              Lifetime::new),
          0,
          120);

  @Test
  void property_survivalIsNonIncreasingAndIntervalsAreOrdered() {
    Property.<List<Lifetime>>named("S non-increasing in [0, 1]; lower <= S <= upper")
        .edgeCases(List.of(), List.of(Lifetime.censored(3)), List.of(Lifetime.event(0)))
        .forAll(
            SAMPLES,
            sample -> {
              SurvivalCurve curve = KaplanMeier.fit(sample);
              double previous = 1.0;
              for (SurvivalCurve.Step s : curve.steps()) {
                assertTrue(s.survival() <= previous && s.survival() >= 0, s.toString());
                previous = s.survival();
                s.logInterval()
                    .asOptional()
                    .ifPresent(i -> assertTrue(i.contains(s.survival()) && i.upper() <= 1, i + ""));
                s.logLogInterval()
                    .asOptional()
                    .ifPresent(i -> assertTrue(i.contains(s.survival()) && i.lower() >= 0, i + ""));
              }
              double last = 1.0;
              for (double t = 0; t <= 40; t += 0.5) {
                MetricResult<Double> st = curve.survival(t);
                if (st.isDefined()) {
                  assertTrue(st.orElseThrow() <= last);
                  last = st.orElseThrow();
                }
              }
              long events = sample.stream().filter(Lifetime::event).count();
              assertEquals(events, curve.eventCount());
              assertEquals(
                  events, curve.steps().stream().mapToLong(SurvivalCurve.Step::events).sum());
            });
  }
}
