package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProportionTest {

  /**
   * R 4.2.2: {k, n, level, Wilson lower, upper ({@code prop.test(k, n, correct = FALSE,
   * conf.level)}), Jeffreys lower, upper ({@code qbeta(c(a/2, 1 - a/2), k + .5, n - k + .5)}, 0 at
   * k = 0 and 1 at k = n), Clopper-Pearson lower, upper ({@code binom.test(k, n, conf.level)})}.
   */
  private static final double[][] R_INTERVALS = {
    {
      7,
      100,
      0.9,
      0.03839462680673687,
      0.12426011306679303,
      0.03684164079595262,
      0.12125081867399534,
      0.033311915617632006,
      0.1274580155829702
    },
    {0, 20, 0.9, 0.0, 0.11915783736096437, 0.0, 0.09047642653787225, 0.0, 0.13910834066826516},
    {20, 20, 0.9, 0.8808421626390355, 1.0, 0.9095235734621276, 1.0, 0.8608916593317348, 1.0},
    {0, 1.0, 0.9, 0.0, 0.7301340512159457, 0.0, 0.7714801861936711, 0.0, 0.95},
    {1, 1.0, 0.9, 0.26986594878405434, 1.0, 0.22851981380632871, 1.0, 0.04999999999999999, 1.0},
    {
      3,
      10,
      0.9,
      0.1268765839031979,
      0.5583002041301648,
      0.11732937668021018,
      0.5581267664846339,
      0.08726443391415027,
      0.6066242161054134
    },
    {
      523,
      100000,
      0.9,
      0.0048679724151563025,
      0.0056187992952190955,
      0.004865304049686667,
      0.005615841298795048,
      0.004860482549224247,
      0.005621019499190755
    },
    {
      1,
      2,
      0.9,
      0.12086631942227373,
      0.8791336805777262,
      0.09730818173994012,
      0.9026918182600598,
      0.025320565519103604,
      0.9746794344808963
    },
    {
      7,
      100,
      0.95,
      0.03431926106727269,
      0.13749514739073498,
      0.03185495906919641,
      0.13250922396455234,
      0.028605288907438704,
      0.13891972845585732
    },
    {0, 20, 0.95, 0.0, 0.1611251580528193, 0.0, 0.1166389829048754, 0.0, 0.16843347098308536},
    {20, 20, 0.95, 0.8388748419471806, 1.0, 0.8833610170951246, 1.0, 0.8315665290169146, 1.0},
    {0, 1.0, 0.95, 0.0, 0.7934506856227626, 0.0, 0.8532536836904248, 0.0, 0.975},
    {1, 1.0, 0.95, 0.2065493143772375, 1.0, 0.1467463163095752, 1.0, 0.025000000000000022, 1.0},
    {
      3,
      10,
      0.95,
      0.10779126740630104,
      0.6032218525388545,
      0.09269459393815319,
      0.6058183181486712,
      0.0667395111777345,
      0.6524528500599973
    },
    {
      523,
      100000,
      0.95,
      0.004801556123663348,
      0.005696455187762075,
      0.00479713323049495,
      0.0056915040852034094,
      0.004792345928854198,
      0.0056967163934951714
    },
    {
      1,
      2,
      0.95,
      0.09453120573423074,
      0.9054687942657692,
      0.06083027592009741,
      0.9391697240799026,
      0.012579117093425058,
      0.9874208829065749
    },
    {
      7,
      100,
      0.99,
      0.027715839994462504,
      0.16579395144114525,
      0.02350414793258796,
      0.15602983215049826,
      0.02078993032962432,
      0.16280285558442287
    },
    {0, 20, 0.99, 0.0, 0.24910540109875334, 0.0, 0.1767540974366899, 0.0, 0.23272950098907452},
    {20, 20, 0.99, 0.7508945989012465, 1.0, 0.8232459025633101, 1.0, 0.7672704990109255, 1.0},
    {0, 1.0, 0.99, 0.0, 0.869022456719814, 0.0, 0.9487634544245647, 0.0, 0.995},
    {1, 1.0, 0.99, 0.1309775432801859, 1.0, 0.05123654557543535, 1.0, 0.0050000000000000044, 1.0},
    {
      3,
      10,
      0.99,
      0.0795663165230658,
      0.6799753207988973,
      0.05532874973103251,
      0.69344482721394,
      0.03700722109623209,
      0.7351139852871308
    },
    {
      523,
      100000,
      0.99,
      0.004674399557499528,
      0.00585125104247679,
      0.004665746914543113,
      0.005841312881756378,
      0.004661026448646738,
      0.005846591812065774
    },
    {
      1,
      2,
      0.99,
      0.06171307677810178,
      0.9382869232218982,
      0.020632498206462478,
      0.9793675017935375,
      0.0025031328369998353,
      0.9974968671630001
    },
  };

  @Test
  void interval_allMethodsAndLevels_matchR() {
    for (double[] r : R_INTERVALS) {
      Proportion p = Proportion.of((long) r[0], (long) r[1]);
      double level = r[2];
      check(r[3], r[4], p, IntervalMethod.WILSON, level);
      check(r[5], r[6], p, IntervalMethod.JEFFREYS, level);
      check(r[7], r[8], p, IntervalMethod.CLOPPER_PEARSON, level);
    }
  }

  private static void check(
      double lower, double upper, Proportion p, IntervalMethod method, double level) {
    Interval i = p.interval(method, level).orElseThrow();
    String what = p.events() + "/" + p.trials() + " " + method + " " + level;
    assertEquals(lower, i.lower(), 1e-9, what + " lower");
    assertEquals(upper, i.upper(), 1e-9, what + " upper");
    assertEquals(level, i.level(), what);
  }

  @Test
  void interval_edgeCounts_haveExactEndpoints() {
    for (IntervalMethod m : IntervalMethod.values()) {
      assertEquals(0.0, Proportion.of(0, 20).interval(m, 0.95).orElseThrow().lower(), m.label());
      assertEquals(1.0, Proportion.of(20, 20).interval(m, 0.95).orElseThrow().upper(), m.label());
    }
  }

  @Test
  void interval_default_isWilson95() {
    Proportion p = Proportion.of(7, 100);
    assertEquals(p.interval(IntervalMethod.WILSON, 0.95), p.interval());
  }

  @Test
  void rate_isEventsOverTrials() {
    assertEquals(MetricResult.of(0.25), Proportion.of(1, 4).rate());
    assertEquals(MetricResult.of(0.0), Proportion.of(0, 4).rate());
  }

  @Test
  void noTrials_rateAndIntervalAreUndefinedWithReason() {
    Proportion empty = Proportion.empty();
    assertEquals(MetricResult.undefined("no trials (0 of 0)"), empty.rate());
    for (IntervalMethod m : IntervalMethod.values()) {
      assertEquals(MetricResult.undefined("no trials (0 of 0)"), empty.interval(m, 0.9));
    }
    assertEquals("0/0 = undefined (no trials)", empty.toString());
  }

  @Test
  void eventsAboveTrials_namesFieldAndRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Proportion.of(151, 150));
    assertEquals("events must be in [0, 150], got 151", e.getMessage());
  }

  @Test
  void negativeEvents_namesFieldAndRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Proportion.of(-1, 150));
    assertEquals("events must be in [0, 150], got -1", e.getMessage());
  }

  @Test
  void negativeTrials_namesField() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Proportion.of(0, -2));
    assertEquals("trials must be >= 0, got -2", e.getMessage());
  }

  @Test
  void interval_levelOutsideOpenUnitInterval_namesValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Proportion.of(1, 2).interval(IntervalMethod.JEFFREYS, 1.0));
    assertEquals("level must be in (0, 1), got 1.0", e.getMessage());
  }

  @Test
  void plus_addsCountsAndOverflowThrows() {
    assertEquals(Proportion.of(10, 130), Proportion.of(7, 100).plus(Proportion.of(3, 30)));
    assertEquals(Proportion.of(7, 100), Proportion.of(7, 100).plus(Proportion.empty()));
    assertThrows(
        ArithmeticException.class,
        () -> Proportion.of(0, Long.MAX_VALUE).plus(Proportion.of(0, 1)));
  }

  @Test
  void isSupported_defaultIsThirtyTrials() {
    assertEquals(30, Proportion.DEFAULT_MIN_TRIALS);
    assertFalse(Proportion.of(1, 29).isSupported());
    assertTrue(Proportion.of(1, 30).isSupported());
    assertTrue(Proportion.of(1, 5).isSupported(5));
    assertFalse(Proportion.of(1, 5).isSupported(6));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Proportion.of(1, 5).isSupported(-1));
    assertEquals("minTrials must be >= 0, got -1", e.getMessage());
  }

  @Test
  void shrunkToward_parentProportion_usesItsRate() {
    Shrinkage s = Proportion.of(7, 100).shrunkToward(Proportion.of(50, 1000), 50);
    assertEquals(0.05, s.parentRate(), 1e-15);
    assertEquals(9.5 / 150, s.shrunkRate(), 1e-15);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Proportion.of(7, 100).shrunkToward(Proportion.empty(), 50));
    assertEquals("parent.trials must be > 0, got 0", e.getMessage());
  }

  @Test
  void toString_showsCountsRateAndWilsonInterval() {
    assertEquals("7/100 = 7.00% [3.43%, 13.75%] 95% Wilson", Proportion.of(7, 100).toString());
    assertEquals("0/20 = 0.00% [0.00%, 16.11%] 95% Wilson", Proportion.of(0, 20).toString());
  }

  private static final Gen<Proportion> PROPORTIONS =
      Gen.zip(
          Gen.longs(0, 5000),
          Gen.doubles(0, 1),
          (n, f) -> Proportion.of((long) Math.floor(f * n), n));

  private static final Gen<Double> LEVELS = Gen.oneOf(0.5, 0.8, 0.9, 0.95, 0.99, 0.999);

  @Test
  void property_boundsInUnitIntervalAndEncloseRate() {
    Property.<List<Object>>named("0 <= lower <= rate <= upper <= 1")
        .edgeCases(
            List.of(Proportion.of(0, 1), 0.95),
            List.of(Proportion.of(1, 1), 0.99),
            List.of(Proportion.of(0, 5000), 0.5))
        .forAll(
            Gen.zip(
                PROPORTIONS.map(p -> p.trials() == 0 ? Proportion.of(0, 1) : p), LEVELS, List::of),
            c -> {
              Proportion p = (Proportion) c.get(0);
              double level = (Double) c.get(1);
              double rate = p.rate().orElseThrow();
              assertTrue(rate >= 0 && rate <= 1);
              for (IntervalMethod m : IntervalMethod.values()) {
                Interval i = p.interval(m, level).orElseThrow();
                assertTrue(0 <= i.lower() && i.lower() <= rate, m + " lower " + i);
                assertTrue(rate <= i.upper() && i.upper() <= 1, m + " upper " + i);
              }
            });
  }

  @Test
  void property_intervalNarrowsAsTrialsGrowAtFixedRate() {
    Property.<List<Long>>named("width(k, n) > width(4k, 4n)")
        .edgeCases(List.of(0L, 10L), List.of(10L, 10L), List.of(1L, 2L))
        .forAll(
            Gen.zip(Gen.longs(1, 2000), Gen.doubles(0, 1), (n, f) -> List.of((long) (f * n), n)),
            c -> {
              Proportion small = Proportion.of(c.get(0), c.get(1));
              Proportion large = Proportion.of(4 * c.get(0), 4 * c.get(1));
              for (IntervalMethod m : IntervalMethod.values()) {
                double ws = small.interval(m, 0.95).orElseThrow().width();
                double wl = large.interval(m, 0.95).orElseThrow().width();
                assertTrue(wl < ws, m + ": " + wl + " >= " + ws);
              }
            });
  }

  @Test
  void property_plusOfDisjointEqualsCombinedCounts() {
    Property.<List<Proportion>>named("a.plus(b) = counts of the union, commutative, associative")
        .forAll(
            Gen.zip(
                Gen.zip(PROPORTIONS, PROPORTIONS, List::of),
                PROPORTIONS,
                (ab, c) -> List.of(ab.get(0), ab.get(1), c)),
            c -> {
              Proportion a = c.get(0);
              Proportion b = c.get(1);
              Proportion d = c.get(2);
              Proportion sum = a.plus(b);
              assertEquals(a.events() + b.events(), sum.events());
              assertEquals(a.trials() + b.trials(), sum.trials());
              assertEquals(sum, b.plus(a));
              assertEquals(a.plus(b).plus(d), a.plus(b.plus(d)));
              assertEquals(Proportion.of(sum.events(), sum.trials()).interval(), sum.interval());
            });
  }

  @Test
  void plus_overflow_namesTheCountAndTheOperands() {
    Proportion big = Proportion.of(1, Long.MAX_VALUE);
    ArithmeticException e =
        assertThrows(ArithmeticException.class, () -> big.plus(Proportion.of(0, 1)));
    assertEquals("trials must fit in a long, got 9223372036854775807 + 1", e.getMessage());
  }
}
