package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrChange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The revenue of a cohort of accounts by month since acquisition, for the cohort-realised payback
 * and the cohort-empirical CLV.
 *
 * <p>Rules: month {@code k} of an account is the billing month {@code [acquired + k months,
 * acquired + k + 1 months)}; its revenue is the MRR in force on its first day if the account is
 * active that day ({@link Account#mrrOn}), else zero (monthly plans billed in advance). A month is
 * observed once it is complete by {@code asOf}: {@code acquired + k + 1 months <= asOf}. The cohort
 * is observed for the months every member has completed, so that each month sums the same accounts.
 */
final class CohortRevenue {
  private CohortRevenue() {}

  /**
   * Returns the cohort's total revenue in each month since acquisition, month 0 first, over the
   * months every member has completed by {@code asOf}; empty if some member has not completed one.
   */
  static List<Money> byMonth(List<Account> cohort, LocalDate asOf) {
    requireNonNull(cohort, "cohort");
    requireNonNull(asOf, "asOf");
    if (cohort.isEmpty()) {
      throw new IllegalArgumentException("cohort must not be empty, got []");
    }
    Currency currency = requireNonNull(cohort.get(0), "account").mrrHistory().currency();
    int months = Integer.MAX_VALUE;
    for (Account a : cohort) {
      requireNonNull(a, "account");
      if (!a.mrrHistory().currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, a.mrrHistory().currency());
      }
      LocalDate acquired = a.lifecycle().acquired();
      if (asOf.isBefore(acquired)) {
        throw new IllegalArgumentException(
            "asOf must be on or after the acquired date "
                + acquired
                + " of account "
                + a.id()
                + ", got "
                + asOf);
      }
      months = Math.min(months, completedMonths(acquired, asOf));
    }
    long[] revenue = new long[months];
    for (Account a : cohort) {
      LocalDate acquired = a.lifecycle().acquired();
      List<MrrChange> changes = a.mrrHistory().changes();
      int next = 0;
      long mrr = 0;
      for (int k = 0; k < months; k++) {
        LocalDate day = acquired.plusMonths(k);
        while (next < changes.size() && !changes.get(next).effective().isAfter(day)) {
          mrr = changes.get(next).mrr().amountMinor();
          next++;
        }
        if (mrr != 0 && a.isActiveOn(day)) {
          revenue[k] = Math.addExact(revenue[k], mrr);
        }
      }
    }
    List<Money> out = new ArrayList<>(months);
    for (long r : revenue) {
      out.add(Money.ofMinor(currency, r));
    }
    return List.copyOf(out);
  }

  /** Returns the largest {@code n} with {@code acquired + n months <= asOf}. */
  static int completedMonths(LocalDate acquired, LocalDate asOf) {
    long n = ChronoUnit.MONTHS.between(acquired, asOf);
    while (!acquired.plusMonths(n + 1).isAfter(asOf)) {
      n++;
    }
    while (n > 0 && acquired.plusMonths(n).isAfter(asOf)) {
      n--;
    }
    return Math.toIntExact(n);
  }
}
