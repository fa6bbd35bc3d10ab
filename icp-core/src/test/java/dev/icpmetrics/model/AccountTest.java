package dev.icpmetrics.model;

import static dev.icpmetrics.model.Fixtures.day;
import static dev.icpmetrics.model.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final SubscriptionLifecycle LIFE =
      SubscriptionLifecycle.acquiredOn(day(2024, 1, 15)).churnedOn(day(2024, 7, 1));
  private static final MrrHistory MRR =
      MrrHistory.startingAt(day(2024, 1, 15), usd("500")).with(day(2024, 4, 1), usd("600"));

  private static Account account() {
    return Account.of("a-1", Fixtures.acme(), LIFE, MRR, Acquisition.via("outbound"));
  }

  @Test
  void javadocExample_builds() {
    Company acme = Fixtures.acme();
    BuyerPersona vpSales = Fixtures.vpSales();
    Account a =
        Account.of(
                "a-1",
                acme,
                SubscriptionLifecycle.acquiredOn(LocalDate.of(2024, 1, 15)),
                MrrHistory.startingAt(LocalDate.of(2024, 1, 15), Money.of("USD", "500")),
                Acquisition.via("outbound").withSalesCycleDays(45))
            .withPersonas(vpSales)
            .withInsights(Insights.empty().withPainPoints(Tag.of("Manual reporting")));
    assertEquals(usd("500"), a.mrrOn(day(2024, 2, 1)));
    assertEquals(Optional.of(vpSales), a.primaryPersona());
  }

  @Test
  void mrrOn_isTheHistoryWhileActive_andZeroOtherwise() {
    Account a = account();
    assertEquals(usd("0"), a.mrrOn(day(2024, 1, 14)));
    assertEquals(usd("500"), a.mrrOn(day(2024, 1, 15)));
    assertEquals(usd("600"), a.mrrOn(day(2024, 6, 30)));
    assertEquals(usd("0"), a.mrrOn(day(2024, 7, 1)));
    assertTrue(a.isActiveOn(day(2024, 6, 30)));
    assertFalse(a.isActiveOn(day(2024, 7, 1)));
  }

  @Test
  void withers_setPersonasAndInsights() {
    Insights i = Insights.empty().withPainPoints(Tag.of("Manual reporting"));
    Account a = account().withPersonas(Fixtures.vpSales()).withInsights(i);
    assertEquals(List.of(Fixtures.vpSales()), a.personas());
    assertEquals(Optional.of(Fixtures.vpSales()), a.primaryPersona());
    assertEquals(Optional.empty(), account().primaryPersona());
    assertEquals(i, a.insights());
  }

  @Test
  void personas_areCopied() {
    List<BuyerPersona> list = new ArrayList<>(List.of(Fixtures.vpSales()));
    Account a =
        new Account(
            "a-1", Fixtures.acme(), list, LIFE, MRR, Acquisition.via("outbound"), Insights.empty());
    list.clear();
    assertEquals(1, a.personas().size());
    assertThrows(UnsupportedOperationException.class, () -> a.personas().clear());
  }

  @Test
  void mrrChangeBeforeAcquired_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> account().withMrrHistory(MrrHistory.startingAt(day(2023, 12, 1), usd("500"))));
    assertEquals(
        "mrrHistory must start on or after acquired 2024-01-15, got a change on 2023-12-01",
        e.getMessage());
  }

  @Test
  void directCostInAnotherCurrency_isRejectedNamingBoth() {
    CurrencyMismatchException e =
        assertThrows(
            CurrencyMismatchException.class,
            () ->
                Account.of(
                    "a-1",
                    Fixtures.acme(),
                    LIFE,
                    MRR,
                    Acquisition.via("outbound").withDirectCost(Money.of("EUR", "10"))));
    assertEquals("currencies must match, got USD and EUR", e.getMessage());
  }

  @Test
  void blankId_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Account.of(" ", Fixtures.acme(), LIFE, MRR, Acquisition.via("outbound")));
    assertEquals("id must not be blank, got \" \"", e.getMessage());
  }

  @Test
  void toString_isOneLine() {
    assertEquals(
        "Account[a-1 Acme, 2024-01-15..2024-07-01, MRR[USD: 2024-01-15: USD 500.00, 2024-04-01:"
            + " USD 600.00], Acquisition[outbound], personas=1]",
        account().withPersonas(Fixtures.vpSales()).toString());
  }
}
