package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;

/**
 * How customer (logo) churn over a window is counted. Vendors disagree on every one of these
 * choices, so the same month gives 7%, 8%, 9.09% or 10% (REFERENCES §6); a rate always carries the
 * policy it was computed under.
 *
 * <p>With the counts of a {@link ChurnTally} ({@code S} customers at the start, {@code N} new,
 * {@code Cs} of the start customers and {@code Cn} of the new ones churned in the window, {@code
 * Rs} and {@code Rn} of those churners reactivated within the reactivation window, {@code E} at the
 * end, exposure {@code X} customer-months of which {@code Xn} by the new churners):
 *
 * <table>
 *   <caption>Numerator and denominator by setting</caption>
 *   <tr><th>setting</th><th>numerator</th><th>denominator</th></tr>
 *   <tr><td>{@link JoinAndChurn#COUNT_IN_BOTH}</td><td>{@code Cs + Cn}</td>
 *       <td>{@code START: S; START_PLUS_NEW: S + N}</td></tr>
 *   <tr><td>{@link JoinAndChurn#EXCLUDE_FROM_NUMERATOR}</td><td>{@code Cs}</td>
 *       <td>{@code START: S; START_PLUS_NEW: S + N}</td></tr>
 *   <tr><td>{@link JoinAndChurn#EXCLUDE_ENTIRELY}</td><td>{@code Cs}</td>
 *       <td>{@code START: S; START_PLUS_NEW: S + N - Cn}</td></tr>
 * </table>
 *
 * <p>With {@link #netReactivations()} the reactivated churners ({@code Rs}, and {@code Rn} when the
 * new churners are in the numerator) are subtracted from the numerator. {@link Denominator#AVERAGE}
 * divides by {@code (S + E) / 2}; {@link Denominator#EXPOSURE} divides by {@code X} customer-months
 * ({@code X - Xn} under {@code EXCLUDE_ENTIRELY}) and gives a Poisson rate per customer-month.
 *
 * <p>Two combinations can count more churners than their denominator holds: {@code START} with
 * {@code COUNT_IN_BOTH} (many new customers churning) and {@code AVERAGE}; {@link Churn#rate} then
 * returns an undefined result that says so, rather than a "rate" above 100%.
 *
 * <p>Presets, each reproducing a vendor's published definition on the REFERENCES §6 month (100 at
 * the start, 8 cancel of whom 1 resubscribes within the month, 10 new of whom 2 cancel):
 *
 * <ul>
 *   <li>{@link #chartMogulStandard()}: {@code (Cs - Rs) / S} = (8 - 1) / 100 = 7.0%.
 *   <li>{@link #stripe()}: {@code (Cs + Cn) / (S + N)} over 30 days = 10 / 110 = 9.09%.
 *   <li>{@link #baremetrics()}: {@code (Cs + Cn) / S} over 30 days = 10 / 100 = 10.0%.
 *   <li>{@link #profitWell()}: {@code Cs / S} = 8 / 100 = 8.0%, same-month joiners ignored; {@code
 *       profitWell().withNetReactivations(true)} gives 7.0%.
 * </ul>
 *
 * <p><b>Grain.</b> An {@link dev.icpmetrics.model.Account} has one lifecycle, so it is one
 * subscription. Under {@link Grain#SUBSCRIPTION} every account is counted on its own; under {@link
 * Grain#CUSTOMER} (the default) accounts of the same company (same {@code Company.id()}) are one
 * customer, active on a day when any of its accounts is: the customer churns when its last
 * subscription ends, not when one of several does. With one account per company the two agree.
 *
 * @param name a label for reports, such as {@code "ChartMogul standard"}; not blank
 * @param denominator what the churned count is divided by
 * @param joinAndChurn how a customer acquired and churned in the same window is counted
 * @param netReactivations whether churners reactivated within the reactivation window are taken off
 *     the numerator
 * @param reactivationWindowDays how many days after a churn a reactivation still undoes it, {@code
 *     >= 0}; {@code > 0} when netting
 * @param grain whether accounts or companies are counted
 */
