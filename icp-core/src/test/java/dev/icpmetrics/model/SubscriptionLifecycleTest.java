package dev.icpmetrics.model;

import static dev.icpmetrics.model.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubscriptionLifecycleTest {

  // Acquired 2024-01-15, churned 2024-06-01, back 2024-09-01, churned again 2025-01-01.
  private static final SubscriptionLifecycle TWICE =
      SubscriptionLifecycle.acquiredOn(day(2024, 1, 15))
          .churnedOn(day(2024, 6, 1))
          .reactivatedOn(day(2024, 9, 1))
          .churnedOn(day(2025, 1, 1));

  @Test
  void isActiveOn_isHalfOpenOnEachSpell() {
    assertFalse(TWICE.isActiveOn(day(2024, 1, 14)));
    assertTrue(TWICE.isActiveOn(day(2024, 1, 15)));
    assertTrue(TWICE.isActiveOn(day(2024, 5, 31)));
    assertFalse(TWICE.isActiveOn(day(2024, 6, 1)));
    assertFalse(TWICE.isActiveOn(day(2024, 8, 31)));
    assertTrue(TWICE.isActiveOn(day(2024, 9, 1)));
    assertTrue(TWICE.isActiveOn(day(2024, 12, 31)));
    assertFalse(TWICE.isActiveOn(day(2025, 1, 1)));
    assertFalse(TWICE.isActiveOn(day(2030, 1, 1)));
  }

  @Test
  void neverChurned_isActiveFromAcquiredOn() {
    SubscriptionLifecycle l = SubscriptionLifecycle.acquiredOn(day(2024, 1, 15));
    assertFalse(l.isActiveOn(day(2024, 1, 14)));
    assertTrue(l.isActiveOn(day(2099, 1, 1)));
    assertFalse(l.isChurned());
    assertEquals(Optional.empty(), l.churned());
  }

  @Test
  void churnedIn_countsChurnsInTheHalfOpenWindow() {
    assertTrue(TWICE.churnedIn(day(2024, 6, 1), day(2024, 7, 1)));
    assertFalse(TWICE.churnedIn(day(2024, 5, 1), day(2024, 6, 1)));
    assertEquals(2, TWICE.churnCountIn(day(2024, 1, 1), day(2025, 2, 1)));
    assertEquals(1, TWICE.churnCountIn(day(2024, 1, 1), day(2025, 1, 1)));
  }

  @Test
  void reactivatedIn_andAcquiredIn_useTheSameWindowRule() {
    assertTrue(TWICE.reactivatedIn(day(2024, 9, 1), day(2024, 10, 1)));
    assertFalse(TWICE.reactivatedIn(day(2024, 8, 1), day(2024, 9, 1)));
    assertEquals(1, TWICE.reactivationCountIn(day(2024, 1, 1), day(2026, 1, 1)));
    assertTrue(TWICE.acquiredIn(day(2024, 1, 15), day(2024, 1, 16)));
    assertFalse(TWICE.acquiredIn(day(2024, 1, 1), day(2024, 1, 15)));
  }

  @Test
  void accessors_giveTheDatesInOrder() {
    assertEquals(day(2024, 1, 15), TWICE.acquired());
    assertEquals(List.of(day(2024, 6, 1), day(2025, 1, 1)), TWICE.churns());
    assertEquals(List.of(day(2024, 9, 1)), TWICE.reactivations());
    assertEquals(Optional.of(day(2025, 1, 1)), TWICE.churned());
    assertEquals(
        TWICE,
        SubscriptionLifecycle.of(
            day(2024, 1, 15), List.of(day(2024, 6, 1), day(2025, 1, 1)), List.of(day(2024, 9, 1))));
  }

  @Test
  void sameDayChurn_isNeverActiveButCountsAsAcquiredAndChurned() {
    LocalDate d = day(2024, 3, 10);
    SubscriptionLifecycle l = SubscriptionLifecycle.acquiredOn(d).churnedOn(d);
    assertFalse(l.isActiveOn(d));
    assertTrue(l.acquiredIn(d, d.plusDays(1)));
    assertTrue(l.churnedIn(d, d.plusDays(1)));
  }

  @Test
  void churnBeforeAcquired_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SubscriptionLifecycle.acquiredOn(day(2024, 3, 1)).churnedOn(day(2024, 2, 1)));
    assertEquals("churn must be on or after acquired 2024-03-01, got 2024-02-01", e.getMessage());
  }

  @Test
  void reactivationNotAfterChurn_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SubscriptionLifecycle.acquiredOn(day(2024, 1, 1))
                    .churnedOn(day(2024, 5, 1))
                    .reactivatedOn(day(2024, 5, 1)));
    assertEquals(
        "reactivation must be after the churn on 2024-05-01, got 2024-05-01", e.getMessage());
  }

  @Test
  void churnBeforeItsReactivation_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SubscriptionLifecycle.of(
                    day(2024, 1, 1),
                    List.of(day(2024, 5, 1), day(2024, 6, 1)),
                    List.of(day(2024, 7, 1))));
    assertEquals(
        "churn must be on or after the reactivation on 2024-07-01, got 2024-06-01", e.getMessage());
  }

  @Test
  void reactivationWithoutChurn_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SubscriptionLifecycle.of(day(2024, 1, 1), List.of(), List.of(day(2024, 7, 1))));
    assertEquals(
        "reactivations must each follow a churn, got 1 reactivations and 0 churns", e.getMessage());
  }

  @Test
  void churnWhileChurned_isMisuse() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                SubscriptionLifecycle.acquiredOn(day(2024, 1, 1))
                    .churnedOn(day(2024, 2, 1))
                    .churnedOn(day(2024, 3, 1)));
    assertEquals(
        "churnedOn needs an active subscription, got one churned on 2024-02-01", e.getMessage());
  }

  @Test
  void reactivateWhileActive_isMisuse() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> SubscriptionLifecycle.acquiredOn(day(2024, 1, 1)).reactivatedOn(day(2024, 3, 1)));
    assertEquals("reactivatedOn needs a churned subscription, got an active one", e.getMessage());
  }

  @Test
  void emptyWindow_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TWICE.churnedIn(day(2024, 2, 1), day(2024, 2, 1)));
    assertEquals("to must be after from 2024-02-01, got 2024-02-01", e.getMessage());
  }

  @Test
  void toString_listsTheSpells() {
    assertEquals("2024-01-15..2024-06-01, 2024-09-01..2025-01-01", TWICE.toString());
    assertEquals("2024-01-15..", SubscriptionLifecycle.acquiredOn(day(2024, 1, 15)).toString());
  }
}
