package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One optimizer run of a model fit: where it started, where it ended, the log-likelihood there and
 * whether it converged. A fit reports all of its runs, so that a flat or multimodal likelihood is
 * visible instead of hidden behind the best run.
 *
 * <p>Parameters are in the model's natural scale and order ({@code alpha, beta} for {@link
 * ShiftedBetaGeometric}).
 *
 * @param start the starting parameters
 * @param estimate the parameters at the end of the run
 * @param logLikelihood the log-likelihood at {@code estimate}; {@code -infinity} if the run found
 *     no point where the likelihood is positive
 * @param iterations the optimizer iterations used
 * @param converged true if the run met its tolerances within its iteration budget
 */
public record FitAttempt(
    List<Double> start,
    List<Double> estimate,
    double logLikelihood,
    int iterations,
    boolean converged) {

  /** Copies the parameter lists. */
  public FitAttempt {
    start = List.copyOf(requireNonNull(start, "start"));
    estimate = List.copyOf(requireNonNull(estimate, "estimate"));
  }

  /**
   * Returns a one-line form such as {@code start (1, 1) -> (0.668088, 3.80609), LL -1611.1581, 87
   * iterations, converged}.
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "start %s -> %s, LL %.4f, %d iterations, %s",
        format(start),
        format(estimate),
        logLikelihood,
        iterations,
        converged ? "converged" : "not converged");
  }

  private static String format(List<Double> p) {
    return p.stream()
        .map(x -> String.format(Locale.ROOT, "%.6g", x))
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
