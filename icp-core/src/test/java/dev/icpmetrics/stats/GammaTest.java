package dev.icpmetrics.stats;

import static dev.icpmetrics.stats.Close.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import org.junit.jupiter.api.Test;

/** Reference values from R 4.2 {@code lgamma} and {@code pgamma}, printed with 17 digits. */
class GammaTest {

  @Test
  void logGamma_matchesR() {
    double[][] cases = {
      {1e-8, 18.42068073818021},
      {0.1, 2.252712651734206},
      {0.5, 0.5723649429247001},
      {2.5, 0.2846828704729192},
      {10, 12.801827480081469},
      {100.5, 361.43554046777757},
      {1e4, 82099.71749644238},
      {1e6 + 0.5, 12815511.476902766},
    };
    for (double[] c : cases) {
      assertRelative(c[1], Gamma.logGamma(c[0]), 1e-14, "lgamma(" + c[0] + ")");
    }
    // Near the zeros at 1 and 2 the error is absolute.
    assertEquals(0.0, Gamma.logGamma(1.0), 1e-15);
    assertEquals(0.0, Gamma.logGamma(2.0), 1e-15);
    assertEquals(-0.12078223763524518, Gamma.logGamma(1.5), 1e-15);
  }

  @Test
  void regularizedUpper_matchesR() {
    double[][] cases = {
      {0.5, 0.1, 0.6547208460185769},
      {0.5, 3, 0.014305878435429647},
      {1, 2, 0.1353352832366127},
      {10, 5, 0.9681719426937951},
      {10, 20, 0.004995412308307587},
      {1000.5, 1050, 0.060529531202495754},
      {3.5, 0.01, 0.9999999914694196},
    };
    for (double[] c : cases) {
      String what = "Q(" + c[0] + ", " + c[1] + ")";
      assertRelative(c[2], Gamma.regularizedUpper(c[0], c[1]), 1e-11, what);
      // 1 - Q is itself rounded, so compare the complement absolutely.
      assertEquals(1 - c[2], Gamma.regularizedLower(c[0], c[1]), 1e-12, what);
    }
  }

  @Test
  void limits_areExact() {
    assertEquals(0.0, Gamma.regularizedLower(2, 0));
    assertEquals(1.0, Gamma.regularizedUpper(2, 0));
    assertEquals(1.0, Gamma.regularizedLower(2, Double.POSITIVE_INFINITY));
    assertEquals(0.0, Gamma.regularizedUpper(2, Double.POSITIVE_INFINITY));
    assertEquals(0.0, Gamma.inverseRegularizedLower(2, 0));
  }

  @Test
  void inverse_invertsRegularizedLower() {
    Gen<double[]> gen =
        Gen.zip(Gen.doubles(0.05, 500), Gen.doubles(1e-6, 1 - 1e-6), (a, p) -> new double[] {a, p});
    Property.<double[]>named("P(a, P^-1(a, p)) = p")
        .edgeCases(new double[] {0.5, 0.5}, new double[] {1, 1e-10}, new double[] {5000, 0.999})
        .forAll(
            gen,
            c -> {
              double x = Gamma.inverseRegularizedLower(c[0], c[1]);
              assertRelative(c[1], Gamma.regularizedLower(c[0], x), 1e-10, "a=" + c[0]);
            });
  }

  // mpmath 40 digits: loggamma(x + a) - loggamma(x).
  @Test
  void logGammaRatio_matchesMpmath_alsoWhereLogGammaDifferencesCancel() {
    assertRelative(
        14.355582721054166,
        Gamma.logGammaRatio(2147483649.806094, 0.668088),
        1e-14,
        "ratio(2147483649.806094, 0.668088)");
    assertRelative(14.401936068479985, Gamma.logGammaRatio(60, 3.5), 1e-14, "ratio(60, 3.5)");
    assertRelative(1.138797739322294, Gamma.logGammaRatio(10, 0.5), 1e-14, "ratio(10, 0.5)");
    assertRelative(
        0.8643352618909539,
        Gamma.logGammaRatio(3.806094, 0.668088),
        1e-13,
        "ratio(3.806094, 0.668088)");
    assertRelative(6107.2477165395085, Gamma.logGammaRatio(50, 1000), 1e-14, "ratio(50, 1000)");
  }

  @Test
  void badArguments_nameTheValue() {
    assertEquals(
        "x must be finite and > 0, got 0.0",
        assertThrows(IllegalArgumentException.class, () -> Gamma.logGamma(0)).getMessage());
    assertEquals(
        "a must be finite and > 0, got -1.0",
        assertThrows(IllegalArgumentException.class, () -> Gamma.regularizedLower(-1, 1))
            .getMessage());
    assertEquals(
        "x must be >= 0, got -1.0",
        assertThrows(IllegalArgumentException.class, () -> Gamma.regularizedUpper(1, -1))
            .getMessage());
    assertEquals(
        "p must be in [0, 1), got 1.0",
        assertThrows(IllegalArgumentException.class, () -> Gamma.inverseRegularizedLower(1, 1))
            .getMessage());
  }
}
