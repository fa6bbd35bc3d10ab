package dev.icpmetrics.model;

import static dev.icpmetrics.model.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AcquisitionTest {

  @Test
  void via_thenWithers_setTheOptionalFields() {
    Acquisition a =
        Acquisition.via("Paid Search")
            .withCampaign(" Q1 brand ")
            .withDirectCost(usd("120"))
            .withSalesCycleDays(30);
    assertEquals(Channel.of("paid-search"), a.channel());
    assertEquals(Optional.of("Q1 brand"), a.campaign());
    assertEquals(Optional.of(usd("120")), a.directCost());
    assertEquals(OptionalInt.of(30), a.salesCycleDays());
  }

  @Test
  void via_leavesTheRestUnknown() {
    Acquisition a = Acquisition.via(Channel.of("outbound"));
    assertEquals(Optional.empty(), a.campaign());
    assertEquals(Optional.empty(), a.directCost());
    assertEquals(OptionalInt.empty(), a.salesCycleDays());
  }

  @Test
  void equality_comparesEveryField() {
    assertEquals(Acquisition.via("outbound"), Acquisition.via("Outbound"));
    assertEquals(Acquisition.via("outbound").hashCode(), Acquisition.via("Outbound").hashCode());
    assertNotEquals(Acquisition.via("outbound"), Acquisition.via("outbound").withSalesCycleDays(0));
  }

  @Test
  void negativeDirectCost_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Acquisition.via("outbound").withDirectCost(usd("-5")));
    assertEquals("directCost must be >= 0, got USD -5.00", e.getMessage());
  }

  @Test
  void negativeSalesCycle_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Acquisition.via("outbound").withSalesCycleDays(-1));
    assertEquals("salesCycleDays must be >= 0, got -1", e.getMessage());
  }

  @Test
  void blankCampaign_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Acquisition.via("outbound").withCampaign(""));
    assertEquals("campaign must not be blank, got \"\"", e.getMessage());
  }

  @Test
  void toString_listsTheKnownFields() {
    assertEquals(
        "Acquisition[paid-search, campaign=Q1 brand, cost=USD 120.00, cycle=30d]",
        Acquisition.via("paid-search")
            .withCampaign("Q1 brand")
            .withDirectCost(usd("120"))
            .withSalesCycleDays(30)
            .toString());
    assertEquals("Acquisition[outbound]", Acquisition.via("outbound").toString());
  }
}
