package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How long it takes to recover an acquisition cost: reached after a number of months, not reached
 * within the months considered, or never reached. Returned by {@link Payback}; there is no infinite
 * payback.
 */
public sealed interface PaybackPeriod
    permits PaybackPeriod.Reached, PaybackPeriod.NotWithinHorizon, PaybackPeriod.Never {

  /** Whether a payback is computed on gross margin or on revenue. */
  enum Basis {
    /** The cost is recovered from revenue × gross margin (the default in every guide). */
    GROSS_MARGIN,
    /** The cost is recovered from revenue, margin left out (shorter; some teams report it). */
    REVENUE
  }

  /** Returns the basis the payback was computed on. */
  Basis basis();

  /** Returns the payback in months if it is reached, or empty. */
  OptionalDouble months();

  /** Returns true if the cost is recovered. */
  default boolean isReached() {
    return months().isPresent();
  }

  /**
   * The cost is recovered after {@code paybackMonths} months (fractional: revenue is taken to
   * accrue evenly within a month).
   *
   * @param paybackMonths the months to recover the cost, finite and {@code >= 0}
   * @param basis the basis of the computation
   */
  record Reached(double paybackMonths, Basis basis) implements PaybackPeriod {
    /** Validates the months. */
    public Reached {
      requireNonNull(basis, "basis");
      if (!(paybackMonths >= 0 && paybackMonths < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            "paybackMonths must be finite and >= 0, got " + paybackMonths);
      }
    }

    @Override
    public OptionalDouble months() {
      return OptionalDouble.of(paybackMonths);
    }

    /** Returns a one-line form such as {@code 7.42 months (gross margin)}. */
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.2f months (%s)", paybackMonths, basisText(basis));
    }
  }

  /**
   * The cost is not recovered within the {@code horizonMonths} months considered (a horizon chosen
   * by the caller, or the months observed); it might be later.
   *
   * @param horizonMonths the months considered, {@code >= 0}
   * @param basis the basis of the computation
   * @param reason what was reached within the horizon, for a report
   */
  record NotWithinHorizon(int horizonMonths, Basis basis, String reason) implements PaybackPeriod {
    /** Validates the horizon and the reason. */
    public NotWithinHorizon {
      requireNonNull(basis, "basis");
      requireNonNull(reason, "reason");
      if (horizonMonths < 0) {
        throw new IllegalArgumentException("horizonMonths must be >= 0, got " + horizonMonths);
      }
    }

    @Override
    public OptionalDouble months() {
      return OptionalDouble.empty();
    }

    /** Returns a one-line form such as {@code not within 120 months (gross margin): ...}. */
    @Override
    public String toString() {
      return "not within " + horizonMonths + " months (" + basisText(basis) + "): " + reason;
    }
  }

  /**
   * The cost is never recovered: the expected cumulative margin stays below it forever (a margin of
   * 0, or a churn so high that the lifetime margin is below the cost).
   *
   * @param basis the basis of the computation
   * @param reason why, with the amounts, for a report
   */
  record Never(Basis basis, String reason) implements PaybackPeriod {
    /** Validates the reason. */
    public Never {
      requireNonNull(basis, "basis");
      requireNonNull(reason, "reason");
    }

    @Override
    public OptionalDouble months() {
      return OptionalDouble.empty();
    }

    /** Returns a one-line form such as {@code never (gross margin): ...}. */
    @Override
    public String toString() {
      return "never (" + basisText(basis) + "): " + reason;
    }
  }

  private static String basisText(Basis basis) {
    return basis.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
