package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Thrown when a model cannot be fitted to the data given: the data are degenerate (no customers,
 * nobody churned, everybody churned in the first period, a single period of observation), or no
 * optimizer run converged. It carries the reason and every optimizer run that was tried, so the
 * caller can see the log-likelihoods, iterations and starting points.
 *
 * <p>It extends {@link IllegalArgumentException}: the data passed in are what cannot be fitted.
 */
public final class ModelFitException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Why a fit failed. */
  public enum Reason {
    /** No customer was observed for at least one period. */
    NO_DATA,
    /** Nobody churned: the likelihood grows without bound as churn goes to zero. */
    NO_CHURN,
    /** Everybody churned in the first period: the likelihood grows as churn goes to one. */
    ALL_CHURNED_IN_FIRST_PERIOD,
    /** The data cover one period only, which identifies one combination of the parameters. */
    NOT_IDENTIFIED,
    /** No optimizer run met its tolerances within its iteration budget. */
    NOT_CONVERGED
  }

  private final Reason reason;

  @SuppressWarnings("serial") // an unmodifiable list of records; serialized as a List
  private final List<FitAttempt> attempts;

  /**
   * Creates the exception.
   *
   * @param reason why the fit failed
   * @param message the message, in the library's shape {@code <field> must <rule>, got <value>}
   * @param attempts the optimizer runs tried, best first; empty when the data were rejected before
   *     any run
   */
  public ModelFitException(Reason reason, String message, List<FitAttempt> attempts) {
    super(message);
    this.reason = requireNonNull(reason, "reason");
    this.attempts = List.copyOf(attempts);
  }

  /** Returns why the fit failed. */
  public Reason reason() {
    return reason;
  }

  /** Returns the optimizer runs tried, best first; empty when the data were rejected up front. */
  public List<FitAttempt> attempts() {
    return attempts;
  }

  /** Returns the best run tried, or empty when the data were rejected up front. */
  public Optional<FitAttempt> best() {
    return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(0));
  }

  /**
   * Returns a report for a log or a JShell session: the reason and message, then one line per
   * optimizer run (start, end, log-likelihood, iterations, convergence).
   */
  public String diagnostics() {
    StringBuilder sb =
        new StringBuilder(String.format(Locale.ROOT, "%s: %s", reason, getMessage()));
    for (FitAttempt a : attempts) {
      sb.append('\n').append("  ").append(a);
    }
    return sb.toString();
  }
}
