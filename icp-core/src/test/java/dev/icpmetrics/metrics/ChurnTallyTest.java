package dev.icpmetrics.metrics;

import static dev.icpmetrics.metrics.Accounts.MARCH;
import static dev.icpmetrics.metrics.Accounts.day;
import static dev.icpmetrics.metrics.Accounts.march;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.model.SubscriptionLifecycle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnTallyTest {

  private static final LocalDate LONG_AGO = day(2023, 1, 1);

  private static ChurnTally of(SubscriptionLifecycle l) {
    return ChurnTally.of(l, MARCH, 30);
  }

  private static String message(Runnable r) {
    return String.valueOf(assertThrows(IllegalArgumentException.class, r::run).getMessage());
  }

  @Test
  void of_activeThroughout_isStartAndEndWithFullExposure() {
    assertEquals(
        new ChurnTally(1, 0, 0, 0, 0, 0, 0, 1, 31, 0),
        of(SubscriptionLifecycle.acquiredOn(LONG_AGO)));
  }

  @Test
  void of_acquiredOnFrom_isNewNotStart() {
    assertEquals(
        new ChurnTally(0, 1, 0, 0, 0, 0, 0, 1, 31, 0),
        of(SubscriptionLifecycle.acquiredOn(march(1))));
  }

  @Test
  void of_churnOnFrom_isInTheWindow() {
    assertEquals(
        new ChurnTally(1, 0, 1, 0, 0, 0, 0, 0, 0, 0),
        of(SubscriptionLifecycle.acquiredOn(LONG_AGO).churnedOn(march(1))));
  }

  @Test
  void of_churnOnTo_isInTheNextWindow() {
    assertEquals(
        new ChurnTally(1, 0, 0, 0, 0, 0, 0, 1, 31, 0),
        of(SubscriptionLifecycle.acquiredOn(LONG_AGO).churnedOn(day(2024, 4, 1))));
  }

  @Test
  void of_acquiredAndChurnedSameDay_isNewAndChurnedWithoutExposure() {
    assertEquals(
        new ChurnTally(0, 1, 0, 1, 0, 0, 0, 0, 0, 0),
        of(SubscriptionLifecycle.acquiredOn(march(9)).churnedOn(march(9))));
  }

  @Test
  void of_joinedAndChurned_recordsTheirExposure() {
    assertEquals(
        new ChurnTally(0, 1, 0, 1, 0, 0, 0, 0, 5, 5),
        of(SubscriptionLifecycle.acquiredOn(march(5)).churnedOn(march(10))));
  }

  @Test
  void of_reactivationAtTheWindowLimit_undoesTheChurn() {
    SubscriptionLifecycle l =
        SubscriptionLifecycle.acquiredOn(LONG_AGO)
            .churnedOn(march(20))
            .reactivatedOn(day(2024, 4, 19));
    // 30 days after March 20 is April 19: still undone, even after the window ends
    assertEquals(new ChurnTally(1, 0, 1, 0, 1, 0, 0, 0, 19, 0), of(l));
    assertEquals(new ChurnTally(1, 0, 1, 0, 0, 0, 0, 0, 19, 0), ChurnTally.of(l, MARCH, 29));
  }

  @Test
  void of_severalChurnsInWindow_usesTheLast() {
    SubscriptionLifecycle l =
        SubscriptionLifecycle.acquiredOn(LONG_AGO)
            .churnedOn(march(5))
            .reactivatedOn(march(6))
            .churnedOn(march(20));
    // the last churn, March 20, is not undone
    assertEquals(new ChurnTally(1, 0, 1, 0, 0, 0, 0, 0, 4 + 14, 0), of(l));
  }

  @Test
  void of_earlierChurnerComingBack_isReactivated() {
    SubscriptionLifecycle l =
        SubscriptionLifecycle.acquiredOn(LONG_AGO)
            .churnedOn(day(2024, 1, 10))
            .reactivatedOn(march(21));
    assertEquals(new ChurnTally(0, 0, 0, 0, 0, 0, 1, 1, 11, 0), of(l));
  }

  @Test
  void of_gone_countsNothing() {
    assertEquals(
        ChurnTally.empty(),
        of(SubscriptionLifecycle.acquiredOn(LONG_AGO).churnedOn(day(2024, 1, 10))));
    assertEquals(ChurnTally.empty(), of(SubscriptionLifecycle.acquiredOn(day(2024, 4, 1))));
  }

  @Test
  void of_policy_usesItsReactivationWindow() {
    SubscriptionLifecycle l =
        SubscriptionLifecycle.acquiredOn(LONG_AGO).churnedOn(march(1)).reactivatedOn(march(11));
    assertEquals(
        1,
        ChurnTally.of(l, MARCH, ChurnPolicy.defaults().withReactivationWindowDays(10))
            .churnedFromStartReactivatedCount());
    assertEquals(
        0,
        ChurnTally.of(l, MARCH, ChurnPolicy.defaults().withReactivationWindowDays(9))
            .churnedFromStartReactivatedCount());
  }

  @Test
  void plus_addsEveryCount_withEmptyAsIdentity() {
    ChurnTally a = new ChurnTally(100, 10, 8, 2, 1, 0, 3, 104, 3000, 20);
    ChurnTally b = new ChurnTally(5, 1, 1, 1, 0, 1, 0, 4, 150, 3);
    assertEquals(new ChurnTally(105, 11, 9, 3, 1, 1, 3, 108, 3150, 23), a.plus(b));
    assertEquals(a.plus(b), b.plus(a));
    assertEquals(a, a.plus(ChurnTally.empty()));
    assertEquals(a, ChurnTally.empty().plus(a));
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    ChurnTally big = new ChurnTally(Long.MAX_VALUE, 0, 0, 0, 0, 0, 0, Long.MAX_VALUE, 0, 0);
    ChurnTally one = new ChurnTally(1, 0, 0, 0, 0, 0, 0, 1, 0, 0);
    assertThrows(ArithmeticException.class, () -> big.plus(one));
  }

  @Test
  void new_churnedAboveStart_namesFieldAndValue() {
    assertEquals(
        "churnedFromStartCount must be in [0, 100], got 101",
        message(() -> new ChurnTally(100, 0, 101, 0, 0, 0, 0, 0, 0, 0)));
  }

  @Test
  void new_negativeCounts_nameFieldAndValue() {
    assertEquals(
        "startCount must be >= 0, got -1",
        message(() -> new ChurnTally(-1, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
    assertEquals(
        "newCount must be >= 0, got -2",
        message(() -> new ChurnTally(0, -2, 0, 0, 0, 0, 0, 0, 0, 0)));
    assertEquals(
        "churnedFromNewCount must be >= 0, got -1",
        message(() -> new ChurnTally(0, 0, 0, -1, 0, 0, 0, 0, 0, 0)));
    assertEquals(
        "reactivatedCount must be >= 0, got -1",
        message(() -> new ChurnTally(0, 0, 0, 0, 0, 0, -1, 0, 0, 0)));
    assertEquals(
        "exposureCustomerDays must be >= 0, got -5",
        message(() -> new ChurnTally(0, 0, 0, 0, 0, 0, 0, 0, -5, 0)));
  }

  @Test
  void new_inconsistentCounts_nameFieldAndRange() {
    assertEquals(
        "churnedFromNewCount must be in [0, 3], got 4",
        message(() -> new ChurnTally(0, 3, 0, 4, 0, 0, 0, 0, 0, 0)));
    assertEquals(
        "churnedFromStartReactivatedCount must be in [0, 2], got 3",
        message(() -> new ChurnTally(10, 0, 2, 0, 3, 0, 0, 8, 0, 0)));
    assertEquals(
        "churnedFromNewReactivatedCount must be in [0, 1], got 2",
        message(() -> new ChurnTally(0, 3, 0, 1, 0, 2, 0, 2, 0, 0)));
    assertEquals(
        "endCount must be in [8, 13], got 14",
        message(() -> new ChurnTally(10, 2, 2, 0, 0, 0, 1, 14, 0, 0)));
    assertEquals(
        "endCount must be in [8, 13], got 7",
        message(() -> new ChurnTally(10, 2, 2, 0, 0, 0, 1, 7, 0, 0)));
    assertEquals(
        "joinedAndChurnedExposureCustomerDays must be in [0, 10], got 11",
        message(() -> new ChurnTally(0, 1, 0, 1, 0, 0, 0, 0, 10, 11)));
  }

  @Test
  void accumulator_epochDays_matchesLifecycle() {
    SubscriptionLifecycle l =
        SubscriptionLifecycle.of(LONG_AGO, List.of(march(5), march(20)), List.of(march(8)));
    ChurnTally.Accumulator a = new ChurnTally.Accumulator(MARCH, 30);
    long[] churns = {march(5).toEpochDay(), march(20).toEpochDay(), 0};
    long[] reactivations = {march(8).toEpochDay(), 0};
    a.add(LONG_AGO.toEpochDay(), churns, 2, reactivations, 1);
    assertEquals(of(l), a.toTally());
  }

  @Test
  void accumulator_datesOutOfOrder_nameIndexAndDates() {
    ChurnTally.Accumulator a = new ChurnTally.Accumulator(MARCH, 30);
    long acquired = march(10).toEpochDay();
    assertEquals(
        "churnDays[0] must be >= 2024-03-10, got 2024-03-05",
        message(() -> a.add(acquired, new long[] {march(5).toEpochDay()}, 1, new long[0], 0)));
    assertEquals(
        "reactivationDays[0] must be after 2024-03-12, got 2024-03-12",
        message(
            () ->
                a.add(
                    acquired,
                    new long[] {march(12).toEpochDay()},
                    1,
                    new long[] {march(12).toEpochDay()},
                    1)));
    assertEquals(
        "reactivationCount must be churnCount 0 or one fewer, got 1",
        message(() -> a.add(acquired, new long[0], 0, new long[] {1}, 1)));
    assertEquals(
        "churnCount must be in [0, 0], got 1",
        message(() -> a.add(acquired, new long[0], 1, new long[0], 0)));
  }

  @Test
  void toString_listsTheCounts() {
    assertEquals(
        "start 100, new 10, churned 8+2 (reactivated 1+0), reactivated 0, end 101, exposure 1.0"
            + " customer-months",
        new ChurnTally(100, 10, 8, 2, 1, 0, 0, 101, 30, 0).toString());
  }

  @Test
  void plus_overflow_namesTheCountAndTheOperands() {
    ChurnTally big = new ChurnTally(Long.MAX_VALUE, 0, 0, 0, 0, 0, 0, Long.MAX_VALUE, 0, 0);
    ChurnTally one = new ChurnTally(1, 0, 0, 0, 0, 0, 0, 1, 0, 0);
    ArithmeticException e = assertThrows(ArithmeticException.class, () -> big.plus(one));
    assertEquals("startCount must fit in a long, got 9223372036854775807 + 1", e.getMessage());
  }
}
