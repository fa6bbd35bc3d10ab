package dev.icpmetrics.stats;

import static dev.icpmetrics.stats.Close.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import org.junit.jupiter.api.Test;

/** Reference values from R 4.2 {@code pbeta} and {@code qbeta}, printed with 17 digits. */
class BetaTest {

  @Test
  void regularized_matchesR() {
    double[][] cases = {
      {0.3, 2, 3, 0.3482999999999999},
      {0.01, 0.5, 100.5, 0.8442592798356938},
      {0.5, 1, 1, 0.5},
      {0.07, 8, 93, 0.40122076393281697},
      {0.001, 1, 1000, 0.6323045752290359},
      {0.5003, 5000, 5000, 0.5239215874746811},
      {0.99, 0.5, 0.5, 0.9362314391414801},
    };
    for (double[] c : cases) {
      assertRelative(
          c[3], Beta.regularized(c[0], c[1], c[2]), 1e-11, "pbeta(" + c[0] + ", " + c[1] + ")");
    }
    assertEquals(1.0, Beta.regularized(0.9, 7.5, 93.5), 1e-15);
  }

  @Test
  void quantile_matchesR() {
    double[][] cases = {
      {0.025, 7, 94, 0.0286052889074387},
      {0.975, 8, 93, 0.13891972845585732},
      {0.975, 0.5, 100.5, 0.024745270015269938},
      {0.005, 0.5, 1.5, 1.5421336149319843e-5},
      {0.95, 1, 1, 0.95},
      {0.025, 500.5, 99500.5, 0.004577026542829628},
      {0.5, 2, 3, 0.3857275681323895},
      {1e-10, 3, 4, 0.00017101953023986434},
      // A false convergence of an early version: Halley's factor shrank the step to nothing.
      {0.975, 1312.5, 132.5, 0.922634933951364},
      {0.025, 1312.5, 132.5, 0.8929039238372236},
    };
    for (double[] c : cases) {
      assertRelative(
          c[3], Beta.quantile(c[0], c[1], c[2]), 1e-10, "qbeta(" + c[0] + ", " + c[1] + ")");
    }
  }

  @Test
  void quantile_endpointsAreExact() {
    assertEquals(0.0, Beta.quantile(0, 2, 3));
    assertEquals(1.0, Beta.quantile(1, 2, 3));
    assertEquals(0.0, Beta.regularized(0, 2, 3));
    assertEquals(1.0, Beta.regularized(1, 2, 3));
  }

  @Test
  void quantile_invertsRegularized() {
    Gen<double[]> gen =
        Gen.zip(
            Gen.zip(Gen.doubles(0.3, 2000), Gen.doubles(0.3, 2000), (a, b) -> new double[] {a, b}),
            Gen.doubles(1e-6, 1 - 1e-6),
            (ab, p) -> new double[] {ab[0], ab[1], p});
    Property.<double[]>named("I(Q(p, a, b), a, b) = p")
        .forAll(
            gen,
            c -> {
              double x = Beta.quantile(c[2], c[0], c[1]);
              assertRelative(c[2], Beta.regularized(x, c[0], c[1]), 1e-9, "a, b, p");
            });
  }

  @Test
  void badArguments_nameTheValue() {
    assertEquals(
        "x must be in [0, 1], got 1.5",
        assertThrows(IllegalArgumentException.class, () -> Beta.regularized(1.5, 1, 1))
            .getMessage());
    assertEquals(
        "b must be finite and > 0, got 0.0",
        assertThrows(IllegalArgumentException.class, () -> Beta.regularized(0.5, 1, 0))
            .getMessage());
    assertEquals(
        "p must be in [0, 1], got -0.1",
        assertThrows(IllegalArgumentException.class, () -> Beta.quantile(-0.1, 1, 1)).getMessage());
  }
}
