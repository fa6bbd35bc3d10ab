package dev.icpmetrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.metrics.MetricResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  // Ten subjects; positives at 90, 80, 70, 60, 30; negatives at 80, 60, 50, 40, 20.
  static final double[] S = {90, 80, 80, 70, 60, 60, 50, 40, 30, 20};
  static final boolean[] Y = {true, true, false, true, false, true, false, false, true, false};

  @Test
  void rocAuc_handComputedWithTies() {
    // Pairs (positive beats negative, ties 1/2): 90 -> 5; 80 -> 4 + 0.5; 70 -> 4; 60 -> 3 + 0.5;
    // 30 -> 1. U = 18 of 5 * 5 = 25 pairs: AUC 0.72 (scipy.stats.mannwhitneyu: U = 18.0).
    assertEquals(0.72, Evaluation.rocAuc(S, Y).orElseThrow(), 1e-12);
    assertEquals(0.72, Evaluation.rocAuc(toFloat(S), Y).orElseThrow(), 1e-12);
  }

  @Test
  void rocAuc_generatedSample_matchesScipyAndR() {
    // i = 0..299, score = (37 i) mod 101, positive if (13 i) mod 7 < 3 or (score > 70 and i even).
    // 156 positives. scipy mannwhitneyu U / (P N) = 0.6339031339031339; R rank() gives the same.
    double[] s = new double[300];
    boolean[] y = new boolean[300];
    for (int i = 0; i < 300; i++) {
      s[i] = (37 * i) % 101;
      y[i] = (13 * i) % 7 < 3 || (s[i] > 70 && i % 2 == 0);
    }
    assertEquals(0.6339031339031339, Evaluation.rocAuc(s, y).orElseThrow(), 1e-12);
    // Average precision by a brute-force Python loop over thresholds: 0.673179216278217.
    assertEquals(0.673179216278217, Evaluation.averagePrecision(s, y).orElseThrow(), 1e-12);
  }

  @Test
  void rocAuc_perfectAndReversed() {
    double[] s = {4, 3, 2, 1};
    assertEquals(1.0, Evaluation.rocAuc(s, new boolean[] {true, true, false, false}).orElseThrow());
    assertEquals(0.0, Evaluation.rocAuc(s, new boolean[] {false, false, true, true}).orElseThrow());
    assertEquals(
        0.5, Evaluation.rocAuc(new double[] {1, 1}, new boolean[] {true, false}).orElseThrow());
  }

  @Test
  void rocAuc_withoutNegatives_isUndefined() {
    MetricResult<Double> r = Evaluation.rocAuc(new double[] {1, 2}, new boolean[] {true, true});
    assertEquals(
        "undefined (AUC needs positives and negatives, got 2 positives of 2)", r.toString());
  }

  @Test
  void averagePrecision_handComputed() {
    // Thresholds 90, 80, 70, 60, 50, 40, 30, 20; recall steps of 0.2 at 90 (precision 1/1),
    // 80 (2/3), 70 (3/4), 60 (4/6), 30 (5/9): AP = 0.2 (1 + 2/3 + 3/4 + 2/3 + 5/9) = 0.727777..
    assertEquals(0.7277777777777777, Evaluation.averagePrecision(S, Y).orElseThrow(), 1e-12);
  }

  @Test
  void averagePrecision_withoutPositives_isUndefined() {
    assertFalse(Evaluation.averagePrecision(new double[] {1}, new boolean[] {false}).isDefined());
  }

  @Test
  void gains_topTenTwentyThirty_withTiesProRata() {
    // Top 10%: k = 1, the 90 (positive): gain 1/5 = 0.2, lift 0.2 / 0.1 = 2.
    // Top 20%: k = 2, the 90 and one of the two tied 80s (one positive): 1 + 1/2 = 1.5 positives,
    // gain 0.3, lift 1.5. Top 30%: k = 3, 90 and both 80s: 2 positives, gain 0.4, lift 4/3.
    List<Gains> g = Evaluation.gains(S, Y);
    assertEquals(0.2, g.get(0).gain(), 1e-12);
    assertEquals(2.0, g.get(0).lift(), 1e-12);
    assertEquals(1.5, g.get(1).selectedPositives(), 1e-12);
    assertEquals(0.3, g.get(1).gain(), 1e-12);
    assertEquals(1.5, g.get(1).lift(), 1e-12);
    assertEquals(0.4, g.get(2).gain(), 1e-12);
    assertEquals(4 / 3.0, g.get(2).lift(), 1e-12);
    assertEquals("top 20%: 1.50 of 5 positives (gain 30.0%), lift 1.50", g.get(1).toString());
  }

  @Test
  void gains_noPositives_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Evaluation.gains(new double[] {1, 2}, new boolean[] {false, false}, 0.1));
    assertEquals("outcomes must contain at least one positive, got 0 of 2", e.getMessage());
  }

  @Test
  void gains_fractionOutOfRange_namesValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Evaluation.gains(S, Y, 0));
    assertEquals("fraction must be in (0, 1], got 0.0", e.getMessage());
  }

  @Test
  void tiers_countsPositivesPerTierAndChecksMonotonicity() {
    // A (>= 80): 90, 80, 80 -> 2 of 3; B (>= 60): 70, 60, 60 -> 2 of 3; C: 50, 40 -> 0 of 2;
    // D: 30, 20 -> 1 of 2. C (0%) < D (50%): not monotone. Wilson 95% bounds recomputed with
    // scipy's normal quantile: 2/3 [0.208, 0.939], 0/2 [0, 0.658], 1/2 [0.095, 0.905].
    TierReport r = Evaluation.tiers(S, Y, TierPolicy.STANDARD);
    assertEquals(new TierReport.Row(Tier.A, 3, 2), r.row(Tier.A));
    assertEquals(new TierReport.Row(Tier.B, 3, 2), r.row(Tier.B));
    assertEquals(new TierReport.Row(Tier.C, 2, 0), r.row(Tier.C));
    assertEquals(new TierReport.Row(Tier.D, 2, 1), r.row(Tier.D));
    assertFalse(r.isMonotone());
    String nl = System.lineSeparator();
    assertEquals(
        "tier     count  positives    rate  95% Wilson"
            + nl
            + "A            3          2   66.7%  [20.8%, 93.9%]"
            + nl
            + "B            3          2   66.7%  [20.8%, 93.9%]"
            + nl
            + "C            2          0    0.0%  [0.0%, 65.8%]"
            + nl
            + "D            2          1   50.0%  [9.5%, 90.5%]"
            + nl
            + "NOT monotone",
        r.toString());
  }

  @Test
  void tiers_emptyTierIsSkippedByMonotonicity() {
    TierReport r =
        Evaluation.tiers(
            new double[] {90, 10, 10}, new boolean[] {true, false, true}, TierPolicy.STANDARD);
    assertTrue(r.isMonotone());
    assertFalse(r.row(Tier.B).rate().isDefined());
  }

  @Test
  void tiers_ofScores_countsUntieredApart() {
    List<Score> scores = List.of(Score.of(85), Score.disqualified("x"), Score.of(20));
    TierReport r = Evaluation.tiers(scores, new boolean[] {true, true, false});
    assertEquals(1, r.untieredCount());
    assertEquals(1, r.untieredPositiveCount());
    assertEquals(1, r.row(Tier.A).positiveCount());
  }

  @Test
  void psi_tenEqualBinsWithEpsilon_matchesNumpy() {
    // Bin counts (numpy.histogram, edges 0, 10, ..., 100, last bin closed):
    // expected [1 2 1 1 1 1 1 1 0 1], actual [3 1 0 2 0 1 0 0 1 2]; empty shares -> 1e-4.
    // sum (a - e) ln(a / e) = 3.878090373753183.
    double[] e = {5, 15, 15, 25, 35, 45, 55, 65, 75, 100};
    double[] a = {5, 5, 5, 15, 35, 35, 55, 85, 95, 100};
    assertEquals(3.878090373753183, Evaluation.psi(e, a), 1e-12);
    assertEquals(0.0, Evaluation.psi(e, e));
  }

  @Test
  void psi_valueOutsideRange_namesIndex() {
    IllegalArgumentException ex =
        assertThrows(
            IllegalArgumentException.class,
            () -> Evaluation.psi(new double[] {5}, new double[] {101}));
    assertEquals("actual[0] must be in [0.0, 100.0], got 101.0", ex.getMessage());
  }

  @Test
  void psi_edgesNotIncreasing_areRejected() {
    IllegalArgumentException ex =
        assertThrows(
            IllegalArgumentException.class,
            () -> Evaluation.psi(new double[] {5}, new double[] {5}, new double[] {0, 0}, 1e-4));
    assertEquals("edges must be finite and strictly increasing, got [0.0, 0.0]", ex.getMessage());
  }

  @Test
  void lengthsDiffer_areRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Evaluation.rocAuc(new double[] {1, 2}, new boolean[] {true}));
    assertEquals("outcomes must have as many values as scores (2), got 1", e.getMessage());
  }

  @Test
  void nonFiniteScore_namesIndex() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Evaluation.rocAuc(new double[] {1, Double.NaN}, new boolean[] {true, false}));
    assertEquals("scores[1] must be finite, got NaN", e.getMessage());
  }

  private static float[] toFloat(double[] d) {
    float[] f = new float[d.length];
    for (int i = 0; i < d.length; i++) {
      f[i] = (float) d[i];
    }
    return f;
  }
}
