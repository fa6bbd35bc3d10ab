package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.SizePolicy.Boundary;
import dev.icpmetrics.model.SizePolicy.ConflictRule;
import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SizePolicyTest {

  private static final SizePolicy GUIDE = SizePolicy.guide();

  private static Money usd(String amount) {
    return Money.of("USD", amount);
  }

  private static Money eur(String amount) {
    return Money.of("EUR", amount);
  }

  private static String employees(SizePolicy p, long n) {
    return p.byEmployees(n).name();
  }

  // --- the guide's boundaries (REFERENCES.md section 8): lower bounds are inclusive ---

  @Test
  void guide_revenueBoundaries_fiftyMillionAndOneBillionStartTheLargerBand() {
    assertEquals("SMB", GUIDE.byRevenue(usd("49999999.99")).name());
    assertEquals("Mid-market", GUIDE.byRevenue(usd("50000000.00")).name());
    assertEquals("Mid-market", GUIDE.byRevenue(usd("999999999.99")).name());
    assertEquals("Enterprise", GUIDE.byRevenue(usd("1000000000.00")).name());
    assertEquals("SMB", GUIDE.byRevenue(usd("0")).name());
  }

  @Test
  void guide_employeeBoundaries_500And2000StartTheLargerBand() {
    assertEquals("SMB", employees(GUIDE, 499));
    assertEquals("Mid-market", employees(GUIDE, 500));
    assertEquals("Mid-market", employees(GUIDE, 1_999));
    assertEquals("Enterprise", employees(GUIDE, 2_000));
    assertEquals("SMB", employees(GUIDE, 0));
  }

  @Test
  void guideVariant_100And1000Employees() {
    SizePolicy p = SizePolicy.guideEmployees100And1000();
    assertEquals("SMB", employees(p, 99));
    assertEquals("Mid-market", employees(p, 100));
    assertEquals("Mid-market", employees(p, 999));
    assertEquals("Enterprise", employees(p, 1_000));
    assertTrue(!p.usesRevenue());
  }

  @Test
  void linkedIn_bandsMatchTheirLabels() {
    SizePolicy p = SizePolicy.linkedInHeadcount();
    long[][] cases = {
      {0, 0},
      {1, 0},
      {10, 0},
      {11, 1},
      {50, 1},
      {51, 2},
      {200, 2},
      {201, 3},
      {500, 3},
      {501, 4},
      {1_000, 4},
      {1_001, 5},
      {5_000, 5},
      {5_001, 6},
      {10_000, 6},
      {10_001, 7},
      {1_000_000, 7}
    };
    for (long[] c : cases) {
      assertEquals((int) c[1], p.byEmployees(c[0]).ordinal(), "employees " + c[0]);
    }
    assertEquals(
        List.of(
            "1-10",
            "11-50",
            "51-200",
            "201-500",
            "501-1,000",
            "1,001-5,000",
            "5,001-10,000",
            "10,001+"),
        p.bands().stream().map(SizeBand::name).toList());
  }

  @Test
  void euSme_employeesBelowTheCeiling_turnoverAtMostTheCeiling() {
    SizePolicy p = SizePolicy.euSme();
    assertEquals("Micro", employees(p, 9));
    assertEquals("Small", employees(p, 10));
    assertEquals("Small", employees(p, 49));
    assertEquals("Medium", employees(p, 50));
    assertEquals("Medium", employees(p, 249));
    assertEquals("Large", employees(p, 250));
    assertEquals("Micro", p.byRevenue(eur("2000000.00")).name());
    assertEquals("Small", p.byRevenue(eur("2000000.01")).name());
    assertEquals("Small", p.byRevenue(eur("10000000.00")).name());
    assertEquals("Medium", p.byRevenue(eur("10000000.01")).name());
    assertEquals("Medium", p.byRevenue(eur("50000000.00")).name());
    assertEquals("Large", p.byRevenue(eur("50000000.01")).name());
  }

  @Test
  void euSme_bothCeilingsMustHold_soTheLargerBandWins() {
    SizePolicy p = SizePolicy.euSme();
    assertEquals(ConflictRule.LARGER, p.conflictRule());
    assertEquals("Small", p.of(5, eur("3000000")).name());
    assertEquals("Medium", p.of(60, eur("1000000")).name());
  }

  // --- conflicts and unknowns ---

  @Test
  void conflictRules_decideWhenRevenueAndEmployeesDisagree() {
    // 100 employees (SMB) and USD 2B revenue (Enterprise).
    assertEquals("Enterprise", GUIDE.of(100, usd("2000000000")).name());
    assertEquals(
        "Enterprise",
        GUIDE.withConflictRule(ConflictRule.REVENUE_FIRST).of(100, usd("2000000000")).name());
    assertEquals(
        "SMB",
        GUIDE.withConflictRule(ConflictRule.EMPLOYEES_FIRST).of(100, usd("2000000000")).name());
    // 5,000 employees (Enterprise) and USD 10M (SMB).
    assertEquals("Enterprise", GUIDE.of(5_000, usd("10000000")).name());
    assertEquals(
        "SMB",
        GUIDE.withConflictRule(ConflictRule.REVENUE_FIRST).of(5_000, usd("10000000")).name());
  }

  @Test
  void bandOf_usesTheKnownValue_andIsEmptyWhenBothAreUnknown() {
    SizePolicy employeesFirst = GUIDE.withConflictRule(ConflictRule.EMPLOYEES_FIRST);
    Company revenueOnly = Company.builder("c", "A").annualRevenue(usd("60000000")).build();
    Company employeesOnly = Company.builder("c", "A").employees(2_500).build();
    Company neither = Company.of("c", "A");
    assertEquals(Optional.of(GUIDE.band("Mid-market")), employeesFirst.bandOf(revenueOnly));
    assertEquals(
        Optional.of(GUIDE.band("Enterprise")),
        GUIDE.withConflictRule(ConflictRule.REVENUE_FIRST).bandOf(employeesOnly));
    assertEquals(Optional.empty(), GUIDE.bandOf(neither));
    // A headcount-only policy cannot band a company that only reports revenue.
    assertEquals(Optional.empty(), SizePolicy.linkedInHeadcount().bandOf(revenueOnly));
    assertEquals(
        Optional.of(GUIDE.band("SMB")),
        GUIDE.bandOf(Company.builder("c", "A").employees(10).annualRevenue(usd("1")).build()));
  }

  @Test
  void revenueInAnotherCurrency_isAnExplicitError() {
    CurrencyMismatchException e =
        assertThrows(CurrencyMismatchException.class, () -> GUIDE.byRevenue(eur("1")));
    assertEquals("currencies must match, got USD and EUR", e.getMessage());
    assertThrows(
        CurrencyMismatchException.class,
        () -> GUIDE.bandOf(Company.builder("c", "A").annualRevenue(eur("1")).build()));
  }

  @Test
  void missingCriterion_isMisuse() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> SizePolicy.linkedInHeadcount().byRevenue(usd("1")));
    assertEquals("policy LinkedIn headcount has no revenue cuts", e.getMessage());
    SizePolicy revenueOnly =
        SizePolicy.builder("r", "small", "big")
            .revenueCuts(Boundary.LOWER_INCLUSIVE, usd("1"))
            .build();
    e = assertThrows(IllegalStateException.class, () -> revenueOnly.byEmployees(3));
    assertEquals("policy r has no employee cuts", e.getMessage());
  }

  @Test
  void negativeInputs_areRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GUIDE.byEmployees(-1));
    assertEquals("employees must be >= 0, got -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> GUIDE.byRevenue(usd("-1")));
    assertEquals("revenue must be >= 0, got USD -1.00", e.getMessage());
  }

  // --- custom policies and their validation ---

  @Test
  void custom_bandsAreOrderedWithOrdinals() {
    SizePolicy p =
        SizePolicy.builder("mine", "S", "M", "L", "XL")
            .employeeCuts(Boundary.UPPER_INCLUSIVE, 20, 200, 2_000)
            .conflictRule(ConflictRule.EMPLOYEES_FIRST)
            .build();
    assertEquals("S", employees(p, 20));
    assertEquals("M", employees(p, 21));
    assertEquals("XL", employees(p, 2_001));
    assertEquals(3, p.band("XL").ordinal());
    assertEquals(2, p.band("S").distanceTo(p.band("L")));
    assertEquals(Optional.empty(), p.currency());
    assertEquals(Optional.of(Currency.getInstance("USD")), GUIDE.currency());
  }

  @Test
  void unknownBandName_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GUIDE.band("Large"));
    assertEquals(
        "band must be one of [SMB, Mid-market, Enterprise] of policy guide, got \"Large\"",
        e.getMessage());
  }

  @Test
  void fewerThanTwoBands_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SizePolicy.builder("p", "all"));
    assertEquals("bands must have at least 2 names, got 1", e.getMessage());
  }

  @Test
  void duplicateBandNames_areRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SizePolicy.builder("p", "a", "a"));
    assertEquals("bands must have distinct names, got \"a\" twice", e.getMessage());
  }

  @Test
  void wrongNumberOfCuts_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SizePolicy.builder("p", "a", "b", "c").employeeCuts(Boundary.LOWER_INCLUSIVE, 5));
    assertEquals("employeeCuts must have 2 values for 3 bands, got 1", e.getMessage());
  }

  @Test
  void cutsNotIncreasing_areRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SizePolicy.builder("p", "a", "b", "c")
                    .employeeCuts(Boundary.LOWER_INCLUSIVE, 500, 500));
    assertEquals("employeeCuts must be strictly increasing, got [500, 500]", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SizePolicy.builder("p", "a", "b", "c")
                    .revenueCuts(Boundary.LOWER_INCLUSIVE, usd("2"), usd("1")));
    assertEquals(
        "revenueCuts must be strictly increasing, got [USD 2.00, USD 1.00]", e.getMessage());
  }

  @Test
  void nonPositiveCuts_areRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SizePolicy.builder("p", "a", "b").employeeCuts(Boundary.LOWER_INCLUSIVE, 0));
    assertEquals("employeeCuts must be > 0, got 0", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SizePolicy.builder("p", "a", "b").revenueCuts(Boundary.LOWER_INCLUSIVE, usd("0")));
    assertEquals("revenueCuts must be > 0, got USD 0.00", e.getMessage());
  }

  @Test
  void revenueCutsInTwoCurrencies_areRejected() {
    CurrencyMismatchException e =
        assertThrows(
            CurrencyMismatchException.class,
            () ->
                SizePolicy.builder("p", "a", "b", "c")
                    .revenueCuts(Boundary.LOWER_INCLUSIVE, usd("1"), eur("2")));
    assertEquals("currencies must match, got USD and EUR", e.getMessage());
  }

  @Test
  void noCriterion_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SizePolicy.builder("p", "a", "b").build());
    assertEquals("cuts must be given for employees, revenue or both, got neither", e.getMessage());
  }

  @Test
  void toString_isATableThatSpellsOutTheBoundaries() {
    assertEquals(
        """
        SizePolicy guide (conflict: LARGER)
          band        employees    revenue
          SMB         < 500        < USD 50000000
          Mid-market  [500, 2000)  [USD 50000000, USD 1000000000)
          Enterprise  >= 2000      >= USD 1000000000""",
        GUIDE.toString());
    assertEquals(
        """
        SizePolicy EU SME (conflict: LARGER)
          band    employees  revenue
          Micro   < 10       <= EUR 2000000
          Small   [10, 50)   (EUR 2000000, EUR 10000000]
          Medium  [50, 250)  (EUR 10000000, EUR 50000000]
          Large   >= 250     > EUR 50000000""",
        SizePolicy.euSme().toString());
  }

  // --- properties ---

  private static final List<SizePolicy> EMPLOYEE_POLICIES =
      List.of(
          SizePolicy.guide(),
          SizePolicy.guideEmployees100And1000(),
          SizePolicy.linkedInHeadcount(),
          SizePolicy.euSme());

  @Test
  void property_bandIsMonotoneInEmployees() {
    Gen<long[]> pairs =
        Gen.zip(Gen.longs(0, 20_000), Gen.longs(0, 20_000), (a, b) -> new long[] {a, b});
    Property.<long[]>named("byEmployees is monotone")
        .edgeCases(new long[] {499, 500}, new long[] {1_999, 2_000}, new long[] {9, 10})
        .forAll(
            pairs,
            p -> {
              long lo = Math.min(p[0], p[1]);
              long hi = Math.max(p[0], p[1]);
              for (SizePolicy policy : EMPLOYEE_POLICIES) {
                assertTrue(
                    policy.byEmployees(lo).compareTo(policy.byEmployees(hi)) <= 0, policy.name());
              }
            });
  }

  @Test
  void property_bandIsMonotoneInRevenue() {
    long max = 200_000_000_000L; // 2B in cents
    Gen<long[]> pairs = Gen.zip(Gen.longs(0, max), Gen.longs(0, max), (a, b) -> new long[] {a, b});
    Property.<long[]>named("byRevenue is monotone")
        .edgeCases(new long[] {4_999_999_999L, 5_000_000_000L}, new long[] {0, max})
        .forAll(
            pairs,
            p -> {
              long lo = Math.min(p[0], p[1]);
              long hi = Math.max(p[0], p[1]);
              assertTrue(
                  GUIDE
                          .byRevenue(Money.ofMinor("USD", lo))
                          .compareTo(GUIDE.byRevenue(Money.ofMinor("USD", hi)))
                      <= 0);
              SizePolicy eu = SizePolicy.euSme();
              assertTrue(
                  eu.byRevenue(Money.ofMinor("EUR", lo))
                          .compareTo(eu.byRevenue(Money.ofMinor("EUR", hi)))
                      <= 0);
            });
  }

  @Test
  void property_combinedBandIsMonotoneInBothUnderEveryRule() {
    Gen<long[]> cases =
        r ->
            new long[] {
              r.nextLong(0, 5_000), r.nextLong(0, 5_000),
              r.nextLong(0, 200_000_000_000L), r.nextLong(0, 200_000_000_000L)
            };
    Property.<long[]>named("of(employees, revenue) is monotone in each argument")
        .forAll(
            cases,
            c -> {
              long e1 = Math.min(c[0], c[1]);
              long e2 = Math.max(c[0], c[1]);
              Money r1 = Money.ofMinor("USD", Math.min(c[2], c[3]));
              Money r2 = Money.ofMinor("USD", Math.max(c[2], c[3]));
              for (ConflictRule rule : ConflictRule.values()) {
                SizePolicy p = GUIDE.withConflictRule(rule);
                assertTrue(p.of(e1, r1).compareTo(p.of(e2, r1)) <= 0, rule + " employees");
                assertTrue(p.of(e1, r1).compareTo(p.of(e1, r2)) <= 0, rule + " revenue");
              }
            });
  }
}
