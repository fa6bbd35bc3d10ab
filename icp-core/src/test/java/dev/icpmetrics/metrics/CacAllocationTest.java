package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.model.AcquisitionSpend;
import dev.icpmetrics.model.Channel;
import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.SpendKind;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacAllocationTest {
  static final YearMonth MAR = YearMonth.of(2024, 3);
  static final YearMonth APR = YearMonth.of(2024, 4);
  static final Channel SEARCH = Channel.of("paid-search");
  static final Channel PARTNER = Channel.of("partner");

  static Money usd(String amount) {
    return Money.of("USD", amount);
  }

  static AcquisitionSpend spend(YearMonth m, Channel c, String amount, SpendKind kind) {
    return new AcquisitionSpend(m, c, usd(amount), kind);
  }

  /**
   * The worked example, by hand. March 2024, fully loaded, no lag.
   *
   * <pre>
   * ledger:    paid-search  PAID_MEDIA 10,000 + FULLY_LOADED 2,000 = 12,000
   *            partner      FULLY_LOADED 5,000                    =  5,000   total 17,000
   * customers: paid-search  SMB 3, ENT 1, no direct cost
   *            partner      SMB 2 without direct cost, ENT 1 with a direct cost of 2,000
   *
   * paid-search: no direct cost; 12,000 split 3:1      -> SMB 9,000, ENT 3,000
   * partner:     ENT's direct cost 2,000 first; the net 5,000 - 2,000 = 3,000 is split across
   *              the customers without a direct cost, all SMB -> SMB 3,000, ENT 0 (+2,000 direct)
   * SMB: 9,000 + 3,000 = 12,000 over 5 customers = CAC 2,400
   * ENT: 3,000 + 2,000 =  5,000 over 2 customers = CAC 2,500      12,000 + 5,000 = 17,000
   * </pre>
   */
  static Map<String, AcquisitionTally> example() {
    Map<String, AcquisitionTally> m = new LinkedHashMap<>();
    m.put("SMB", AcquisitionTally.builder().add(MAR, SEARCH, 3).add(MAR, PARTNER, 2).build());
    m.put(
        "ENT",
        AcquisitionTally.builder()
            .add(MAR, SEARCH, 1)
            .addWithDirectCost(MAR, PARTNER, 1, usd("2000"))
            .build());
    return m;
  }

  static final List<AcquisitionSpend> LEDGER =
      List.of(
          spend(MAR, SEARCH, "10000", SpendKind.PAID_MEDIA),
          spend(MAR, SEARCH, "2000", SpendKind.FULLY_LOADED),
          spend(MAR, PARTNER, "5000", SpendKind.FULLY_LOADED));

  @Test
  void allocate_handExample_directCostFirstThenShareOfCustomersWithout() {
    CacAllocation<String> a =
        CacAllocation.allocate(example(), LEDGER, CacPolicy.fullyLoaded(), MAR, APR);
    assertEquals(new CacTally(usd("12000"), 5), a.segments().get("SMB"));
    assertEquals(new CacTally(usd("5000"), 2), a.segments().get("ENT"));
    assertEquals(usd("2400"), a.cac("SMB", RoundingMode.HALF_EVEN).orElseThrow());
    assertEquals(usd("2500"), a.cac("ENT", RoundingMode.HALF_EVEN).orElseThrow());
    assertEquals(usd("17000"), a.totalSpend());
    assertEquals(usd("0"), a.unallocatedSpend());
    assertEquals(List.of("SMB", "ENT"), List.copyOf(a.segments().keySet()));
  }

  @Test
  void allocate_paidOnly_directCostAboveTheChannelsPaidSpend_isRejectedWithTheRule() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CacAllocation.allocate(example(), LEDGER, CacPolicy.paidOnly(), MAR, APR));
    assertEquals(
        "direct costs of channel partner in 2024-03 must be <= the channel's spend under the"
            + " policy (paid only, lag 0 months) USD 0.00, got USD 2000.00: direct costs are"
            + " part of the ledger spend",
        e.getMessage());
  }

  @Test
  void allocate_remainderUnits_goToTheLargestRemainder_andSumExactly() {
    // USD 100.00 = 10,000 cents split 2:1: exact shares 6,666.67 and 3,333.33; floors 6,666 and
    // 3,333 leave one cent, which goes to the larger remainder (2/3 > 1/3): 6,667 and 3,333.
    Map<String, AcquisitionTally> m = new LinkedHashMap<>();
    m.put("a", AcquisitionTally.builder().add(MAR, SEARCH, 1).build());
    m.put("b", AcquisitionTally.builder().add(MAR, SEARCH, 2).build());
    CacAllocation<String> a =
        CacAllocation.allocate(
            m,
            List.of(spend(MAR, SEARCH, "100", SpendKind.PAID_MEDIA)),
            CacPolicy.paidOnly(),
            MAR,
            APR);
    assertEquals(usd("33.33"), a.segment("a").orElseThrow().spend());
    assertEquals(usd("66.67"), a.segment("b").orElseThrow().spend());
  }

  @Test
  void allocate_tiedRemainders_goToTheEarlierSegmentInMapOrder() {
    // USD 0.02 over three equal segments: each exact share is 0.666 cents; floors 0 leave 2 cents,
    // and the remainders tie, so the first two segments in map order take one each.
    Map<String, AcquisitionTally> m = new LinkedHashMap<>();
    for (String k : List.of("z", "y", "x")) {
      m.put(k, AcquisitionTally.builder().add(MAR, SEARCH, 1).build());
    }
    CacAllocation<String> a =
        CacAllocation.allocate(
            m,
            List.of(spend(MAR, SEARCH, "0.02", SpendKind.PAID_MEDIA)),
            CacPolicy.paidOnly(),
            MAR,
            APR);
    assertEquals(usd("0.01"), a.segment("z").orElseThrow().spend());
    assertEquals(usd("0.01"), a.segment("y").orElseThrow().spend());
    assertEquals(usd("0.00"), a.segment("x").orElseThrow().spend());
  }

  @Test
  void allocate_everyCustomerHasADirectCost_netSpendSplitByTheirCount() {
    // partner spend 900; A: 1 customer at direct cost 100, B: 2 customers at 200 in total.
    // Net 900 - 300 = 600 has nobody without a direct cost, so it is split 1:2 over all of them:
    // A 100 + 200 = 300, B 200 + 400 = 600.
    Map<String, AcquisitionTally> m = new LinkedHashMap<>();
    m.put("A", AcquisitionTally.builder().addWithDirectCost(MAR, PARTNER, 1, usd("100")).build());
    m.put("B", AcquisitionTally.builder().addWithDirectCost(MAR, PARTNER, 2, usd("200")).build());
    CacAllocation<String> a =
        CacAllocation.allocate(
            m,
            List.of(spend(MAR, PARTNER, "900", SpendKind.FULLY_LOADED)),
            CacPolicy.fullyLoaded(),
            MAR,
            APR);
    assertEquals(new CacTally(usd("300"), 1), a.segments().get("A"));
    assertEquals(new CacTally(usd("600"), 2), a.segments().get("B"));
  }

  @Test
  void allocate_spendOfACellWithNoCustomer_isUnallocatedAndStillInTheTotal() {
    List<AcquisitionSpend> ledger =
        List.of(
            spend(MAR, SEARCH, "300", SpendKind.PAID_MEDIA),
            spend(MAR, Channel.of("events"), "700", SpendKind.PAID_MEDIA));
    Map<String, AcquisitionTally> m =
        Map.of("only", AcquisitionTally.builder().add(MAR, SEARCH, 3).build());
    CacAllocation<String> a = CacAllocation.allocate(m, ledger, CacPolicy.paidOnly(), MAR, APR);
    assertEquals(new CacTally(usd("300"), 3), a.segments().get("only"));
    assertEquals(usd("700"), a.unallocatedSpend());
    assertEquals(usd("1000"), a.totalSpend());
    assertEquals(usd("300"), a.allocatedSpend());
  }

  @Test
  void allocate_segmentWithoutCustomersInTheWindow_hasZeroTallyAndUndefinedCac() {
    Map<String, AcquisitionTally> m = new LinkedHashMap<>();
    m.put("now", AcquisitionTally.builder().add(MAR, SEARCH, 2).build());
    m.put("later", AcquisitionTally.builder().add(APR, SEARCH, 2).build());
    CacAllocation<String> a =
        CacAllocation.allocate(
            m,
            List.of(spend(MAR, SEARCH, "50", SpendKind.PAID_MEDIA)),
            CacPolicy.paidOnly(),
            MAR,
            APR);
    assertEquals(CacTally.zero(usd("0").currency()), a.segments().get("later"));
    assertEquals(
        "undefined (no new customers: the spend of USD 0.00 bought nobody)",
        a.cac("later", RoundingMode.HALF_EVEN).toString());
  }

  @Test
  void allocate_withLag_customersOfAprilArePaidByMarchSpend() {
    // Lag 1: April's customers are bought by March's spend; April's own spend pays for May.
    List<AcquisitionSpend> ledger =
        List.of(
            spend(MAR, SEARCH, "600", SpendKind.PAID_MEDIA),
            spend(APR, SEARCH, "9999", SpendKind.PAID_MEDIA));
    Map<String, AcquisitionTally> m =
        Map.of("s", AcquisitionTally.builder().add(APR, SEARCH, 3).build());
    CacAllocation<String> a =
        CacAllocation.allocate(
            m, ledger, CacPolicy.paidOnly().withLagMonths(1), APR, APR.plusMonths(1));
    assertEquals(new CacTally(usd("600"), 3), a.segments().get("s"));
    assertEquals(usd("600"), a.totalSpend());
  }

  @Test
  void allocate_mixedCurrencies_throwCurrencyMismatch() {
    List<AcquisitionSpend> ledger =
        List.of(
            spend(MAR, SEARCH, "600", SpendKind.PAID_MEDIA),
            new AcquisitionSpend(MAR, SEARCH, Money.of("EUR", "5"), SpendKind.PAID_MEDIA));
    Map<String, AcquisitionTally> m =
        Map.of("s", AcquisitionTally.builder().add(MAR, SEARCH, 3).build());
    assertThrows(
        CurrencyMismatchException.class,
        () -> CacAllocation.allocate(m, ledger, CacPolicy.paidOnly(), MAR, APR));
    Map<String, AcquisitionTally> eur =
        Map.of(
            "s",
            AcquisitionTally.builder()
                .addWithDirectCost(MAR, SEARCH, 1, Money.of("EUR", "5"))
                .build());
    assertThrows(
        CurrencyMismatchException.class,
        () -> CacAllocation.allocate(eur, LEDGER, CacPolicy.fullyLoaded(), MAR, APR));
  }

  @Test
  void allocate_emptyLedger_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CacAllocation.allocate(example(), List.of(), CacPolicy.fullyLoaded(), MAR, APR));
    assertEquals(
        "ledger must not be empty (its entries fix the currency of the spend), got []",
        e.getMessage());
  }

  @Test
  void allocate_emptyWindow_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CacAllocation.allocate(example(), LEDGER, CacPolicy.fullyLoaded(), MAR, MAR));
    assertEquals("to must be after from 2024-03, got 2024-03", e.getMessage());
  }

  @Test
  void constructor_partsNotAddingUp_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new CacAllocation<>(
                    Map.of("s", new CacTally(usd("10"), 1)),
                    usd("12"),
                    usd("1"),
                    CacPolicy.fullyLoaded(),
                    MAR,
                    APR));
    assertEquals(
        "segments and unallocatedSpend must add up to totalSpend USD 12.00, got USD 11.00",
        e.getMessage());
  }

  @Test
  void cac_unknownSegment_namesFieldAndValue() {
    CacAllocation<String> a =
        CacAllocation.allocate(example(), LEDGER, CacPolicy.fullyLoaded(), MAR, APR);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> a.cac("MM", RoundingMode.HALF_EVEN));
    assertEquals("segment must be one of [SMB, ENT], got MM", e.getMessage());
    assertEquals(java.util.Optional.empty(), a.segment("MM"));
  }

  @Test
  void toString_isAnAlignedTable() {
    CacAllocation<String> a =
        CacAllocation.allocate(example(), LEDGER, CacPolicy.fullyLoaded(), MAR, APR);
    assertEquals(
        """
        CacAllocation[2024-03..2024-03, fully loaded, lag 0 months]
        segment                   spend       new  CAC
        SMB                USD 12000.00         5  USD 2400.00
        ENT                 USD 5000.00         2  USD 2500.00
        unallocated            USD 0.00
        total              USD 17000.00         7""",
        a.toString());
  }
}
