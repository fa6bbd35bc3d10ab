package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.model.AcquisitionSpend;
import dev.icpmetrics.model.Channel;
import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.SpendKind;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacTest {

  @Test
  void blended_referenceExample_is8900() {
    // REFERENCES §7: $445,000 of sales and marketing spend, 50 new customers.
    assertEquals(
        MetricResult.of(Money.of("USD", "8900.00")),
        Cac.blended(Money.of("USD", "445000"), 50, RoundingMode.HALF_EVEN));
  }

  @Test
  void blended_roundsWithTheCallersMode() {
    assertEquals(
        Money.of("USD", "33.34"),
        Cac.blended(Money.of("USD", "100"), 3, RoundingMode.UP).orElseThrow());
  }

  @Test
  void blended_noNewCustomers_isUndefinedNotInfinite() {
    assertEquals(
        "undefined (no new customers: the spend of USD 500.00 bought nobody)",
        Cac.blended(Money.of("USD", "500"), 0, RoundingMode.HALF_EVEN).toString());
  }

  @Test
  void blended_negativeInput_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Cac.blended(Money.of("USD", "-5"), 1, RoundingMode.HALF_EVEN));
    assertEquals("spend must be >= 0, got USD -5.00", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Cac.blended(Money.of("USD", "5"), -1, RoundingMode.HALF_EVEN));
    assertEquals("newCustomers must be >= 0, got -1", e.getMessage());
  }

  static final RoundingMode HALF_EVEN = RoundingMode.HALF_EVEN;
  static final YearMonth JAN = YearMonth.of(2024, 1);
  static final YearMonth FEB = YearMonth.of(2024, 2);
  static final YearMonth MAR = YearMonth.of(2024, 3);
  static final YearMonth APR = YearMonth.of(2024, 4);
  static final Channel SEARCH = Channel.of("paid-search");
  static final Channel OUTBOUND = Channel.of("outbound");

  static AcquisitionSpend spend(YearMonth m, Channel c, String amount, SpendKind kind) {
    return new AcquisitionSpend(m, c, Money.of("USD", amount), kind);
  }

  /**
   * A first quarter whose ledger sums to USD 445,000 (REFERENCES §7): paid media 60,000 + 70,000 +
   * 80,000 = 210,000 on paid-search; loaded cost 75,000 + 80,000 + 80,000 = 235,000 on outbound.
   */
  static final List<AcquisitionSpend> QUARTER =
      List.of(
          spend(JAN, SEARCH, "60000", SpendKind.PAID_MEDIA),
          spend(FEB, SEARCH, "70000", SpendKind.PAID_MEDIA),
          spend(MAR, SEARCH, "80000", SpendKind.PAID_MEDIA),
          spend(JAN, OUTBOUND, "75000", SpendKind.FULLY_LOADED),
          spend(FEB, OUTBOUND, "80000", SpendKind.FULLY_LOADED),
          spend(MAR, OUTBOUND, "80000", SpendKind.FULLY_LOADED),
          // outside the window: April's spend buys April's customers
          spend(APR, SEARCH, "99999", SpendKind.PAID_MEDIA));

  /** 50 new customers in the quarter: 30 through paid-search, 20 outbound; 7 more in April. */
  static final AcquisitionTally NEW_CUSTOMERS =
      AcquisitionTally.builder()
          .add(JAN, SEARCH, 10)
          .add(FEB, SEARCH, 8)
          .add(MAR, SEARCH, 12)
          .add(JAN, OUTBOUND, 5)
          .add(FEB, OUTBOUND, 7)
          .addWithDirectCost(MAR, OUTBOUND, 8, Money.of("USD", "4000"))
          .add(APR, SEARCH, 7)
          .build();

  @Test
  void blendedLedger_referenceExample_cac8900AndPayback7_42() {
    // REFERENCES §7: $445,000 of spend, 50 new customers -> CAC $8,900; at $2,000 ARPA a month
    // and 60% margin, 8,900 / (2,000 x 0.6) = 7.42 months.
    CacResult r = Cac.blended(QUARTER, NEW_CUSTOMERS, CacPolicy.fullyLoaded(), JAN, APR, HALF_EVEN);
    assertEquals(Money.of("USD", "445000"), r.spend());
    assertEquals(50, r.newCustomerCount());
    assertEquals(Money.of("USD", "8900.00"), r.cac().orElseThrow());
    PaybackPeriod p = Payback.months(r.cac().orElseThrow(), Money.of("USD", "2000"), 0.6);
    assertEquals(7.42, p.months().orElseThrow(), 0.005);
  }

  @Test
  void blendedLedger_paidOnly_countsPaidMediaEntriesOnly() {
    // 210,000 of paid media over all 50 new customers = 4,200.
    CacResult r = Cac.blended(QUARTER, NEW_CUSTOMERS, CacPolicy.paidOnly(), JAN, APR, HALF_EVEN);
    assertEquals(Money.of("USD", "210000"), r.spend());
    assertEquals(Money.of("USD", "4200"), r.cac().orElseThrow());
    assertEquals(CacPolicy.paidOnly(), r.policy());
  }

  @Test
  void byChannel_eachChannelsSpendOverItsOwnCustomers() {
    Map<Channel, CacResult> m =
        Cac.byChannel(QUARTER, NEW_CUSTOMERS, CacPolicy.fullyLoaded(), JAN, APR, HALF_EVEN);
    assertEquals(List.of(OUTBOUND, SEARCH), List.copyOf(m.keySet()));
    // outbound: 235,000 / 20 = 11,750; paid-search: 210,000 / 30 = 7,000. Direct costs are part of
    // the ledger spend and do not change a channel's CAC.
    assertEquals(Money.of("USD", "11750"), requireNonNull(m.get(OUTBOUND)).cac().orElseThrow());
    assertEquals(Money.of("USD", "7000"), requireNonNull(m.get(SEARCH)).cac().orElseThrow());
  }

  @Test
  void byChannel_spendWithoutCustomers_isUndefined_customersWithoutSpend_costZero() {
    List<AcquisitionSpend> ledger = List.of(spend(JAN, SEARCH, "500", SpendKind.PAID_MEDIA));
    AcquisitionTally organic =
        AcquisitionTally.builder().add(JAN, Channel.of("organic"), 4).build();
    Map<Channel, CacResult> m =
        Cac.byChannel(ledger, organic, CacPolicy.paidOnly(), JAN, FEB, HALF_EVEN);
    assertEquals(
        "undefined (no new customers: the spend of USD 500.00 bought nobody)",
        requireNonNull(m.get(SEARCH)).cac().toString());
    assertEquals(
        Money.of("USD", "0"), requireNonNull(m.get(Channel.of("organic"))).cac().orElseThrow());
  }

  @Test
  void blendedLedger_lagOfOneMonth_paysForEachMonthsCustomersWithThePriorMonthsSpend() {
    // Lag 1, window Feb..Apr: customers of Feb, Mar (8 + 12 + 7 + 8 = 35 over both channels)
    // are paid for by the spend of Jan and Feb: 60,000 + 70,000 + 75,000 + 80,000 = 285,000.
    CacResult r =
        Cac.blended(
            QUARTER, NEW_CUSTOMERS, CacPolicy.fullyLoaded().withLagMonths(1), FEB, APR, HALF_EVEN);
    assertEquals(Money.of("USD", "285000"), r.spend());
    assertEquals(35, r.newCustomerCount());
    assertEquals(Money.of("USD", "8142.86"), r.cac().orElseThrow());
    assertEquals(
        "CAC USD 8142.86 = USD 285000.00 / 35 new customers (2024-02..2024-03, fully loaded,"
            + " lag 1 month)",
        r.toString());
  }

  @Test
  void blendedLedger_noNewCustomers_isUndefinedNeverInfinite() {
    CacResult r =
        Cac.blended(
            QUARTER, AcquisitionTally.empty(), CacPolicy.fullyLoaded(), JAN, FEB, HALF_EVEN);
    assertEquals(Money.of("USD", "135000"), r.spend());
    assertEquals(
        "undefined (no new customers: the spend of USD 135000.00 bought nobody)",
        r.cac().toString());
  }

  @Test
  void blendedLedger_mixedCurrencies_throwCurrencyMismatch() {
    List<AcquisitionSpend> ledger =
        List.of(
            spend(JAN, SEARCH, "1", SpendKind.PAID_MEDIA),
            new AcquisitionSpend(JAN, SEARCH, Money.of("EUR", "1"), SpendKind.PAID_MEDIA));
    CurrencyMismatchException e =
        assertThrows(
            CurrencyMismatchException.class,
            () -> Cac.blended(ledger, NEW_CUSTOMERS, CacPolicy.fullyLoaded(), JAN, FEB, HALF_EVEN));
    assertEquals("currencies must match, got USD and EUR", e.getMessage());
  }

  @Test
  void ledgerEntry_negativeAmount_isRejectedByTheModel() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> spend(JAN, SEARCH, "-1", SpendKind.PAID_MEDIA));
    assertEquals("amount must be >= 0, got USD -1.00", e.getMessage());
  }

  @Test
  void blendedLedger_emptyLedgerOrWindow_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Cac.blended(
                    List.of(), NEW_CUSTOMERS, CacPolicy.fullyLoaded(), JAN, FEB, HALF_EVEN));
    assertEquals(
        "ledger must not be empty (its entries fix the currency of the spend), got []",
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Cac.byChannel(
                    QUARTER, NEW_CUSTOMERS, CacPolicy.fullyLoaded(), FEB, JAN, HALF_EVEN));
    assertEquals("to must be after from 2024-02, got 2024-01", e.getMessage());
  }
}
