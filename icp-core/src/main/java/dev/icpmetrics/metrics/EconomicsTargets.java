package dev.icpmetrics.metrics;

import java.util.Locale;

/**
 * Targets for the unit economics of a segment, held as data so that an analysis can assess segments
 * against them and a user can set their own. The {@link #defaults()} are the guide's: CLV at least
 * 3 × CAC and CAC recovered within 12 months.
 *
 * @param minLtvToCac the smallest acceptable LTV:CAC ratio, finite and {@code > 0}
 * @param maxPaybackMonths the longest acceptable CAC payback in months, finite and {@code > 0}
 */
public record EconomicsTargets(double minLtvToCac, double maxPaybackMonths) {

  /** Validates both targets. */
  public EconomicsTargets {
    if (!(minLtvToCac > 0 && minLtvToCac < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("minLtvToCac must be finite and > 0, got " + minLtvToCac);
    }
    if (!(maxPaybackMonths > 0 && maxPaybackMonths < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "maxPaybackMonths must be finite and > 0, got " + maxPaybackMonths);
    }
  }

  /** Returns the guide's targets: LTV:CAC at least 3.0, payback at most 12 months. */
  public static EconomicsTargets defaults() {
    return new EconomicsTargets(3.0, 12);
  }

  /**
   * Returns true if {@code ltvToCac} meets the target; an undefined ratio (CAC of 0) does not.
   *
   * @param ltvToCac the ratio, from {@link LtvToCac#ratio}
   * @return {@code ltvToCac >= minLtvToCac}
   */
  public boolean meetsLtvToCac(MetricResult<Double> ltvToCac) {
    return ltvToCac.isDefined() && ltvToCac.orElseThrow() >= minLtvToCac;
  }

  /**
   * Returns true if {@code payback} is reached within {@link #maxPaybackMonths}.
   *
   * @param payback the payback, from {@link Payback}
   * @return true if reached and {@code <= maxPaybackMonths}
   */
  public boolean meetsPayback(PaybackPeriod payback) {
    return payback.months().isPresent() && payback.months().getAsDouble() <= maxPaybackMonths;
  }

  /** Returns a one-line form such as {@code LTV:CAC >= 3.0, payback <= 12.0 months}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "LTV:CAC >= %s, payback <= %s months", minLtvToCac, maxPaybackMonths);
  }
}
