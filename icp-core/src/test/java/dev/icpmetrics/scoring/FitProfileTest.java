package dev.icpmetrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.BuyerPersona;
import dev.icpmetrics.model.BuyingRole;
import dev.icpmetrics.model.Insights;
import dev.icpmetrics.model.JobFunction;
import dev.icpmetrics.model.Seniority;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.model.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FitProfileTest implements ScoringStrategyContract<Account> {

  static FitProfile profile() {
    return FitProfile.builder()
        .industry(3, "5415")
        .size(2, SizePolicy::guide, "Mid-market")
        .country(1, "US", "CA")
        .techStack(2, "AWS", "Postgres", "Kafka")
        .seniority(1, Seniority.VP)
        .painPoints(1, "Manual reporting", "Data silos")
        .build();
  }

  static final LocalDate ACQUIRED = LocalDate.of(2025, 1, 1);

  /** NAICS 541511, 300 employees (SMB under the guide), Germany, AWS and Postgres. */
  static Account full() {
    return Accounts.account(
            "a", Accounts.company("a", "541511", 300, "DE", "AWS", "Postgres"), ACQUIRED, "500.00")
        .withPersonas(
            new BuyerPersona(
                "Director RevOps",
                JobFunction.SALES,
                Seniority.DIRECTOR,
                "RevOps",
                BuyingRole.ECONOMIC_BUYER))
        .withInsights(Insights.empty().withPainPoints(Tag.of("Manual reporting")));
  }

  @Override
  public ScoringStrategy<Account> strategy() {
    return ScoringStrategy.accountFit(profile());
  }

  @Override
  public List<Account> subjects() {
    return List.of(
        full(),
        subjectWithMissing(),
        Accounts.account("c", Accounts.company("c", "31", 5_000, "US", "Kafka"), ACQUIRED, "1.00"));
  }

  @Override
  public Account subjectWithMissing() {
    return Accounts.account("b", Accounts.company("b", "5415", 900, ""), ACQUIRED, "100.00");
  }

  @Override
  public List<String> expectedMissing() {
    return List.of("country", "techStack", "seniority", "painPoints");
  }

  @Test
  void companyFit_handComputed() {
    // Weights industry 3, size 2, country 1, techStack 2; W = 8.
    // industry 541511 within 5415 -> 1 -> 37.5; size SMB (0) vs Mid-market (1) of 3 bands ->
    // 1 - 1/2 = 0.5 -> 12.5; country DE -> 0; tech {aws, postgres} vs {aws, kafka, postgres}:
    // overlap 2 / min(2, 3) = 1 -> 25. Value 75.00, tier B.
    Score s = ScoringStrategy.companyFit(profile()).score(full().company());
    assertEquals(List.of(3750, 1250, 0, 2500), centi(s));
    assertEquals(Optional.of(Tier.B), s.tier());
    assertEquals("company-fit", s.strategyId());
  }

  @Test
  void accountFit_handComputed() {
    // W = 10: industry 30, size 10, country 0, tech 20; seniority DIRECTOR (5) vs VP (6) of 10
    // levels -> 1 - 1/9 -> 100 * 1/10 * 8/9 = 8.888..; pain points {manual-reporting} vs 2
    // targets: overlap 1 / min(1, 2) = 1 -> 10. Exact 78.888.. -> 7889 hundredths; the spare
    // hundredth goes to seniority (888.89): 3000 + 1000 + 0 + 2000 + 889 + 1000.
    Score s = strategy().score(full());
    assertEquals(List.of(3000, 1000, 0, 2000, 889, 1000), centi(s));
    assertEquals(Optional.of(Tier.B), s.tier());
  }

  @Test
  void accountFit_missingValues_renormaliseUnderNeutral() {
    // Present: industry 5415 (fit 1, weight 3) and size 900 -> Mid-market (fit 1, weight 2):
    // 100 * 5/5 = 100 over the present weights; 2 of 6 present < 4 -> low confidence.
    Score s = strategy().score(subjectWithMissing());
    assertEquals(10_000, s.centiPoints());
    assertEquals(true, s.lowConfidence());
  }

  @Test
  void builder_attributeTwice_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FitProfile.builder().country(1, "US").country(2, "CA").build());
    assertEquals("attributes must each be added once, got [country, country]", e.getMessage());
  }

  @Test
  void builder_unknownBand_namesPolicyBands() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FitProfile.builder().size(1, SizePolicy::guide, "Huge"));
    assertEquals(
        "band must be one of [SMB, Mid-market, Enterprise] of policy guide, got \"Huge\"",
        e.getMessage());
  }

  @Test
  void builder_empty_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FitProfile.builder().build());
    assertEquals("profile must have at least one attribute, got none", e.getMessage());
  }

  private static List<Integer> centi(Score s) {
    return s.contributions().stream().map(Contribution::centiPoints).toList();
  }
}
