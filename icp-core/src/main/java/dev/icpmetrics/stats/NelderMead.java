package dev.icpmetrics.stats;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A small bounded Nelder–Mead minimizer for smooth objectives of a few parameters, such as a
 * negative log-likelihood over log-parameters.
 *
 * <p>Standard coefficients (reflection 1, expansion 2, contraction 1/2, shrink 1/2). Bounds are
 * enforced by projecting every trial point onto the box {@code [lower, upper]}; a {@code NaN}
 * objective value counts as {@code +infinity}. A run converges when the spread of the objective
 * over the simplex is at most {@code fTolerance} and the simplex fits in a cube of side {@code
 * xTolerance}; it then restarts once around its best point with a fresh simplex, and stops when the
 * restart does not improve by more than {@code fTolerance} (a guard against the false convergence
 * Nelder–Mead is known for). {@link #minimize(ToDoubleFunction, List, double[], double[], Options)}
 * runs from several starting points and keeps the best.
 *
 * <p>Thread-safe if the objective is: no state is shared between calls.
 */
public final class NelderMead {
  private NelderMead() {}

  /**
   * Tolerances and budgets of one run.
   *
   * @param fTolerance the absolute spread of objective values at convergence, {@code > 0}
   * @param xTolerance the side of the cube the simplex must fit in at convergence, {@code > 0}
   * @param maxIterations the iteration budget of one run, {@code >= 1}
   * @param initialStep the side of the initial simplex, {@code > 0}
   */
  public record Options(
      double fTolerance, double xTolerance, int maxIterations, double initialStep) {
    /** Validates the tolerances and budgets. */
    public Options {
      if (!(fTolerance > 0 && Double.isFinite(fTolerance))) {
        throw new IllegalArgumentException("fTolerance must be finite and > 0, got " + fTolerance);
      }
      if (!(xTolerance > 0 && Double.isFinite(xTolerance))) {
        throw new IllegalArgumentException("xTolerance must be finite and > 0, got " + xTolerance);
      }
      if (maxIterations < 1) {
        throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
      }
      if (!(initialStep > 0 && Double.isFinite(initialStep))) {
        throw new IllegalArgumentException(
            "initialStep must be finite and > 0, got " + initialStep);
      }
    }

    /** Returns tight defaults: {@code fTolerance 1e-11, xTolerance 1e-9, 5000 iterations, 0.5}. */
    public static Options defaults() {
      return new Options(1e-11, 1e-9, 5000, 0.5);
    }
  }

  /**
   * The outcome of one run from one starting point.
   *
   * @param start the starting point (a copy)
   * @param point the best point found (a copy)
   * @param value the objective at {@code point}
   * @param iterations the iterations used, over the run and its restarts
   * @param evaluations the objective evaluations used
   * @param converged true if the tolerances were met within the iteration budget
   */
  public record Run(
      List<Double> start,
      List<Double> point,
      double value,
      int iterations,
      int evaluations,
      boolean converged) {
    /** Copies the points. */
    public Run {
      start = List.copyOf(start);
      point = List.copyOf(point);
    }

    /** Returns the coordinate {@code i} of the best point. */
    public double coordinate(int i) {
      return point.get(i);
    }

    /** Returns a one-line summary. */
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "start %s -> %s, f = %.10g, %d iterations, %s",
          start,
          point,
          value,
          iterations,
          converged ? "converged" : "not converged");
    }
  }

  /**
   * Minimizes {@code f} from each of {@code starts} and returns every run, best first (lowest
   * objective; among equals, converged runs first).
   *
   * @param f the objective; it receives a fresh array it may not keep
   * @param starts the starting points, each of the dimension of the bounds and inside them
   * @param lower the lower bounds, finite
   * @param upper the upper bounds, finite and {@code > lower}
   * @param options tolerances and budgets
   * @return the runs, best first; never empty
   * @throws IllegalArgumentException if there is no start or a start or the bounds are invalid
   */
  public static List<Run> minimize(
      ToDoubleFunction<double[]> f,
      List<double[]> starts,
      double[] lower,
      double[] upper,
      Options options) {
    requireNonNull(f, "f");
    requireNonNull(starts, "starts");
    requireNonNull(lower, "lower");
    requireNonNull(upper, "upper");
    requireNonNull(options, "options");
    if (starts.isEmpty()) {
      throw new IllegalArgumentException("starts must not be empty, got []");
    }
    int n = lower.length;
    if (n < 1 || upper.length != n) {
      throw new IllegalArgumentException(
          "upper must have the dimension of lower " + n + ", got " + upper.length);
    }
    for (int i = 0; i < n; i++) {
      if (!(Double.isFinite(lower[i]) && Double.isFinite(upper[i]) && lower[i] < upper[i])) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "bounds[%d] must be finite with lower < upper, got [%s, %s]",
                i,
                lower[i],
                upper[i]));
      }
    }
    List<Run> runs = new ArrayList<>(starts.size());
    for (double[] start : starts) {
      if (start.length != n) {
        throw new IllegalArgumentException(
            "start must have dimension " + n + ", got " + Arrays.toString(start));
      }
      runs.add(run(f, start.clone(), lower, upper, options));
    }
    runs.sort(
        Comparator.comparingDouble(Run::value)
            .thenComparing(Run::converged, Comparator.reverseOrder()));
    return List.copyOf(runs);
  }

  private static Run run(
      ToDoubleFunction<double[]> f, double[] start, double[] lower, double[] upper, Options o) {
    int n = start.length;
    project(start, lower, upper);
    double[] best = start.clone();
    double bestValue = Double.POSITIVE_INFINITY;
    // counters[0]: evaluations, counters[1]: iterations
    int[] counters = {0, 0};
    boolean converged = false;
    double step = o.initialStep();
    for (int restart = 0; restart < 20 && counters[1] < o.maxIterations(); restart++) {
      double[][] simplex = new double[n + 1][];
      double[] values = new double[n + 1];
      simplex[0] = best.clone();
      for (int i = 0; i < n; i++) {
        double[] v = best.clone();
        // Step inwards if stepping outwards would leave the box.
        v[i] = v[i] + step <= upper[i] ? v[i] + step : v[i] - step;
        project(v, lower, upper);
        simplex[i + 1] = v;
      }
      for (int i = 0; i <= n; i++) {
        values[i] = eval(f, simplex[i], counters);
      }
      boolean met = iterate(f, simplex, values, lower, upper, o, counters);
      int argmin = argmin(values);
      double previous = bestValue;
      if (values[argmin] <= bestValue) {
        bestValue = values[argmin];
        best = simplex[argmin].clone();
      }
      if (!met) {
        break; // budget exhausted
      }
      if (previous - bestValue <= o.fTolerance()) {
        converged = true;
        break;
      }
      step = Math.max(o.initialStep() / 10, 10 * o.xTolerance());
    }
    return new Run(boxed(start), boxed(best), bestValue, counters[1], counters[0], converged);
  }

  /** Iterates until the tolerances are met (true) or the iteration budget runs out (false). */
  private static boolean iterate(
      ToDoubleFunction<double[]> f,
      double[][] s,
      double[] v,
      double[] lower,
      double[] upper,
      Options o,
      int[] counters) {
    int n = s.length - 1;
    while (true) {
      order(s, v);
      if (v[n] - v[0] <= o.fTolerance() && diameter(s) <= o.xTolerance()) {
        return true;
      }
      if (counters[1] >= o.maxIterations()) {
        return false;
      }
      counters[1]++;
      double[] centroid = new double[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          centroid[j] += s[i][j] / n;
        }
      }
      double[] reflected = along(centroid, s[n], -1.0, lower, upper);
      double fr = eval(f, reflected, counters);
      if (fr < v[0]) {
        double[] expanded = along(centroid, s[n], -2.0, lower, upper);
        double fe = eval(f, expanded, counters);
        if (fe < fr) {
          s[n] = expanded;
          v[n] = fe;
        } else {
          s[n] = reflected;
          v[n] = fr;
        }
      } else if (fr < v[n - 1]) {
        s[n] = reflected;
        v[n] = fr;
      } else {
        boolean outside = fr < v[n];
        double[] contracted =
            outside
                ? along(centroid, s[n], -0.5, lower, upper)
                : along(centroid, s[n], 0.5, lower, upper);
        double fc = eval(f, contracted, counters);
        if (fc < Math.min(fr, v[n])) {
          s[n] = contracted;
          v[n] = fc;
        } else {
          for (int i = 1; i <= n; i++) {
            for (int j = 0; j < n; j++) {
              s[i][j] = s[0][j] + 0.5 * (s[i][j] - s[0][j]);
            }
            v[i] = eval(f, s[i], counters);
          }
        }
      }
    }
  }

  /** Returns {@code centroid + t (worst - centroid)}, projected onto the box. */
  private static double[] along(
      double[] centroid, double[] worst, double t, double[] lower, double[] upper) {
    double[] p = new double[centroid.length];
    for (int j = 0; j < p.length; j++) {
      p[j] = centroid[j] + t * (worst[j] - centroid[j]);
    }
    project(p, lower, upper);
    return p;
  }

  private static void project(double[] p, double[] lower, double[] upper) {
    for (int j = 0; j < p.length; j++) {
      p[j] = Math.min(upper[j], Math.max(lower[j], p[j]));
    }
  }

  private static double eval(ToDoubleFunction<double[]> f, double[] p, int[] counters) {
    counters[0]++;
    double y = f.applyAsDouble(p.clone());
    return Double.isNaN(y) ? Double.POSITIVE_INFINITY : y;
  }

  private static void order(double[][] s, double[] v) {
    // Insertion sort: the simplex has a handful of vertices.
    for (int i = 1; i < v.length; i++) {
      double key = v[i];
      double[] p = s[i];
      int j = i - 1;
      while (j >= 0 && v[j] > key) {
        v[j + 1] = v[j];
        s[j + 1] = s[j];
        j--;
      }
      v[j + 1] = key;
      s[j + 1] = p;
    }
  }

  private static double diameter(double[][] s) {
    double d = 0;
    for (int i = 1; i < s.length; i++) {
      for (int j = 0; j < s[0].length; j++) {
        d = Math.max(d, Math.abs(s[i][j] - s[0][j]));
      }
    }
    return d;
  }

  private static int argmin(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] < v[best]) {
        best = i;
      }
    }
    return best;
  }

  private static List<Double> boxed(double[] p) {
    List<Double> out = new ArrayList<>(p.length);
    for (double x : p) {
      out.add(x);
    }
    return out;
  }
}
