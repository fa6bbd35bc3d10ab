package dev.icpmetrics.stats;

import static dev.icpmetrics.stats.Close.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import org.junit.jupiter.api.Test;

/** Reference values from R 4.2 {@code qnorm} and {@code pnorm}, printed with 17 digits. */
class NormalTest {

  private static final double[][] QUANTILES = {
    {1e-300, -37.0470962993612},
    {1e-20, -9.262340089798405},
    {1e-10, -6.361340902404056},
    {0.001, -3.090232306167813},
    {0.025, -1.9599639845400538},
    {0.05, -1.6448536269514726},
    {0.3, -0.5244005127080407},
    {0.7, 0.5244005127080407},
    {0.975, 1.9599639845400536},
    {0.995, 2.5758293035489},
    {1 - 1e-12, 7.0344869100478356},
  };

  private static final double[][] CDF = {
    {-10, 7.619853024160527e-24},
    {-5, 2.866515718791939e-7},
    {-1, 0.15865525393145705},
    {-0.1, 0.460172162722971},
    {0.5, 0.691462461274013},
    {1.5, 0.9331927987311419},
    {3, 0.9986501019683699},
    {8, 0.9999999999999993},
  };

  @Test
  void quantile_matchesR() {
    for (double[] row : QUANTILES) {
      assertRelative(row[1], Normal.quantile(row[0]), 1e-14, "qnorm(" + row[0] + ")");
    }
    assertEquals(0.0, Normal.quantile(0.5));
  }

  @Test
  void cdf_matchesR() {
    for (double[] row : CDF) {
      assertRelative(row[1], Normal.cdf(row[0]), 1e-13, "pnorm(" + row[0] + ")");
    }
    assertEquals(0.5, Normal.cdf(0.0));
    assertEquals(0.0, Normal.cdf(-40));
    assertEquals(0.0, Normal.cdf(Double.NEGATIVE_INFINITY));
    assertEquals(1.0, Normal.cdf(Double.POSITIVE_INFINITY));
    assertTrue(Double.isNaN(Normal.cdf(Double.NaN)));
  }

  @Test
  void twoSidedCritical_at95_is1point96() {
    assertRelative(1.9599639845400536, Normal.twoSidedCritical(0.95), 1e-15, "z 95%");
  }

  @Test
  void quantile_invertsCdf() {
    Property.<Double>named("cdf(quantile(p)) = p")
        .edgeCases(1e-15, 0.075, 0.925, 1 - 1e-9)
        .forAll(
            Gen.doubles(1e-12, 1 - 1e-12),
            p -> assertRelative(p, Normal.cdf(Normal.quantile(p)), 1e-12, "p"));
  }

  @Test
  void quantile_outsideOpenUnitInterval_namesValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Normal.quantile(1.0));
    assertEquals("p must be in (0, 1), got 1.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Normal.twoSidedCritical(0.0));
    assertEquals("level must be in (0, 1), got 0.0", e.getMessage());
  }
}
