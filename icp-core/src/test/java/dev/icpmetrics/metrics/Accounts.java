package dev.icpmetrics.metrics;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Acquisition;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.SubscriptionLifecycle;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Real accounts with real dates for the churn, revenue and cohort tests. */
final class Accounts {
  private Accounts() {}

  static final Window MARCH = Window.month(YearMonth.of(2024, 3));

  /** The last 30 days before 2024-03-31: [2024-03-01, 2024-03-31). */
  static final Window LAST_30_DAYS = Window.rollingDays(LocalDate.of(2024, 3, 31), 30);

  static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  static LocalDate march(int day) {
    return LocalDate.of(2024, 3, day);
  }

  static Money usd(long dollars) {
    return Money.ofMinor("USD", dollars * 100);
  }

  /** An account of its own company {@code id}, paying USD 100 a month from its acquired date. */
  static Account account(String id, SubscriptionLifecycle lifecycle) {
    return account(id, id, lifecycle, MrrHistory.startingAt(lifecycle.acquired(), usd(100)));
  }

  static Account account(String id, SubscriptionLifecycle lifecycle, MrrHistory mrr) {
    return account(id, id, lifecycle, mrr);
  }

  static Account account(
      String id, String companyId, SubscriptionLifecycle lifecycle, MrrHistory mrr) {
    return Account.of(
        id, Company.of(companyId, "Company " + companyId), lifecycle, mrr, Acquisition.via("web"));
  }

  /**
   * The REFERENCES §6 month (March 2024): 100 customers paying since 2023-06-01; 8 of them cancel
   * in March, one of those 8 resubscribes 10 days later; 10 new customers join in March, 2 of whom
   * cancel in March.
   */
  static List<Account> referenceMonth() {
    List<Account> out = new ArrayList<>();
    LocalDate since = day(2023, 6, 1);
    for (int i = 0; i < 100; i++) {
      SubscriptionLifecycle l = SubscriptionLifecycle.acquiredOn(since);
      if (i < 8) {
        l = l.churnedOn(march(2 + i));
      }
      if (i == 0) {
        l = l.reactivatedOn(march(12));
      }
      out.add(account("s-" + i, l));
    }
    for (int i = 0; i < 10; i++) {
      SubscriptionLifecycle l = SubscriptionLifecycle.acquiredOn(march(3 + i));
      if (i < 2) {
        l = l.churnedOn(march(20 + i));
      }
      out.add(account("n-" + i, l));
    }
    return List.copyOf(out);
  }
}
