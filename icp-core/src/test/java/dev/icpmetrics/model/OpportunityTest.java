package dev.icpmetrics.model;

import static dev.icpmetrics.model.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class OpportunityTest {

  private static Opportunity open() {
    return Opportunity.open(
        "o-1", Fixtures.acme(), Fixtures.vpSales(), Channel.of("outbound"), day(2024, 1, 10));
  }

  @Test
  void open_hasNoClosedDate() {
    Opportunity o = open();
    assertEquals(OpportunityOutcome.OPEN, o.outcome());
    assertEquals(Optional.empty(), o.closed());
    assertEquals(OptionalLong.empty(), o.daysToClose());
    assertFalse(o.isWon());
  }

  @Test
  void closedAs_setsOutcomeAndDaysToClose() {
    Opportunity o = open().closedAs(OpportunityOutcome.WON, day(2024, 2, 9));
    assertTrue(o.isWon());
    assertEquals(Optional.of(day(2024, 2, 9)), o.closed());
    assertEquals(OptionalLong.of(30), o.daysToClose());
    assertEquals(
        o,
        Opportunity.closed(
            "o-1",
            Fixtures.acme(),
            Fixtures.vpSales(),
            Channel.of("outbound"),
            day(2024, 1, 10),
            OpportunityOutcome.WON,
            day(2024, 2, 9)));
  }

  @Test
  void closedOnTheCreatedDay_isAllowed() {
    assertEquals(
        OptionalLong.of(0),
        open().closedAs(OpportunityOutcome.LOST, day(2024, 1, 10)).daysToClose());
  }

  @Test
  void closedBeforeCreated_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> open().closedAs(OpportunityOutcome.LOST, day(2024, 1, 9)));
    assertEquals("closed must be on or after created 2024-01-10, got 2024-01-09", e.getMessage());
  }

  @Test
  void openWithAClosedDate_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> open().closedAs(OpportunityOutcome.OPEN, day(2024, 2, 1)));
    assertEquals("closed must be empty for an OPEN opportunity, got 2024-02-01", e.getMessage());
  }

  @Test
  void closingTwice_isMisuse() {
    Opportunity won = open().closedAs(OpportunityOutcome.WON, day(2024, 2, 9));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> won.closedAs(OpportunityOutcome.LOST, day(2024, 3, 1)));
    assertEquals("closedAs needs an OPEN opportunity, got WON on 2024-02-09", e.getMessage());
  }

  @Test
  void blankId_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Opportunity.open(
                    "", Fixtures.acme(), Fixtures.vpSales(), Channel.of("x"), day(2024, 1, 1)));
    assertEquals("id must not be blank, got \"\"", e.getMessage());
  }

  @Test
  void toString_isOneLine() {
    assertEquals("Opportunity[o-1 Acme via outbound, 2024-01-10.. OPEN]", open().toString());
    assertEquals(
        "Opportunity[o-1 Acme via outbound, 2024-01-10..2024-02-09 WON]",
        open().closedAs(OpportunityOutcome.WON, day(2024, 2, 9)).toString());
  }
}