public record ChurnPolicy(
    String name,
    Denominator denominator,
    JoinAndChurn joinAndChurn,
    boolean netReactivations,
    int reactivationWindowDays,
    Grain grain) {

  /** What the number of churned customers is divided by. */
  public enum Denominator {
    /** Customers active at the start of the window, {@code S}. */
    START,
    /** Customers at the start plus those acquired in the window, {@code S + N}. */
    START_PLUS_NEW,
    /** The mean of the start and end counts, {@code (S + E) / 2}. */
    AVERAGE,
    /** Customer-months of exposure in the window: a Poisson rate per customer-month. */
    EXPOSURE
  }

  /** How a customer acquired and churned in the same window is counted. */
  public enum JoinAndChurn {
    /** Neither in the numerator nor in the denominator (nor in the exposure). */
    EXCLUDE_ENTIRELY,
    /** In the denominator where it counts new customers, but not in the numerator. */
    EXCLUDE_FROM_NUMERATOR,
    /** In the numerator and, where it counts new customers, in the denominator. */
    COUNT_IN_BOTH
  }

  /** What is counted as one customer. */
  public enum Grain {
    /** One company, whatever number of accounts (subscriptions) it holds. */
    CUSTOMER,
    /** One account, that is one subscription lifecycle. */
    SUBSCRIPTION
  }

  /** The reactivation window of the presets that net reactivations: 30 days. */
  public static final int DEFAULT_REACTIVATION_WINDOW_DAYS = 30;

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException such as {@code reactivationWindowDays must be > 0 when
   *     reactivations are netted, got 0}
   */
  public ChurnPolicy {
    Checks.notBlank("name", name);
    requireNonNull(denominator, "denominator");
    requireNonNull(joinAndChurn, "joinAndChurn");
    requireNonNull(grain, "grain");
    Checks.nonNegative("reactivationWindowDays", reactivationWindowDays);
    if (netReactivations && reactivationWindowDays == 0) {
      throw new IllegalArgumentException(
          "reactivationWindowDays must be > 0 when reactivations are netted, got 0");
    }
  }

  /**
   * Returns the library default: {@code Cs / S}, customers at the start who churned in the window
   * over customers at the start; same-window joiners are not in the numerator, reactivations are
   * not netted, customer grain.
   */
  public static ChurnPolicy defaults() {
    return new ChurnPolicy(
        "default",
        Denominator.START,
        JoinAndChurn.EXCLUDE_FROM_NUMERATOR,
        false,
        DEFAULT_REACTIVATION_WINDOW_DAYS,
        Grain.CUSTOMER);
  }

  /**
   * ChartMogul's "standard" (B2B) customer churn rate: customers who churned in the period,
   * excluding those who both joined and churned in it, over the customers at the start of the
   * period; a customer churns only when all its subscriptions are cancelled (customer grain). A
   * churn undone by a reactivation (here: within 30 days) is not counted, as in REFERENCES §6:
   * {@code (Cs - Rs) / S} = 7.0%. Source: ChartMogul help center, "Metric: Customer Churn rate"
   * (B2B formula); the daily B2C formula is not reproduced.
   */
  public static ChurnPolicy chartMogulStandard() {
    return new ChurnPolicy(
        "ChartMogul standard",
        Denominator.START,
        JoinAndChurn.EXCLUDE_FROM_NUMERATOR,
        true,
        DEFAULT_REACTIVATION_WINDOW_DAYS,
        Grain.CUSTOMER);
  }

  /**
   * Stripe Billing's subscriber churn rate: subscribers churned in the past 30 days over the
   * subscribers active 30 days ago plus the new subscribers in those 30 days, a new subscriber who
   * churns being in both: {@code (Cs + Cn) / (S + N)}, reactivations not netted, a subscriber
   * churning when its last paid subscription ends (customer grain). Use with {@link
   * Window#rollingDays(java.time.LocalDate, int)} of 30 days; REFERENCES §6 gives 9.09%. Source:
   * Stripe support, "Calculating churn rate in Billing". One difference: Stripe also counts a
   * returning customer as a subscriber and its second cancellation as a second churn, where a
   * {@link ChurnTally} counts an earlier churner who comes back only in {@code reactivatedCount}.
   */
  public static ChurnPolicy stripe() {
    return new ChurnPolicy(
        "Stripe 30-day",
        Denominator.START_PLUS_NEW,
        JoinAndChurn.COUNT_IN_BOTH,
        false,
        DEFAULT_REACTIVATION_WINDOW_DAYS,
        Grain.CUSTOMER);
  }

  /**
   * Baremetrics' user churn: cancelled customers in the last 30 days over the active customers 30
   * days ago, customers who sign up and cancel within the same 30 days included: {@code (Cs + Cn) /
   * S}, reactivations not netted. Use with a rolling 30-day window; REFERENCES §6 gives 10.0%.
   * Sources: Baremetrics help center, "User and Revenue Churn"; Baremetrics changelog, "Churn
   * Update" (same-window sign-ups included).
   */
  public static ChurnPolicy baremetrics() {
    return new ChurnPolicy(
        "Baremetrics 30-day",
        Denominator.START,
        JoinAndChurn.COUNT_IN_BOTH,
        false,
        DEFAULT_REACTIVATION_WINDOW_DAYS,
        Grain.CUSTOMER);
  }

  /**
   * ProfitWell (Paddle) customer churn as REFERENCES §6 states it: customers at the start of the
   * period who churned in it over customers at the start, customers who joined and churned in the
   * same period ignored entirely: {@code Cs / S}. This preset does not net reactivations (8.0% on
   * the §6 month, which quotes "8 (or 7)"); {@code withNetReactivations(true)} gives the netted
   * 7.0%. No primary ProfitWell source was checked for this preset.
   */
  public static ChurnPolicy profitWell() {
    return new ChurnPolicy(
        "ProfitWell",
        Denominator.START,
        JoinAndChurn.EXCLUDE_ENTIRELY,
        false,
        DEFAULT_REACTIVATION_WINDOW_DAYS,
        Grain.CUSTOMER);
  }

  /** Returns a copy with this name. */
  public ChurnPolicy withName(String name) {
    return new ChurnPolicy(
        name, denominator, joinAndChurn, netReactivations, reactivationWindowDays, grain);
  }

  /** Returns a copy with this denominator. */
  public ChurnPolicy withDenominator(Denominator denominator) {
    return new ChurnPolicy(
        name, denominator, joinAndChurn, netReactivations, reactivationWindowDays, grain);
  }

  /** Returns a copy with this treatment of same-window joiners who churn. */
  public ChurnPolicy withJoinAndChurn(JoinAndChurn joinAndChurn) {
    return new ChurnPolicy(
        name, denominator, joinAndChurn, netReactivations, reactivationWindowDays, grain);
  }

  /** Returns a copy that nets reactivations or not. */
  public ChurnPolicy withNetReactivations(boolean netReactivations) {
    return new ChurnPolicy(
        name, denominator, joinAndChurn, netReactivations, reactivationWindowDays, grain);
  }

  /** Returns a copy with this reactivation window in days. */
  public ChurnPolicy withReactivationWindowDays(int reactivationWindowDays) {
    return new ChurnPolicy(
        name, denominator, joinAndChurn, netReactivations, reactivationWindowDays, grain);
  }

  /** Returns a copy with this grain. */
  public ChurnPolicy withGrain(Grain grain) {
    return new ChurnPolicy(
        name, denominator, joinAndChurn, netReactivations, reactivationWindowDays, grain);
  }

  /**
   * Returns {@code ChartMogul standard (START, EXCLUDE_FROM_NUMERATOR, net reactivations within 30
   * days, CUSTOMER)}.
   */
  @Override
  public String toString() {
    return name
        + " ("
        + denominator
        + ", "
        + joinAndChurn
        + ", "
        + (netReactivations
            ? "net reactivations within " + reactivationWindowDays + " days"
            : "reactivations not netted")
        + ", "
        + grain
        + ")";
  }
}
