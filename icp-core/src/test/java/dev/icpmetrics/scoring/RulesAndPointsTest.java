package dev.icpmetrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.scoring.Prospect.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesAndPointsTest implements ScoringStrategyContract<Prospect> {

  static RulesConfig<Prospect> config() {
    return RulesConfig.<Prospect>builder()
        .group(
            "firmographics",
            30,
            Rule.on("naics 5415", 20, "industry", Prospect::naics, n -> n.startsWith("5415")),
            Rule.on("north america", 15, "country", Prospect::country, c -> c.matches("US|CA")))
        .group("risk", 50, Rule.on("tiny", -10, "size", Prospect::size, s -> s == Size.SMALL))
        .rule(Rule.on("uses aws", 25, "tech", Prospect::tech, t -> t.contains("aws")))
        .knockOut(Rule.knockOut("sanctioned", "country", Prospect::country, "XX"::equals))
        .build();
  }

  @Override
  public ScoringStrategy<Prospect> strategy() {
    return ScoringStrategy.rulesAndPoints(config());
  }

  @Override
  public List<Prospect> subjects() {
    return List.of(
        Prospect.of("541511", Size.LARGE, Set.of("aws"), "US"),
        Prospect.of("31", Size.SMALL, Set.of(), "DE"),
        Prospect.of("5415", Size.SMALL, Set.of("aws"), "XX"),
        Prospect.empty());
  }

  @Override
  public Prospect subjectWithMissing() {
    return Prospect.of("5415", Size.MID, Set.of(), "US").withoutTechAndCountry();
  }

  @Override
  public List<String> expectedMissing() {
    // The knock-out on country runs first, then the groups in order.
    return List.of("country", "tech");
  }

  @Override
  public Optional<Prospect> disqualifiedSubject() {
    return Optional.of(Prospect.of("5415", Size.SMALL, Set.of("aws"), "XX"));
  }

  @Test
  void score_groupOverItsCap_getsACapContribution() {
    // firmographics: 20 + 15 = 35 > cap 30 -> "firmographics cap" -5; risk: none; aws +25.
    // 20 + 15 - 5 + 25 = 55 -> tier C.
    Score s = strategy().score(Prospect.of("541511", Size.LARGE, Set.of("aws"), "US"));
    assertEquals(
        List.of("naics 5415", "north america", "firmographics cap", "uses aws"),
        s.contributions().stream().map(Contribution::attribute).toList());
    assertEquals(
        List.of(2000, 1500, -500, 2500),
        s.contributions().stream().map(Contribution::centiPoints).toList());
    assertEquals(Optional.of(Tier.C), s.tier());
  }

  @Test
  void score_negativePointsBelowZero_isFlooredByClamp() {
    // Only "tiny" fires: -10 -> clamp +10 -> value 0, tier D.
    Score s = strategy().score(Prospect.of("31", Size.SMALL, Set.of(), "DE"));
    assertEquals(
        List.of(-1000, 1000), s.contributions().stream().map(Contribution::centiPoints).toList());
    assertEquals(0, s.centiPoints());
    assertEquals(Optional.of(Tier.D), s.tier());
    assertEquals("tiny", s.topNegative(1).get(0).attribute());
  }

  @Test
  void score_aboveHundred_isCappedByClamp() {
    RulesConfig<Prospect> c =
        RulesConfig.<Prospect>builder()
            .rule(Rule.when("a", 70, p -> true))
            .rule(Rule.when("b", 60, p -> true))
            .build();
    Score s = ScoringStrategy.rulesAndPoints(c).score(Prospect.empty());
    assertEquals(10_000, s.centiPoints());
    assertEquals("clamp -30.00 (capped at 100)", s.contributions().get(2).toString());
  }

  @Test
  void score_knockOut_disqualifiesWithReason() {
    Score s = strategy().score(disqualifiedSubject().orElseThrow());
    assertEquals(Optional.of("knock-out: sanctioned"), s.reason());
    assertEquals("disqualified (knock-out: sanctioned) by rules 1", s.toString());
  }

  @Test
  void rule_pointsOutOfRange_namesRuleAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rule.when("big", 150, p -> true));
    assertEquals("points of big must be in [-100, 100], got 150.0", e.getMessage());
  }

  @Test
  void group_nonPositiveCap_namesGroupAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RulesConfig.<Prospect>builder().group("g", 0, Rule.when("r", 1, p -> true)));
    assertEquals("cap of g must be > 0, got 0.0", e.getMessage());
  }

  @Test
  void config_duplicateRuleNames_areRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RulesConfig.<Prospect>builder()
                    .rule(Rule.when("r", 1, p -> true))
                    .knockOut(Rule.knockOut("r", p -> false))
                    .build());
    assertEquals("rule names must be unique, got r twice", e.getMessage());
  }

  @Test
  void config_knockOutAmongPointRules_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RulesConfig.<Prospect>builder().rule(Rule.knockOut("ko", p -> false)).build());
    assertEquals("rule ko must be a points rule in group rules, got a knock-out", e.getMessage());
  }

  @Test
  void config_noRules_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RulesConfig.<Prospect>builder().build());
    assertEquals("rules must not be empty, got no group and no knock-out", e.getMessage());
  }
}
