package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.Money;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class CacTallyTest {
  static final Currency USD = Currency.getInstance("USD");

  @Test
  void plus_addsSpendAndCustomers_zeroIsTheIdentity() {
    CacTally a = new CacTally(Money.of("USD", "100"), 2);
    CacTally b = new CacTally(Money.of("USD", "50"), 3);
    assertEquals(new CacTally(Money.of("USD", "150"), 5), a.plus(b));
    assertEquals(a, a.plus(CacTally.zero(USD)));
    assertEquals(Money.of("USD", "30"), a.plus(b).cac(RoundingMode.HALF_EVEN).orElseThrow());
  }

  @Test
  void cac_noCustomer_isUndefined() {
    assertEquals(
        "undefined (no new customers: the spend of USD 0.00 bought nobody)",
        CacTally.zero(USD).cac(RoundingMode.HALF_EVEN).toString());
  }

  @Test
  void plus_mixedCurrencies_throwCurrencyMismatch() {
    assertThrows(
        CurrencyMismatchException.class,
        () -> CacTally.zero(USD).plus(CacTally.zero(Currency.getInstance("EUR"))));
  }

  @Test
  void constructor_negativeParts_nameFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new CacTally(Money.of("USD", "-1"), 0));
    assertEquals("spend must be >= 0, got USD -1.00", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new CacTally(Money.of("USD", "1"), -1));
    assertEquals("newCustomerCount must be >= 0, got -1", e.getMessage());
  }

  @Test
  void toString_readsAsAFraction() {
    assertEquals(
        "USD 445000.00 / 50 new customers", new CacTally(Money.of("USD", "445000"), 50).toString());
    assertEquals("USD 1.00 / 1 new customer", new CacTally(Money.of("USD", "1"), 1).toString());
  }
}
