package dev.icpmetrics.segment;

import dev.icpmetrics.metrics.Window;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Acquisition;
import dev.icpmetrics.model.BuyerPersona;
import dev.icpmetrics.model.BuyingRole;
import dev.icpmetrics.model.Channel;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.JobFunction;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.Opportunity;
import dev.icpmetrics.model.OpportunityOutcome;
import dev.icpmetrics.model.Seniority;
import dev.icpmetrics.model.SubscriptionLifecycle;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Small bases with exact counts for the segment tests. */
final class Fixtures {
  private Fixtures() {}

  static final Window JUNE = Window.month(YearMonth.of(2025, 6));
  static final Window JULY = Window.month(YearMonth.of(2025, 7));
  static final LocalDate BEFORE = LocalDate.of(2024, 1, 10);

  static BuyerPersona vpSales() {
    return new BuyerPersona(
        "VP Sales", JobFunction.SALES, Seniority.VP, "Sales", BuyingRole.ECONOMIC_BUYER);
  }

  static Company company(String id, long employees) {
    return Company.builder("c-" + id, "Company " + id).employees(employees).build();
  }

  /**
   * Returns {@code atStart} accounts active before {@code window} of which the first {@code
   * churned} churn on its 4th day, and {@code fresh} acquired on its 2nd day; every account pays
   * {@code arpaMinor} cents and cost {@code cacMinor} cents.
   */
  static List<Account> band(
      String prefix,
      long employees,
      int atStart,
      int churned,
      int fresh,
      long arpaMinor,
      long cacMinor,
      Window window) {
    List<Account> out = new ArrayList<>();
    for (int i = 0; i < atStart + fresh; i++) {
      boolean isNew = i >= atStart;
      LocalDate acquired = isNew ? window.from().plusDays(1) : BEFORE;
      SubscriptionLifecycle life = SubscriptionLifecycle.acquiredOn(acquired);
      if (i < churned) {
        life = life.churnedOn(window.from().plusDays(3));
      }
      String id = prefix + "-" + i;
      out.add(
          Account.of(
                  id,
                  company(id, employees),
                  life,
                  MrrHistory.startingAt(acquired, Money.ofMinor("USD", arpaMinor)),
                  Acquisition.via("outbound")
                      .withDirectCost(Money.ofMinor("USD", cacMinor))
                      .withSalesCycleDays(30))
              .withPersonas(vpSales()));
    }
    return out;
  }

  static Opportunity won(String id, Company c, LocalDate created, LocalDate closed) {
    return Opportunity.closed(
        id, c, vpSales(), Channel.of("outbound"), created, OpportunityOutcome.WON, closed);
  }

  static Opportunity lost(String id, Company c, LocalDate created, LocalDate closed) {
    return Opportunity.closed(
        id, c, vpSales(), Channel.of("outbound"), created, OpportunityOutcome.LOST, closed);
  }

  @SafeVarargs
  static List<Account> concat(List<Account>... parts) {
    List<Account> all = new ArrayList<>();
    for (List<Account> p : parts) {
      all.addAll(p);
    }
    return all;
  }
}
