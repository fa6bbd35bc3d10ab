package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.SubscriptionLifecycle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customer (logo) churn over a {@link Window} under a {@link ChurnPolicy}: tally the accounts once
 * ({@link #tally}), then derive the rate of any policy from the tally ({@link #rate}). Pure, static
 * and thread-safe.
 *
 * <pre>{@code
 * Window march = Window.month(YearMonth.of(2024, 3));
 * ChurnTally t = Churn.tally(accounts, march, ChurnPolicy.chartMogulStandard());
 * MetricResult<ChurnRate> r = Churn.rate(t, march, ChurnPolicy.chartMogulStandard());
 * r.orElseThrow().rate();                  // 0.07
 * r.orElseThrow().per(Period.YEAR);        // 1 - 0.93^12 = 58.14% per year
 * }</pre>
 */
public final class Churn {
  private Churn() {}

  /**
   * Returns the tally of {@code accounts} over {@code window}, classified with the policy's
   * reactivation window and counted at its grain: under {@link ChurnPolicy.Grain#SUBSCRIPTION} one
   * count per account; under {@link ChurnPolicy.Grain#CUSTOMER} the accounts of one company (same
   * {@code company().id()}) are merged into one customer active whenever any of them is. One pass
   * over the accounts (plus grouping by company); no customer-by-month spine.
   *
   * @param accounts the accounts, each counted once
   * @param window the window
   * @param policy the policy whose reactivation window and grain are used
   * @return the additive tally
   */
  public static ChurnTally tally(List<Account> accounts, Window window, ChurnPolicy policy) {
    requireNonNull(accounts, "accounts");
    requireNonNull(window, "window");
    requireNonNull(policy, "policy");
    ChurnTally.Accumulator acc =
        new ChurnTally.Accumulator(window, policy.reactivationWindowDays());
    if (policy.grain() == ChurnPolicy.Grain.SUBSCRIPTION) {
      for (Account a : accounts) {
        acc.add(requireNonNull(a, "account").lifecycle());
      }
      return acc.toTally();
    }
    Map<String, List<SubscriptionLifecycle>> byCompany = new LinkedHashMap<>();
    for (Account a : accounts) {
      requireNonNull(a, "account");
      byCompany.computeIfAbsent(a.company().id(), k -> new ArrayList<>()).add(a.lifecycle());
    }
    for (List<SubscriptionLifecycle> l : byCompany.values()) {
      acc.add(Lifecycles.union(l));
    }
    return acc.toTally();
  }

  /**
   * Returns the churn rate of {@code tally} under {@code policy}. With the counts named in {@link
   * ChurnTally} ({@code S, N, Cs, Cn, Rs, Rn, E, X, Xn}):
   *
   * <ul>
   *   <li>numerator {@code k}: {@code Cs} ({@code + Cn} under {@code COUNT_IN_BOTH}), minus {@code
   *       Rs} ({@code + Rn} under {@code COUNT_IN_BOTH}) when the policy nets reactivations;
   *   <li>{@code START}: {@code k / S}; {@code START_PLUS_NEW}: {@code k / (S + N)}, or {@code k /
   *       (S + N - Cn)} under {@code EXCLUDE_ENTIRELY}; {@code AVERAGE}: {@code k / ((S + E) / 2)};
   *   <li>{@code EXPOSURE}: {@code k} churns over {@code X} customer-months ({@code X - Xn} under
   *       {@code EXCLUDE_ENTIRELY}).
   * </ul>
   *
   * <p>Undefined, with the reason, when the denominator is empty, and when {@code k} exceeds it:
   * under {@code AVERAGE} when more churned than the average, and under {@code START} with {@code
   * COUNT_IN_BOTH} (Baremetrics) when the new customers who churned push {@code Cs + Cn} above
   * {@code S}. Such a ratio is not a probability, so it is not reported as one.
   *
   * @param tally the counts, classified with the policy's reactivation window
   * @param window the window the tally was taken over
   * @param policy the definition
   * @return the rate, or undefined with the reason
   */
  public static MetricResult<ChurnRate> rate(ChurnTally tally, Window window, ChurnPolicy policy) {
    requireNonNull(tally, "tally");
    requireNonNull(window, "window");
    requireNonNull(policy, "policy");
    boolean both = policy.joinAndChurn() == ChurnPolicy.JoinAndChurn.COUNT_IN_BOTH;
    long k = tally.churnedFromStartCount();
    if (both) {
      k += tally.churnedFromNewCount();
    }
    if (policy.netReactivations()) {
      k -= tally.churnedFromStartReactivatedCount();
      if (both) {
        k -= tally.churnedFromNewReactivatedCount();
      }
    }
    boolean excluded = policy.joinAndChurn() == ChurnPolicy.JoinAndChurn.EXCLUDE_ENTIRELY;
    switch (policy.denominator()) {
      case START -> {
        if (tally.startCount() == 0) {
          return MetricResult.undefined("no customers at the start of " + window);
        }
        if (k > tally.startCount()) {
          return MetricResult.undefined(
              "churned count "
                  + k
                  + " exceeds the "
                  + tally.startCount()
                  + " customers at the start of "
                  + window
                  + " (new customers who churned are in the numerator only)");
        }
        return MetricResult.of(
            new ChurnRate.OfCustomers(policy, window, Proportion.of(k, tally.startCount())));
      }
      case START_PLUS_NEW -> {
        long n =
            Math.addExact(tally.startCount(), tally.newCount())
                - (excluded ? tally.churnedFromNewCount() : 0);
        if (n == 0) {
          return MetricResult.undefined("no customers at the start of or new in " + window);
        }
        return MetricResult.of(new ChurnRate.OfCustomers(policy, window, Proportion.of(k, n)));
      }
      case AVERAGE -> {
        long halves = Math.addExact(tally.startCount(), tally.endCount());
        if (halves == 0) {
          return MetricResult.undefined("no customers at the start or the end of " + window);
        }
        long twiceK = Math.multiplyExact(2, k);
        if (twiceK > halves) {
          return MetricResult.undefined(
              "churned count "
                  + k
                  + " exceeds the average customer count "
                  + Shrinkage.plain(halves / 2.0)
                  + " of "
                  + window);
        }
        return MetricResult.of(
            new ChurnRate.OfCustomers(policy, window, Proportion.of(twiceK, halves)));
      }
      case EXPOSURE -> {
        long days =
            tally.exposureCustomerDays()
                - (excluded ? tally.joinedAndChurnedExposureCustomerDays() : 0);
        if (days == 0) {
          return MetricResult.undefined("no customer-months of exposure in " + window);
        }
        return MetricResult.of(
            new ChurnRate.OfExposure(
                policy, window, EventRate.of(k, days / Window.DAYS_PER_MONTH)));
      }
      default -> throw new AssertionError(policy.denominator());
    }
  }

  /**
   * Returns the churn rate of {@code accounts} over {@code window} under {@code policy}: {@code
   * rate(tally(accounts, window, policy), window, policy)}.
   *
   * @param accounts the accounts
   * @param window the window
   * @param policy the definition
   * @return the rate, or undefined with the reason
   */
  public static MetricResult<ChurnRate> rate(
      List<Account> accounts, Window window, ChurnPolicy policy) {
    return rate(tally(accounts, window, policy), window, policy);
  }
}
