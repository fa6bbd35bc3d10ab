package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");

  private static Money usd(String amount) {
    return Money.of("USD", amount);
  }

  // --- factories and text ---

  @Test
  void factories_agreeOnMinorUnits() {
    assertEquals(Money.ofMinor(USD, 1_250), usd("12.50"));
    assertEquals(Money.ofMinor("USD", 1_250), Money.of(USD, new BigDecimal("12.5")));
    assertEquals(Money.ofMinor(JPY, 1_200), Money.of("JPY", "1200"));
    assertEquals(Money.ofMinor(USD, 0), Money.zero(USD));
    assertEquals(new BigDecimal("12.50"), usd("12.5").amount());
  }

  @Test
  void of_withRounding_roundsToMinorUnits() {
    assertEquals(usd("2.35"), Money.of(USD, new BigDecimal("2.345"), RoundingMode.HALF_UP));
    assertEquals(usd("2.34"), Money.of(USD, new BigDecimal("2.345"), RoundingMode.HALF_EVEN));
    assertEquals(Money.of("JPY", "3"), Money.of(JPY, new BigDecimal("2.5"), RoundingMode.HALF_UP));
  }

  @Test
  void of_tooManyDecimals_throwsArithmeticException() {
    ArithmeticException cents = assertThrows(ArithmeticException.class, () -> usd("1.234"));
    assertEquals(
        "amount must have at most 2 decimals for USD, got 1.234 (round it explicitly with a"
            + " RoundingMode)",
        cents.getMessage());
    ArithmeticException yen = assertThrows(ArithmeticException.class, () -> Money.of("JPY", "1.5"));
    assertEquals(
        "amount must have at most 0 decimals for JPY, got 1.5 (round it explicitly with a"
            + " RoundingMode)",
        yen.getMessage());
    assertEquals(usd("1.23"), Money.of("USD", "1.2300"));
  }

  @Test
  void of_tooLarge_namesTheAmount() {
    ArithmeticException e =
        assertThrows(ArithmeticException.class, () -> usd("92233720368547758.08"));
    assertEquals(
        "amount must fit in a long of minor units of USD, got 92233720368547758.08",
        e.getMessage());
  }

  @Test
  void unknownCurrencyCode_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Money.ofMinor("ABC", 1));
    assertEquals("currencyCode must be an ISO 4217 code, got \"ABC\"", e.getMessage());
  }

  @Test
  void currencyWithoutMinorUnits_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Money.ofMinor(Currency.getInstance("XXX"), 1));
    assertEquals("currency must have a defined number of minor units, got XXX", e.getMessage());
  }

  @Test
  void notADecimal_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Money.of("USD", "1e3"));
    assertEquals("amount must be a plain decimal number, got \"1e3\"", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Money.of("USD", "1,000.00"));
    assertEquals("amount must be a plain decimal number, got \"1,000.00\"", e.getMessage());
  }

  @Test
  void toString_usesTheCurrencysDecimals() {
    assertEquals("USD 1234.50", usd("1234.5").toString());
    assertEquals("JPY 1200", Money.of("JPY", "1200").toString());
    assertEquals("USD -3.00", usd("-3").toString());
    assertEquals("BHD 1.250", Money.of("BHD", "1.25").toString());
  }

  @Test
  void parse_readsTheTextForm() {
    assertEquals(usd("1234.50"), Money.parse("USD 1234.5"));
    assertEquals(usd("-3.00"), Money.parse("USD -3.00"));
    assertEquals(Money.of("JPY", "1200"), Money.parse("JPY 1200"));
  }

  @Test
  void parse_malformed_namesTheText() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Money.parse("$12.50"));
    assertEquals(
        "text must be \"<ISO 4217 code> <amount>\" such as \"USD 12.50\", got \"$12.50\"",
        e.getMessage());
  }

  // --- arithmetic ---

  @Test
  void plusMinusNegated_areExact() {
    assertEquals(usd("13.75"), usd("12.50").plus(usd("1.25")));
    assertEquals(usd("11.25"), usd("12.50").minus(usd("1.25")));
    assertEquals(usd("-12.50"), usd("12.50").negated());
    assertEquals(usd("37.50"), usd("12.50").multipliedBy(3));
  }

  @Test
  void signPredicates() {
    assertTrue(usd("0").isZero());
    assertTrue(usd("-0.01").isNegative());
    assertTrue(usd("0.01").isPositive());
    assertFalse(usd("0").isPositive());
    assertFalse(usd("0").isNegative());
  }

  @Test
  void multipliedByDecimal_roundsWithTheGivenMode() {
    assertEquals(
        usd("3.33"), usd("10.00").multipliedBy(new BigDecimal("0.333"), RoundingMode.HALF_EVEN));
    assertEquals(
        usd("0.13"), usd("0.25").multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP));
    assertEquals(
        usd("0.12"), usd("0.25").multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_EVEN));
    assertThrows(
        ArithmeticException.class,
        () -> usd("0.25").multipliedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY));
  }

  @Test
  void dividedBy_roundsWithTheGivenMode() {
    assertEquals(usd("3.33"), usd("10.00").dividedBy(3, RoundingMode.HALF_EVEN));
    assertEquals(usd("3.34"), usd("10.00").dividedBy(3, RoundingMode.UP));
    assertEquals(usd("-3.33"), usd("10.00").dividedBy(-3, RoundingMode.HALF_EVEN));
    assertEquals(
        usd("4.00"), usd("10.00").dividedBy(new BigDecimal("2.5"), RoundingMode.UNNECESSARY));
    assertThrows(
        ArithmeticException.class, () -> usd("10.00").dividedBy(3, RoundingMode.UNNECESSARY));
  }

  @Test
  void dividedByZero_throwsArithmeticException() {
    ArithmeticException e =
        assertThrows(ArithmeticException.class, () -> usd("1").dividedBy(0, RoundingMode.DOWN));
    assertEquals("divisor must not be zero, got 0", e.getMessage());
    e =
        assertThrows(
            ArithmeticException.class,
            () -> usd("1").dividedBy(new BigDecimal("0.00"), RoundingMode.DOWN));
    assertEquals("divisor must not be zero, got 0.00", e.getMessage());
  }

  @Test
  void dividedByTinyDecimal_overflowNamesTheQuotient() {
    ArithmeticException e =
        assertThrows(
            ArithmeticException.class,
            () ->
                Money.ofMinor(USD, Long.MAX_VALUE)
                    .dividedBy(new BigDecimal("0.5"), RoundingMode.DOWN));
    assertEquals(
        "quotient must fit in a long of minor units, got 18446744073709551614", e.getMessage());
  }

  @Test
  void overflow_throwsArithmeticException() {
    Money max = Money.ofMinor(USD, Long.MAX_VALUE);
    Money min = Money.ofMinor(USD, Long.MIN_VALUE);
    assertThrows(ArithmeticException.class, () -> max.plus(Money.ofMinor(USD, 1)));
    assertThrows(ArithmeticException.class, () -> min.minus(Money.ofMinor(USD, 1)));
    assertThrows(ArithmeticException.class, min::negated);
    assertThrows(ArithmeticException.class, () -> max.multipliedBy(2));
    assertThrows(
        ArithmeticException.class,
        () -> max.multipliedBy(new BigDecimal("1.5"), RoundingMode.DOWN));
  }

  @Test
  void mixingCurrencies_namesBoth() {
    CurrencyMismatchException e =
        assertThrows(CurrencyMismatchException.class, () -> usd("1").plus(Money.of("EUR", "1")));
    assertEquals("currencies must match, got USD and EUR", e.getMessage());
    assertEquals(USD, e.first());
    assertEquals(EUR, e.second());
    assertThrows(CurrencyMismatchException.class, () -> usd("1").minus(Money.of("EUR", "1")));
    assertThrows(CurrencyMismatchException.class, () -> usd("1").compareTo(Money.of("EUR", "1")));
  }

  @Test
  void compare_withinOneCurrency() {
    assertTrue(usd("2").isGreaterThan(usd("1")));
    assertTrue(usd("1").isLessThan(usd("2")));
    assertFalse(usd("1").isLessThan(usd("1")));
    assertEquals(0, usd("1").compareTo(usd("1.00")));
    Money one = usd("1");
    assertSame(one, usd("2").checkSameCurrency(one));
  }

  @Test
  void convertedTo_usesTheCallersRate() {
    assertEquals(
        Money.of("EUR", "90.00"),
        usd("100").convertedTo(EUR, new BigDecimal("0.9"), RoundingMode.UNNECESSARY));
    // 1.00 USD at 151.5 JPY: 151.5 -> 152 half-even, 151 down.
    assertEquals(
        Money.of("JPY", "152"),
        usd("1").convertedTo(JPY, new BigDecimal("151.5"), RoundingMode.HALF_EVEN));
    assertEquals(
        Money.of("JPY", "151"),
        usd("1").convertedTo(JPY, new BigDecimal("151.5"), RoundingMode.DOWN));
  }

  @Test
  void convertedTo_nonPositiveRate_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> usd("1").convertedTo(EUR, BigDecimal.ZERO, RoundingMode.DOWN));
    assertEquals("rate must be > 0, got 0", e.getMessage());
  }

  // --- properties ---

  private static final Gen<Money> MONEY =
      Gen.longs(-1_000_000_000_000_000L, 1_000_000_000_000_000L).map(m -> Money.ofMinor(USD, m));

  @Test
  void property_plusIsCommutative() {
    Property.<List<Money>>named("a + b == b + a")
        .forAll(
            Gen.zip(MONEY, MONEY, List::of),
            p -> assertEquals(p.get(0).plus(p.get(1)), p.get(1).plus(p.get(0))));
  }

  @Test
  void property_plusIsAssociative() {
    Gen<List<Money>> triples = Gen.lists(MONEY, 3, 3);
    Property.<List<Money>>named("(a + b) + c == a + (b + c)")
        .forAll(
            triples,
            t ->
                assertEquals(
                    t.get(0).plus(t.get(1)).plus(t.get(2)),
                    t.get(0).plus(t.get(1).plus(t.get(2)))));
  }

  @Test
  void property_zeroIsTheIdentity() {
    Property.<Money>named("a + 0 == a == 0 + a")
        .edgeCases(Money.ofMinor(USD, Long.MAX_VALUE), Money.ofMinor(USD, Long.MIN_VALUE))
        .forAll(
            MONEY,
            a -> {
              assertEquals(a, a.plus(Money.zero(USD)));
              assertEquals(a, Money.zero(USD).plus(a));
              assertEquals(a, a.minus(Money.zero(USD)));
            });
  }

  @Test
  void property_minusIsTheInverseOfPlus() {
    Property.<List<Money>>named("(a + b) - b == a, a - a == 0, a - b == a + (-b)")
        .forAll(
            Gen.zip(MONEY, MONEY, List::of),
            p -> {
              Money a = p.get(0);
              Money b = p.get(1);
              assertEquals(a, a.plus(b).minus(b));
              assertTrue(a.minus(a).isZero());
              assertEquals(a.minus(b), a.plus(b.negated()));
            });
  }

  @Test
  void property_plusEqualsTheExactSumOrThrows() {
    Gen<Long> any = Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE);
    Gen<Long> big =
        Gen.oneOf(Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1);
    Gen<long[]> pairs =
        r ->
            r.nextBoolean()
                ? new long[] {any.next(r), any.next(r)}
                : new long[] {big.next(r), any.next(r)};
    Property.<long[]>named("plus and minus match BigInteger, and overflow throws")
        .edgeCases(
            new long[] {Long.MAX_VALUE, 1},
            new long[] {Long.MIN_VALUE, -1},
            new long[] {Long.MAX_VALUE, Long.MAX_VALUE})
        .tries(500)
        .forAll(
            pairs,
            p -> {
              Money a = Money.ofMinor(USD, p[0]);
              Money b = Money.ofMinor(USD, p[1]);
              check(BigInteger.valueOf(p[0]).add(BigInteger.valueOf(p[1])), () -> a.plus(b));
              check(BigInteger.valueOf(p[0]).subtract(BigInteger.valueOf(p[1])), () -> a.minus(b));
            });
  }

  private static void check(BigInteger exact, java.util.function.Supplier<Money> op) {
    if (exact.bitLength() < 64) {
      assertEquals(exact.longValueExact(), op.get().amountMinor());
    } else {
      assertThrows(ArithmeticException.class, op::get);
    }
  }

  @Test
  void parse_currencyWithoutMinorUnits_namesTheCurrencyNotTheDecimals() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Money.parse("XAU 5"));
    assertEquals("currency must have a defined number of minor units, got XAU", e.getMessage());
  }

  @Test
  void overflow_namesTheOperationAndTheOperands() {
    Money max = Money.ofMinor(USD, Long.MAX_VALUE);
    Money min = Money.ofMinor(USD, Long.MIN_VALUE);
    Money cent = Money.ofMinor(USD, 1);
    assertEquals(
        "amountMinor must fit in a long, got USD 92233720368547758.07 + USD 0.01",
        assertThrows(ArithmeticException.class, () -> max.plus(cent)).getMessage());
    assertEquals(
        "amountMinor must fit in a long, got USD -92233720368547758.08 - USD 0.01",
        assertThrows(ArithmeticException.class, () -> min.minus(cent)).getMessage());
    assertEquals(
        "amountMinor must fit in a long, got -(USD -92233720368547758.08)",
        assertThrows(ArithmeticException.class, min::negated).getMessage());
    assertEquals(
        "amountMinor must fit in a long, got USD 92233720368547758.07 * 2",
        assertThrows(ArithmeticException.class, () -> max.multipliedBy(2)).getMessage());
  }
}
