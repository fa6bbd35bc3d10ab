package dev.icpmetrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class NelderMeadTest {
  private static final double[] LOWER = {-10, -10};
  private static final double[] UPPER = {10, 10};

  private static double rosenbrock(double[] x) {
    return 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2);
  }

  @Test
  void minimize_rosenbrock_findsTheKnownMinimumAtOneOne() {
    List<NelderMead.Run> runs =
        NelderMead.minimize(
            NelderMeadTest::rosenbrock,
            List.of(new double[] {-1.2, 1}, new double[] {3, -3}),
            LOWER,
            UPPER,
            NelderMead.Options.defaults());
    NelderMead.Run best = runs.get(0);
    assertTrue(best.converged(), best::toString);
    assertEquals(1, best.coordinate(0), 1e-4);
    assertEquals(1, best.coordinate(1), 1e-4);
    assertEquals(0, best.value(), 1e-9);
    assertEquals(
        List.of(-1.2, 1.0),
        runs.stream().filter(r -> r.start().get(0) < 0).findFirst().orElseThrow().start());
  }

  @Test
  void minimize_optimumOutsideTheBox_stopsOnTheBound() {
    ToDoubleFunction<double[]> f = x -> Math.pow(x[0] - 20, 2) + Math.pow(x[1] - 1, 2);
    NelderMead.Run best =
        NelderMead.minimize(
                f, List.of(new double[] {0, 0}), LOWER, UPPER, NelderMead.Options.defaults())
            .get(0);
    assertTrue(best.converged(), best::toString);
    assertEquals(10, best.coordinate(0), 1e-9);
    assertEquals(1, best.coordinate(1), 1e-4);
  }

  @Test
  void minimize_startOutsideTheBox_isProjectedInside() {
    ToDoubleFunction<double[]> f = x -> x[0] * x[0] + x[1] * x[1];
    NelderMead.Run best =
        NelderMead.minimize(
                f, List.of(new double[] {50, -50}), LOWER, UPPER, NelderMead.Options.defaults())
            .get(0);
    assertEquals(List.of(10.0, -10.0), best.start());
    assertEquals(0, best.value(), 1e-10);
  }

  @Test
  void minimize_nanObjective_countsAsInfinity() {
    ToDoubleFunction<double[]> f = x -> x[0] < 0 ? Double.NaN : Math.pow(x[0] - 1, 2) + x[1] * x[1];
    NelderMead.Run best =
        NelderMead.minimize(
                f, List.of(new double[] {0.5, 0.5}), LOWER, UPPER, NelderMead.Options.defaults())
            .get(0);
    assertEquals(1, best.coordinate(0), 1e-4);
  }

  @Test
  void minimize_tinyBudget_reportsNotConverged() {
    NelderMead.Run run =
        NelderMead.minimize(
                NelderMeadTest::rosenbrock,
                List.of(new double[] {-1.2, 1}),
                LOWER,
                UPPER,
                new NelderMead.Options(1e-12, 1e-9, 5, 0.5))
            .get(0);
    assertFalse(run.converged());
    assertEquals(5, run.iterations());
    assertTrue(run.evaluations() > 5);
    assertTrue(run.toString().endsWith("5 iterations, not converged"), run::toString);
  }

  @Test
  void minimize_runsAreSortedBestFirst() {
    ToDoubleFunction<double[]> f = x -> x[0] * x[0] + x[1] * x[1];
    List<NelderMead.Run> runs =
        NelderMead.minimize(
            f,
            List.of(new double[] {5, 5}, new double[] {1, 1}),
            LOWER,
            UPPER,
            new NelderMead.Options(1e-12, 1e-9, 3, 0.5));
    assertTrue(runs.get(0).value() <= runs.get(1).value());
  }

  @Test
  void minimize_noStart_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                NelderMead.minimize(
                    NelderMeadTest::rosenbrock,
                    List.of(),
                    LOWER,
                    UPPER,
                    NelderMead.Options.defaults()));
    assertEquals("starts must not be empty, got []", e.getMessage());
  }

  @Test
  void minimize_invertedBounds_areRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                NelderMead.minimize(
                    NelderMeadTest::rosenbrock,
                    List.of(new double[] {0, 0}),
                    new double[] {0, 1},
                    new double[] {1, 1},
                    NelderMead.Options.defaults()));
    assertEquals("bounds[1] must be finite with lower < upper, got [1.0, 1.0]", e.getMessage());
  }

  @Test
  void minimize_startOfWrongDimension_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                NelderMead.minimize(
                    NelderMeadTest::rosenbrock,
                    List.of(new double[] {0}),
                    LOWER,
                    UPPER,
                    NelderMead.Options.defaults()));
    assertEquals("start must have dimension 2, got [0.0]", e.getMessage());
  }

  @Test
  void options_nonPositiveTolerance_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new NelderMead.Options(0, 1e-9, 10, 1));
    assertEquals("fTolerance must be finite and > 0, got 0.0", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> new NelderMead.Options(1e-9, 1e-9, 0, 1));
    assertEquals("maxIterations must be >= 1, got 0", e.getMessage());
  }
}
