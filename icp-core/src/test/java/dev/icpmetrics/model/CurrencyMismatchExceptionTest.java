package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class CurrencyMismatchExceptionTest {

  @Test
  void message_namesBothCurrencies_andItIsAnIllegalArgument() {
    CurrencyMismatchException e =
        new CurrencyMismatchException(Currency.getInstance("GBP"), Currency.getInstance("JPY"));
    assertEquals("currencies must match, got GBP and JPY", e.getMessage());
    assertEquals(Currency.getInstance("GBP"), e.first());
    assertEquals(Currency.getInstance("JPY"), e.second());
    assertInstanceOf(IllegalArgumentException.class, e);
  }
}
