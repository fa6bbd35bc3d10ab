package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShrinkageTest {

  @Test
  void shrunkRate_isPosteriorMeanAndWeightIsCredibility() {
    // (7 + 50 * 0.05) / (100 + 50) = 9.5 / 150; Z = 100 / 150.
    Shrinkage s = Proportion.of(7, 100).shrunkToward(0.05, 50);
    assertEquals(MetricResult.of(0.07), s.rawRate());
    assertEquals(0.06333333333333334, s.shrunkRate(), 1e-15);
    assertEquals(0.6666666666666666, s.credibilityWeight(), 1e-15);
    assertEquals("7/100 toward 5.00% (m = 50): raw 7.00%, shrunk 6.33%, Z = 0.667", s.toString());
  }

  @Test
  void noTrials_shrinksAllTheWayToTheParent() {
    Shrinkage s = Proportion.empty().shrunkToward(0.2, 10);
    assertEquals(MetricResult.undefined("no trials (0 of 0)"), s.rawRate());
    assertEquals(0.2, s.shrunkRate(), 1e-15);
    assertEquals(0.0, s.credibilityWeight());
    assertEquals(
        "0/0 toward 20.00% (m = 10): raw undefined, shrunk 20.00%, Z = 0.000", s.toString());
  }

  @Test
  void badParentOrStrength_nameTheField() {
    assertEquals(
        "parentRate must be in [0, 1], got 1.2",
        assertThrows(IllegalArgumentException.class, () -> Proportion.of(1, 2).shrunkToward(1.2, 5))
            .getMessage());
    assertEquals(
        "priorStrength must be finite and > 0, got 0.0",
        assertThrows(IllegalArgumentException.class, () -> Proportion.of(1, 2).shrunkToward(0.1, 0))
            .getMessage());
  }

  @Test
  void property_shrunkRateLiesBetweenRawAndParent() {
    Property.<List<Double>>named("min(raw, p) <= shrunk <= max(raw, p), Z in [0, 1)")
        .forAll(
            Gen.zip(
                Gen.zip(
                    Gen.longs(1, 10_000),
                    Gen.doubles(0, 1),
                    (n, f) -> List.of((double) n, Math.floor(f * n))),
                Gen.zip(Gen.doubles(0, 1), Gen.doubles(0.1, 1000), List::of),
                (a, b) -> List.of(a.get(0), a.get(1), b.get(0), b.get(1))),
            c -> {
              Proportion obs = Proportion.of(c.get(1).longValue(), c.get(0).longValue());
              Shrinkage s = obs.shrunkToward(c.get(2), c.get(3));
              double raw = s.rawRate().orElseThrow();
              double lo = Math.min(raw, c.get(2));
              double hi = Math.max(raw, c.get(2));
              assertTrue(lo - 1e-12 <= s.shrunkRate() && s.shrunkRate() <= hi + 1e-12);
              double z = s.credibilityWeight();
              assertTrue(z >= 0 && z < 1);
              assertEquals(z * raw + (1 - z) * c.get(2), s.shrunkRate(), 1e-12);
            });
  }
}
