package dev.icpmetrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TierPolicyTest {

  @Test
  void standard_cutsAt80_60_40() {
    TierPolicy p = TierPolicy.STANDARD;
    assertEquals(Tier.A, p.tierOf(80));
    assertEquals(Tier.B, p.tierOf(79.99));
    assertEquals(Tier.B, p.tierOf(60));
    assertEquals(Tier.C, p.tierOf(40));
    assertEquals(Tier.D, p.tierOf(39.99));
    assertEquals(Tier.D, p.tierOf(0));
    assertEquals("A >= 80, B >= 60, C >= 40, D below", p.toString());
  }

  @Test
  void absolute_outOfOrder_namesAllThresholds() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TierPolicy.absolute(60, 80, 40));
    assertEquals(
        "tier thresholds must satisfy 100 >= a > b > c >= 0, got a=60.0, b=80.0, c=40.0",
        e.getMessage());
  }

  @Test
  void absolute_aboveHundred_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TierPolicy.absolute(101, 80, 40));
    assertEquals(
        "tier thresholds must satisfy 100 >= a > b > c >= 0, got a=101.0, b=80.0, c=40.0",
        e.getMessage());
  }

  @Test
  void tierOf_outsideRange_namesValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TierPolicy.STANDARD.tierOf(100.5));
    assertEquals("value must be in [0, 100], got 100.5", e.getMessage());
  }

  @Test
  void quantiles_tenValues_cutAtTheTopTenTwentyThirtyPercent() {
    // Sorted 10..100; n = 10. A: x[10 - ceil(1)] = x[9] = 100; B: x[10 - 3] = 80;
    // C: x[10 - 6] = x[4] = 50. So 1 value in A, 2 in B, 3 in C, 4 in D.
    double[] sample = {100, 10, 90, 20, 80, 30, 70, 40, 60, 50};
    TierPolicy.QuantileBands q = TierPolicy.quantiles(sample, 0.1, 0.2, 0.3);
    assertEquals(100, q.aCut());
    assertEquals(80, q.bCut());
    assertEquals(50, q.cCut());
    int[] counts = new int[4];
    for (double v : sample) {
      counts[q.tierOf(v).rank() - 1]++;
    }
    assertEquals("[1, 2, 3, 4]", java.util.Arrays.toString(counts));
    assertEquals(
        "quantile bands top 0.1000/0.2000/0.3000 of 10: A >= 100, B >= 80, C >= 50, D below",
        q.toString());
  }

  @Test
  void quantiles_ties_goToTheBetterBand() {
    double[] sample = {70, 70, 70, 70, 70, 10, 10, 10, 10, 10};
    TierPolicy.QuantileBands q = TierPolicy.quantiles(sample, 0.1, 0.2, 0.3);
    assertEquals(Tier.A, q.tierOf(70));
    assertEquals(Tier.C, q.tierOf(10));
  }

  @Test
  void quantiles_sharesSummingToOne_areRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TierPolicy.quantiles(new double[] {1}, 0.5, 0.3, 0.2));
    assertEquals(
        "tier shares must each be > 0 and sum to < 1, got a=0.5, b=0.3, c=0.2", e.getMessage());
  }

  @Test
  void quantiles_emptySample_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> TierPolicy.quantiles(new double[0], .1, .2, .3));
    assertEquals("sample must not be empty, got 0 values", e.getMessage());
  }

  @Test
  void quantiles_valueOutsideRange_namesIndex() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TierPolicy.quantiles(new double[] {5, 120}, .1, .2, .3));
    assertEquals("sample[1] must be in [0, 100], got 120.0", e.getMessage());
  }

  @Test
  void tier_rank_isOneForA() {
    assertEquals(1, Tier.A.rank());
    assertEquals(4, Tier.D.rank());
  }
}
