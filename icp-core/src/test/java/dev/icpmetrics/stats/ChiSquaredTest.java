package dev.icpmetrics.stats;

import static dev.icpmetrics.stats.Close.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Reference values from R 4.2 {@code qchisq} and {@code pchisq}, printed with 17 digits. */
class ChiSquaredTest {

  @Test
  void quantile_matchesR() {
    double[][] cases = {
      {0.025, 2, 0.05063561596857975},
      {0.975, 2, 7.377758908227871},
      {0.025, 14, 5.628726103039733},
      {0.975, 16, 28.845350723404756},
      {0.005, 1, 3.9270422220515896e-5},
      {0.995, 2000, 2166.6643003915583},
      {0.05, 0.5, 8.437150840525984e-6},
      {0.95, 200002, 201043.43776460888},
      {0.5, 1, 0.45493642311957283},
    };
    for (double[] c : cases) {
      assertRelative(
          c[2], ChiSquared.quantile(c[0], c[1]), 1e-10, "qchisq(" + c[0] + ", " + c[1] + ")");
    }
  }

  @Test
  void upperTail_oneDegree_matchesR() {
    double[][] cases = {
      {1e-6, 0.9992021155721779},
      {0.5, 0.4795001221869535},
      {3.84145882069412, 0.05000000000000018},
      {3.3963903812, 0.06533925539542215},
      {10, 0.0015654022580025519},
      {50, 1.5374597944280343e-12},
    };
    for (double[] c : cases) {
      assertRelative(c[1], ChiSquared.upperTail(c[0], 1), 1e-12, "pchisq(" + c[0] + ")");
    }
    assertEquals(1.0, ChiSquared.upperTail(0, 1));
  }

  @Test
  void badDegrees_nameTheValue() {
    assertEquals(
        "df must be finite and > 0, got 0.0",
        assertThrows(IllegalArgumentException.class, () -> ChiSquared.upperTail(1, 0))
            .getMessage());
  }
}
