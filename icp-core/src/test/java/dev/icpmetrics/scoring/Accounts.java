package dev.icpmetrics.scoring;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Acquisition;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.Industry;
import dev.icpmetrics.model.Location;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.NaicsCode;
import dev.icpmetrics.model.SubscriptionLifecycle;
import dev.icpmetrics.model.TechStack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test accounts built from the domain model. */
final class Accounts {
  private Accounts() {}

  static Company company(String id, String naics, long employees, String country, String... tech) {
    Company.Builder b =
        Company.builder(id, id)
            .industry(Industry.of("industry " + naics, NaicsCode.of(naics)))
            .employees(employees)
            .techStack(TechStack.of(tech));
    if (!country.isEmpty()) {
      b.location(Location.of(country));
    }
    return b.build();
  }

  static Account account(String id, Company c, LocalDate acquired, String mrr) {
    return Account.of(
        id,
        c,
        SubscriptionLifecycle.acquiredOn(acquired),
        MrrHistory.startingAt(acquired, Money.of("USD", mrr)),
        Acquisition.via("outbound"));
  }

  static Account churned(Account a, LocalDate churn) {
    return a.withLifecycle(a.lifecycle().churnedOn(churn));
  }

  /**
   * The guide's example segments (REFERENCES section 8): SMB 150 accounts at 10% monthly churn,
   * Mid-market 300 at 4%, Enterprise 50 at 2%, all acquired on 2024-01-01 and judged on 2026-01-01.
   * Retained 12 months: round(n (1 - c)^12) = 42, 184 and 39; the others churn 1 to 11 months after
   * acquisition. Plus 20 SMB accounts acquired on 2025-06-01, too young to judge, none churned.
   */
  static List<Account> guideBase() {
    List<Account> out = new ArrayList<>();
    segment(out, "smb", 50, 150, 42);
    segment(out, "mid", 500, 300, 184);
    segment(out, "ent", 5_000, 50, 39);
    for (int i = 0; i < 20; i++) {
      out.add(
          account(
              "young-" + i,
              company("young-" + i, "541511", 50, "US"),
              LocalDate.of(2025, 6, 1),
              "200.00"));
    }
    return List.copyOf(out);
  }

  static final LocalDate GUIDE_AS_OF = LocalDate.of(2026, 1, 1);

  private static void segment(List<Account> out, String name, long employees, int n, int kept) {
    LocalDate acquired = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < n; i++) {
      Account a =
          account(
              name + "-" + i,
              company(name + "-" + i, "541511", employees, "US"),
              acquired,
              "200.00");
      out.add(i < kept ? a : churned(a, acquired.plusMonths(1 + i % 11)));
    }
  }
}
