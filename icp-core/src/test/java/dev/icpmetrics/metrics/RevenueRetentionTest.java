package dev.icpmetrics.metrics;

import static dev.icpmetrics.metrics.Accounts.MARCH;
import static dev.icpmetrics.metrics.Accounts.account;
import static dev.icpmetrics.metrics.Accounts.day;
import static dev.icpmetrics.metrics.Accounts.march;
import static dev.icpmetrics.metrics.Accounts.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.metrics.RevenueRetention.ReactivationOffset;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.SubscriptionLifecycle;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevenueRetentionTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate LONG_AGO = day(2023, 1, 1);

  private static Account paying(String id, long dollars) {
    return account(
        id,
        SubscriptionLifecycle.acquiredOn(LONG_AGO),
        MrrHistory.startingAt(LONG_AGO, usd(dollars)));
  }

  /**
   * REFERENCES §6 as written, as accounts in March 2024: 100 customers paying 100 each (start MRR
   * 10,000); 8 of them cancel in March and one of those 8 resubscribes at 100 later in March; one
   * other contracts 100 to 10 and one expands 100 to 200; 10 new customers join at 100, 2 of whom
   * cancel in March.
   */
  static List<Account> referenceRevenue() {
    List<Account> out = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      SubscriptionLifecycle l = SubscriptionLifecycle.acquiredOn(LONG_AGO);
      MrrHistory h = MrrHistory.startingAt(LONG_AGO, usd(100));
      if (i < 8) {
        l = l.churnedOn(march(2 + i));
      }
      if (i == 0) {
        l = l.reactivatedOn(march(12));
      }
      if (i == 8) {
        h = h.with(march(10), usd(10));
      }
      if (i == 9) {
        h = h.with(march(20), usd(200));
      }
      out.add(account("s-" + i, l, h));
    }
    for (int i = 0; i < 10; i++) {
      SubscriptionLifecycle l = SubscriptionLifecycle.acquiredOn(march(3 + i));
      if (i < 2) {
        l = l.churnedOn(march(20 + i));
      }
      out.add(account("n-" + i, l, MrrHistory.startingAt(march(3 + i), usd(100))));
    }
    return List.copyOf(out);
  }

  private static final MrrMovements REFERENCE =
      RevenueRetention.movements(referenceRevenue(), MARCH, USD);

  @Test
  void movements_referenceRevenue_classifyEachCustomer() {
    assertEquals(
        new MrrMovements(
            USD, 1_000_000, 80_000, 10_000, 9_000, 80_000, 10_000, 1_011_000, 911_000, 100, 101),
        REFERENCE);
  }

  // REFERENCES §6: (800 + 90) / 10,000 = 8.9%.
  @Test
  void grossMrrChurn_referenceRevenueIs8Point9Percent() {
    assertEquals(0.089, RevenueRetention.grossMrrChurn(REFERENCE).orElseThrow(), 1e-12);
  }

  // REFERENCES §6: ChartMogul and Maxio, (890 - 200) / 10,000 = 6.9%.
  @Test
  void netMrrChurn_withReactivationOffset_is6Point9Percent() {
    assertEquals(
        0.069, RevenueRetention.netMrrChurn(REFERENCE, ReactivationOffset.ON).orElseThrow(), 1e-12);
  }

  // REFERENCES §6: Baremetrics, (890 - 100) / 10,000 = 7.9%.
  @Test
  void netMrrChurn_withoutReactivationOffset_is7Point9Percent() {
    assertEquals(
        0.079,
        RevenueRetention.netMrrChurn(REFERENCE, ReactivationOffset.OFF).orElseThrow(),
        1e-12);
  }

  // REFERENCES §6: (10,000 - 890 + 100) / 10,000 = 92.1%, reactivation excluded.
  @Test
  void nrr_referenceRevenueIs92Point1Percent() {
    assertEquals(0.921, RevenueRetention.nrr(REFERENCE).orElseThrow(), 1e-12);
  }

  @Test
  void grr_referenceRevenueIsStartMinusLosses() {
    assertEquals(0.911, RevenueRetention.grr(REFERENCE).orElseThrow(), 1e-12);
  }

  @Test
  void grr_capsPerCustomer_whereATotalCapWouldHideContraction() {
    // X contracts 1,000 -> 500, Y expands 1,000 -> 1,600 in March.
    List<Account> accounts =
        List.of(
            account(
                "x",
                SubscriptionLifecycle.acquiredOn(LONG_AGO),
                MrrHistory.startingAt(LONG_AGO, usd(1000)).with(march(5), usd(500))),
            account(
                "y",
                SubscriptionLifecycle.acquiredOn(LONG_AGO),
                MrrHistory.startingAt(LONG_AGO, usd(1000)).with(march(5), usd(1600))));
    MrrMovements m = RevenueRetention.movements(accounts, MARCH, USD);
    // per customer: (min(1000, 500) + min(1000, 1600)) / 2000 = 75%
    assertEquals(0.75, RevenueRetention.grr(m).orElseThrow(), 1e-12);
    // a cap on the total, min(start, end of start customers) / start, would report 100%
    double totalCap = Math.min(m.startMinor(), m.endMinor()) / (double) m.startMinor();
    assertEquals(1.0, totalCap, 1e-12);
    assertEquals(1.05, RevenueRetention.nrr(m).orElseThrow(), 1e-12);
  }

  @Test
  void quickRatio_isGainedOverLost() {
    // (800 + 100 + 100) / (800 + 90)
    assertEquals(1000.0 / 890, RevenueRetention.quickRatio(REFERENCE).orElseThrow(), 1e-12);
  }

  @Test
  void arpa_fromMovements_isEndMrrOverPayingCustomers() {
    // 10,110 / 101 paying at the end = 100.0990... = 100.10
    assertEquals(
        Money.of("USD", "100.10"),
        RevenueRetention.arpa(REFERENCE, RoundingMode.HALF_EVEN).orElseThrow());
  }

  @Test
  void arpa_onADate_roundsWithTheGivenMode() {
    // (100.00 + 100.01) / 2 = 100.005
    List<Account> accounts =
        List.of(
            paying("a", 100),
            account(
                "b",
                SubscriptionLifecycle.acquiredOn(LONG_AGO),
                MrrHistory.startingAt(LONG_AGO, Money.of("USD", "100.01"))));
    assertEquals(
        Money.of("USD", "100.01"),
        RevenueRetention.arpa(accounts, march(1), USD, RoundingMode.HALF_UP).orElseThrow());
    assertEquals(
        Money.of("USD", "100.00"),
        RevenueRetention.arpa(accounts, march(1), USD, RoundingMode.HALF_EVEN).orElseThrow());
  }

  @Test
  void arpa_onADate_skipsFreeAndChurnedAccounts() {
    List<Account> accounts =
        List.of(
            paying("a", 100),
            account(
                "free",
                SubscriptionLifecycle.acquiredOn(LONG_AGO),
                MrrHistory.startingAt(LONG_AGO, Money.zero(USD))),
            account(
                "gone",
                SubscriptionLifecycle.acquiredOn(LONG_AGO).churnedOn(day(2024, 2, 1)),
                MrrHistory.startingAt(LONG_AGO, usd(500))));
    assertEquals(
        usd(100),
        RevenueRetention.arpa(accounts, march(1), USD, RoundingMode.HALF_EVEN).orElseThrow());
  }

  @Test
  void ratios_noStartMrr_areUndefinedWithReason() {
    MrrMovements none = MrrMovements.empty(USD);
    String reason = "no MRR at the start of the window";
    assertEquals(reason, RevenueRetention.grossMrrChurn(none).undefinedReason().orElseThrow());
    assertEquals(
        reason,
        RevenueRetention.netMrrChurn(none, ReactivationOffset.ON).undefinedReason().orElseThrow());
    assertEquals(reason, RevenueRetention.nrr(none).undefinedReason().orElseThrow());
    assertEquals(reason, RevenueRetention.grr(none).undefinedReason().orElseThrow());
    assertEquals(
        "no MRR lost (churn + contraction = 0)",
        RevenueRetention.quickRatio(none).undefinedReason().orElseThrow());
    assertEquals(
        "no paying customers at the end of the window",
        RevenueRetention.arpa(none, RoundingMode.HALF_EVEN).undefinedReason().orElseThrow());
    assertEquals(
        "no paying customers on 2024-03-01",
        RevenueRetention.arpa(List.of(), march(1), USD, RoundingMode.HALF_EVEN)
            .undefinedReason()
            .orElseThrow());
  }

  @Test
  void netMrrChurn_expansionAboveLosses_isNegative() {
    MrrMovements m = new MrrMovements(USD, 1000, 0, 300, 100, 0, 0, 1200, 900, 2, 2);
    assertEquals(
        -0.2, RevenueRetention.netMrrChurn(m, ReactivationOffset.OFF).orElseThrow(), 1e-12);
  }

  @Test
  void movements_otherCurrency_throwsMismatch() {
    assertThrows(
        CurrencyMismatchException.class,
        () -> RevenueRetention.movements(referenceRevenue(), MARCH, Currency.getInstance("EUR")));
  }
}
