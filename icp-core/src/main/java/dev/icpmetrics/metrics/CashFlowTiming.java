package dev.icpmetrics.metrics;

/**
 * When the margin of a customer is received, relative to the moment of valuation, in a CLV under
 * constant retention (Fader &amp; Hardie, "Reconciling and Clarifying CLV Formulas", 2012). With
 * margin {@code m} per period, retention {@code r = 1 - churn} and discount rate {@code d} per
 * period, the four timings give four different values for the same customer; a report must say
 * which it uses.
 */
public enum CashFlowTiming {
  /**
   * A new customer pays now and at each renewal: {@code m (1+d) / (1+d-r)}. With {@code d = 0} it
   * is the undiscounted {@code m / churn} of {@link Clv#marginAdjusted}.
   */
  NOW_AND_AT_EACH_RENEWAL,
  /**
   * The same customer, without the payment now (it is already in the books): {@code m r / (1+d-r)}.
   * Gupta, Lehmann &amp; Stuart (2004) use this timing.
   */
  AT_EACH_RENEWAL,
  /** Payments at the end of each period the customer is active: {@code m / (1+d-r)}. */
  END_OF_EACH_PERIOD,
  /**
   * An existing customer valued just before a renewal decision, counting the payment at that
   * renewal if it happens: {@code m r (1+d) / (1+d-r)}, the constant-retention form of DERL.
   */
  BEFORE_RENEWAL_DECISION
}
