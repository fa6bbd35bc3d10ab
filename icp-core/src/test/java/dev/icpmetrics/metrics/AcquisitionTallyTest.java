package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Acquisition;
import dev.icpmetrics.model.Channel;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.SubscriptionLifecycle;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcquisitionTallyTest {
  static final YearMonth JAN = YearMonth.of(2024, 1);
  static final YearMonth FEB = YearMonth.of(2024, 2);
  static final Channel SEARCH = Channel.of("paid-search");
  static final Channel PARTNER = Channel.of("partner");

  static Account account(String id, LocalDate acquired, Acquisition how) {
    return Account.of(
        id,
        Company.of("c-" + id, id),
        SubscriptionLifecycle.acquiredOn(acquired),
        MrrHistory.startingAt(acquired, Money.of("USD", "10")),
        how);
  }

  @Test
  void of_accounts_countsEachInItsAcquisitionMonthAndChannel_withDirectCost() {
    AcquisitionTally t =
        AcquisitionTally.of(
            List.of(
                account("a", LocalDate.of(2024, 1, 31), Acquisition.via(SEARCH)),
                account(
                    "b",
                    LocalDate.of(2024, 2, 1),
                    Acquisition.via(PARTNER).withDirectCost(Money.of("USD", "120"))),
                account("c", LocalDate.of(2024, 2, 29), Acquisition.via(PARTNER))));
    assertEquals(
        AcquisitionTally.builder()
            .add(JAN, SEARCH, 1)
            .addWithDirectCost(FEB, PARTNER, 1, Money.of("USD", "120"))
            .add(FEB, PARTNER, 1)
            .build(),
        t);
    assertEquals(3, t.newCustomerCount());
    assertEquals(1, t.directCostCount());
    assertEquals(Optional.of(Money.of("USD", "120")), t.directCost());
  }

  @Test
  void plus_isTheTallyOfTheUnion_emptyIsTheIdentity() {
    AcquisitionTally a = AcquisitionTally.builder().add(JAN, SEARCH, 2).build();
    AcquisitionTally b =
        AcquisitionTally.builder()
            .add(JAN, SEARCH, 1)
            .addWithDirectCost(JAN, PARTNER, 2, Money.of("USD", "50"))
            .build();
    AcquisitionTally union =
        AcquisitionTally.builder()
            .add(JAN, SEARCH, 3)
            .addWithDirectCost(JAN, PARTNER, 2, Money.of("USD", "50"))
            .build();
    assertEquals(union, a.plus(b));
    assertEquals(union, b.plus(a));
    assertEquals(a, a.plus(AcquisitionTally.empty()));
    assertEquals(a, AcquisitionTally.empty().plus(a));
    assertEquals(union.hashCode(), a.plus(b).hashCode());
    assertNotEquals(a, b);
  }

  @Test
  void builder_zeroCount_addsNothing() {
    assertTrue(AcquisitionTally.builder().add(JAN, SEARCH, 0).build().isEmpty());
    assertEquals(Optional.empty(), AcquisitionTally.empty().directCost());
  }

  @Test
  void builder_badCounts_nameFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> AcquisitionTally.builder().add(JAN, SEARCH, -1));
    assertEquals("count must be >= 0, got -1", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AcquisitionTally.builder().addWithDirectCost(JAN, SEARCH, 0, Money.of("USD", "1")));
    assertEquals("count must be > 0, got 0", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AcquisitionTally.builder()
                    .addWithDirectCost(JAN, SEARCH, 1, Money.of("USD", "-1")));
    assertEquals("totalDirectCost must be >= 0, got USD -1.00", e.getMessage());
  }

  @Test
  void plus_directCostsInTwoCurrencies_throwCurrencyMismatch() {
    AcquisitionTally usd =
        AcquisitionTally.builder().addWithDirectCost(JAN, SEARCH, 1, Money.of("USD", "1")).build();
    AcquisitionTally eur =
        AcquisitionTally.builder().addWithDirectCost(JAN, SEARCH, 1, Money.of("EUR", "1")).build();
    assertThrows(CurrencyMismatchException.class, () -> usd.plus(eur));
  }

  @Test
  void toString_isATablePerCell() {
    AcquisitionTally t =
        AcquisitionTally.builder()
            .add(FEB, SEARCH, 12)
            .addWithDirectCost(JAN, PARTNER, 2, Money.of("USD", "300"))
            .build();
    assertEquals(
        """
        AcquisitionTally[14 new customers]
        month    channel           new    direct  directCost
        2024-01  partner             2         2  USD 300.00
        2024-02  paid-search        12         0  -""",
        t.toString());
    assertEquals("AcquisitionTally[empty]", AcquisitionTally.empty().toString());
  }
}
