package dev.icpmetrics.metrics;

import static dev.icpmetrics.metrics.Accounts.MARCH;
import static dev.icpmetrics.metrics.Accounts.account;
import static dev.icpmetrics.metrics.Accounts.day;
import static dev.icpmetrics.metrics.Accounts.march;
import static dev.icpmetrics.metrics.Accounts.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.SubscriptionLifecycle;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MrrMovementsTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate LONG_AGO = day(2023, 1, 1);

  private static MrrMovements m(
      long start, long added, long exp, long contr, long churn, long react, long end) {
    return new MrrMovements(USD, start, added, exp, contr, churn, react, end, 0, 0, 0);
  }

  @Test
  void ofCustomer_classifiesEachCase() {
    assertEquals(
        new MrrMovements(USD, 100, 0, 50, 0, 0, 0, 150, 100, 1, 1),
        MrrMovements.ofCustomer(USD, 100, 150, true));
    assertEquals(
        new MrrMovements(USD, 100, 0, 0, 30, 0, 0, 70, 70, 1, 1),
        MrrMovements.ofCustomer(USD, 100, 70, true));
    assertEquals(
        new MrrMovements(USD, 100, 0, 0, 0, 100, 0, 0, 0, 1, 0),
        MrrMovements.ofCustomer(USD, 100, 0, true));
    assertEquals(
        new MrrMovements(USD, 0, 80, 0, 0, 0, 0, 80, 0, 0, 1),
        MrrMovements.ofCustomer(USD, 0, 80, false));
    assertEquals(
        new MrrMovements(USD, 0, 0, 0, 0, 0, 80, 80, 0, 0, 1),
        MrrMovements.ofCustomer(USD, 0, 80, true));
    assertEquals(MrrMovements.empty(USD), MrrMovements.ofCustomer(USD, 0, 0, true));
    assertEquals(
        new MrrMovements(USD, 100, 0, 0, 0, 0, 0, 100, 100, 1, 1),
        MrrMovements.ofCustomer(USD, 100, 100, true));
  }

  @Test
  void of_account_readsStartDayBeforeAndEndOnLastDay() {
    // USD 100 since 2023, upgraded to USD 250 on March 1 (in the window), churned on April 1
    var a =
        account(
            "a",
            SubscriptionLifecycle.acquiredOn(LONG_AGO).churnedOn(day(2024, 4, 1)),
            MrrHistory.startingAt(LONG_AGO, usd(100)).with(march(1), usd(250)));
    assertEquals(
        new MrrMovements(USD, 10_000, 0, 15_000, 0, 0, 0, 25_000, 10_000, 1, 1),
        MrrMovements.of(a, MARCH));
  }

  @Test
  void of_account_churnedAndBackInTheWindow_isChurnOfStartAndReactivationOfEnd() {
    var a =
        account(
            "a",
            SubscriptionLifecycle.acquiredOn(LONG_AGO).churnedOn(march(5)).reactivatedOn(march(9)));
    // churn 100 and reactivation 100, as logo churn counts the churn; nothing retained for GRR
    assertEquals(
        new MrrMovements(USD, 10_000, 0, 0, 0, 10_000, 10_000, 10_000, 0, 1, 1),
        MrrMovements.of(a, MARCH));
  }

  @Test
  void of_account_churnedAndBackHigher_isReactivationNotExpansion() {
    var a =
        account(
            "a",
            SubscriptionLifecycle.acquiredOn(LONG_AGO).churnedOn(march(5)).reactivatedOn(march(9)),
            MrrHistory.startingAt(LONG_AGO, usd(100)).with(march(9), usd(150)));
    assertEquals(
        new MrrMovements(USD, 10_000, 0, 0, 0, 10_000, 15_000, 15_000, 0, 1, 1),
        MrrMovements.of(a, MARCH));
  }

  @Test
  void of_account_churnedBackAndChurnedAgain_isOneChurn() {
    var a =
        account(
            "a",
            SubscriptionLifecycle.acquiredOn(LONG_AGO)
                .churnedOn(march(5))
                .reactivatedOn(march(9))
                .churnedOn(march(20)));
    assertEquals(
        new MrrMovements(USD, 10_000, 0, 0, 0, 10_000, 0, 0, 0, 1, 0), MrrMovements.of(a, MARCH));
  }

  @Test
  void of_account_earlierPayerBack_isReactivation_firstPayer_isNew() {
    var back =
        account(
            "back",
            SubscriptionLifecycle.acquiredOn(LONG_AGO)
                .churnedOn(day(2024, 1, 1))
                .reactivatedOn(march(9)));
    assertEquals(10_000, MrrMovements.of(back, MARCH).reactivationMinor());
    // on a free plan since 2023, paying from March 10: new MRR, not a reactivation
    var trial =
        account(
            "trial",
            SubscriptionLifecycle.acquiredOn(LONG_AGO),
            MrrHistory.startingAt(LONG_AGO, Money.zero(USD)).with(march(10), usd(40)));
    assertEquals(4_000, MrrMovements.of(trial, MARCH).newMinor());
  }

  @Test
  void plus_addsEveryAmount_withEmptyAsIdentity() {
    MrrMovements a = new MrrMovements(USD, 1000, 10, 20, 30, 40, 50, 1010, 930, 3, 4);
    MrrMovements b = new MrrMovements(USD, 500, 0, 0, 100, 0, 0, 400, 400, 1, 1);
    assertEquals(new MrrMovements(USD, 1500, 10, 20, 130, 40, 50, 1410, 1330, 4, 5), a.plus(b));
    assertEquals(a.plus(b), b.plus(a));
    assertEquals(a, a.plus(MrrMovements.empty(USD)));
  }

  @Test
  void plus_otherCurrency_throwsMismatch() {
    assertThrows(
        CurrencyMismatchException.class,
        () -> MrrMovements.empty(USD).plus(MrrMovements.empty(EUR)));
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    MrrMovements big =
        new MrrMovements(USD, Long.MAX_VALUE, 0, 0, 0, 0, 0, Long.MAX_VALUE, 0, 0, 0);
    assertThrows(ArithmeticException.class, () -> big.plus(big));
  }

  @Test
  void new_imbalance_namesTheAmounts() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> m(10_000, 0, 100, 90, 800, 100, 9_300));
    assertEquals(
        "endMinor must be start + new + expansion + reactivation - contraction - churn"
            + " = 10000 + 0 + 100 + 100 - 90 - 800 = 9310, got 9300",
        e.getMessage());
  }

  @Test
  void new_lossAboveStart_namesTheAmounts() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> m(100, 0, 0, 60, 50, 0, 0));
    assertEquals(
        "contractionMinor + churnMinor must be <= startMinor 100, got 60 + 50 = 110",
        e.getMessage());
  }

  @Test
  void new_negativeAmount_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> m(100, -1, 0, 0, 0, 0, 99));
    assertEquals("newMinor must be >= 0, got -1", e.getMessage());
  }

  @Test
  void new_retainedAboveStart_namesFieldAndRange() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new MrrMovements(USD, 100, 0, 0, 0, 0, 0, 100, 101, 1, 1));
    assertEquals("grrRetainedMinor must be in [0, 100], got 101", e.getMessage());
  }

  @Test
  void accumulator_otherCurrency_throwsMismatch() {
    var a = account("a", SubscriptionLifecycle.acquiredOn(LONG_AGO));
    MrrMovements.Accumulator acc = new MrrMovements.Accumulator(EUR);
    assertThrows(CurrencyMismatchException.class, () -> acc.add(a, MARCH));
  }

  @Test
  void toString_showsTheBridge() {
    assertEquals(
        "USD: start 100.00 + new 0.00 + expansion 1.00 + reactivation 1.00 - contraction 0.90"
            + " - churn 8.00 = end 93.10 (customers 4 -> 4)",
        new MrrMovements(USD, 10_000, 0, 100, 90, 800, 100, 9_310, 9_110, 4, 4).toString());
  }

  // The mutable accumulators are internals of the metrics package, not API.
  @Test
  void accumulators_areNotPublic() {
    for (Class<?> c : List.of(MrrMovements.Accumulator.class, ChurnTally.Accumulator.class)) {
      assertFalse(java.lang.reflect.Modifier.isPublic(c.getModifiers()), c.getName());
      for (var k : c.getDeclaredConstructors()) {
        assertFalse(java.lang.reflect.Modifier.isPublic(k.getModifiers()), k.toString());
      }
    }
  }
}
