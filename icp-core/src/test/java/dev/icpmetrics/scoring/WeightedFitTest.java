package dev.icpmetrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.scoring.Prospect.Size;
import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WeightedFitTest implements ScoringStrategyContract<Prospect> {

  /** industry 3 (NAICS family 5415), size 2 (MID), tech 1 (Jaccard), country 2 (US or CA). */
  static List<FitAttribute<Prospect>> attributes() {
    return List.of(
        FitAttribute.of("industry", 3, Prospect::naics, Fit.hierarchy("5415")),
        FitAttribute.of("size", 2, Prospect::size, Fit.ordinal(Size.MID)),
        FitAttribute.of("tech", 1, Prospect::tech, Fit.jaccard(Set.of("aws", "k8s", "postgres"))),
        FitAttribute.of("country", 2, Prospect::country, Fit.exact("US", "CA")));
  }

  static final Prospect GOOD = Prospect.of("541511", Size.LARGE, Set.of("aws", "k8s"), "US");
  static final Prospect PARTIAL =
      Prospect.of("5416", Size.SMALL, Set.of(), "CA").withoutTechAndCountry();

  @Override
  public ScoringStrategy<Prospect> strategy() {
    return ScoringStrategy.weightedFit(WeightedFitConfig.of(attributes()));
  }

  @Override
  public List<Prospect> subjects() {
    return List.of(
        GOOD,
        PARTIAL,
        Prospect.empty(),
        Prospect.of("31", Size.ENTERPRISE, Set.of("gcp"), "DE"),
        Prospect.of("5415", Size.MID, Set.of("aws", "k8s", "postgres"), "US"));
  }

  @Override
  public Prospect subjectWithMissing() {
    return PARTIAL;
  }

  @Override
  public List<String> expectedMissing() {
    return List.of("tech", "country");
  }

  @Test
  void score_goodProspect_matchesHandComputedContributions() {
    // Weights 3, 2, 1, 2; W = 8.
    // industry: 541511 under target 5415 -> fit 4/4 = 1 -> 100 * 3/8 * 1   = 37.5
    // size: LARGE (2) vs MID (1) of 4 levels -> 1 - 1/3 = 2/3 -> 100 * 2/8 * 2/3 = 16.666..
    // tech: {aws, k8s} vs {aws, k8s, postgres} -> Jaccard 2/3 -> 100 * 1/8 * 2/3 = 8.333..
    // country: US in {US, CA} -> 1 -> 100 * 2/8 = 25
    // Sum 87.5. Hundredths: floors 3750, 1666, 833, 2500 = 8749; one hundredth short, it goes to
    // the largest remainder (size, .67): 3750 + 1667 + 833 + 2500 = 8750 -> 87.50, tier A.
    Score s = strategy().score(GOOD);
    assertEquals(8750, s.centiPoints());
    assertEquals(List.of(3750, 1667, 833, 2500), centi(s));
    assertEquals(Optional.of(Tier.A), s.tier());
    assertFalse(s.lowConfidence());
    assertEquals("weighted-fit", s.strategyId());
    assertEquals("industry", s.topPositive(1).get(0).attribute());
  }

  @Test
  void score_neutralPolicy_renormalisesOverPresentAttributes() {
    // Present: industry 3, size 2; W = 5.
    // industry 5416 vs 5415 -> common prefix 3 of 4 -> 0.75 -> 100 * 3/5 * 0.75 = 45
    // size SMALL (0) vs MID (1) -> 2/3 -> 100 * 2/5 * 2/3 = 26.666.. -> 2667 after rounding
    // Value 71.67 (tier B), 2 of 4 present < minPresent 3 -> low confidence.
    Score s = strategy().score(PARTIAL);
    assertEquals(List.of(4500, 2667), centi(s));
    assertEquals(7167, s.centiPoints());
    assertEquals(Optional.of(Tier.B), s.tier());
    assertTrue(s.lowConfidence());
  }

  @Test
  void score_zeroPolicy_countsMissingAsNoFit() {
    // W = 8. industry 100 * 3/8 * 0.75 = 28.125, size 100 * 2/8 * 2/3 = 16.666.., tech 0,
    // country 0. Sum 44.7917 -> 4479 hundredths; floors 2812 + 1666 = 4478, the spare hundredth
    // goes to size (.67 beats .5): 2812 + 1667 + 0 + 0.
    Score s = with(MissingPolicy.ZERO).score(PARTIAL);
    assertEquals(List.of(2812, 1667, 0, 0), centi(s));
    assertEquals(Optional.of(Tier.C), s.tier());
  }

  @Test
  void score_penaltyPolicy_subtractsHalfTheMissingWeight() {
    // As ZERO, plus tech -100 * 1/8 * 0.5 = -6.25 and country -100 * 2/8 * 0.5 = -12.5.
    // Sum 44.7917 - 18.75 = 26.0417 -> 2604: 2812 + 1667 - 625 - 1250.
    Score s = with(MissingPolicy.PENALTY).score(PARTIAL);
    assertEquals(List.of(2812, 1667, -625, -1250), centi(s));
    assertEquals(2604, s.centiPoints());
    assertEquals(Optional.of(Tier.D), s.tier());
    assertEquals("country", s.topNegative(1).get(0).attribute());
  }

  @Test
  void score_penaltyBelowZero_isFlooredByAClampContribution() {
    // Only size present, SMALL -> 2/3 -> 100 * 2/8 * 2/3 = 16.67; penalties with penalty 1:
    // industry -37.5, tech -12.5, country -25 -> sum -58.33 -> clamp +58.33 -> value 0.
    Prospect onlySize =
        new Prospect(Optional.empty(), Optional.of(Size.SMALL), Optional.empty(), Optional.empty());
    Score s = with(MissingPolicy.PENALTY).withPenalty(1).score(onlySize);
    assertEquals(0, s.centiPoints());
    Contribution clamp = s.contributions().get(s.contributions().size() - 1);
    assertEquals("clamp", clamp.attribute());
    assertEquals(5833, clamp.centiPoints());
  }

  private static WeightedFitConfigView with(MissingPolicy p) {
    return new WeightedFitConfigView(WeightedFitConfig.of(attributes()).withMissingPolicy(p));
  }

  private record WeightedFitConfigView(WeightedFitConfig<Prospect> config) {
    Score score(Prospect p) {
      return ScoringStrategy.weightedFit(config).score(p);
    }

    WeightedFitConfigView withPenalty(double penalty) {
      return new WeightedFitConfigView(config.withPenalty(penalty));
    }
  }

  @Test
  void toString_namesAttributesPolicyAndTiers() {
    assertEquals(
        "weighted fit weighted-fit 1 over [industry, size, tech, country], missing NEUTRAL, tiers"
            + " A >= 80, B >= 60, C >= 40, D below",
        strategy().toString());
  }

  @Test
  void score_noAttributePresent_isInsufficientData() {
    Score s = strategy().score(Prospect.empty());
    assertEquals(Score.Status.INSUFFICIENT_DATA, s.status());
    assertEquals(Optional.of("no attribute present"), s.reason());
    assertEquals(List.of("industry", "size", "tech", "country"), s.missingAttributes());
    assertEquals(
        "insufficient data (no attribute present) by weighted-fit 1; missing [industry, size,"
            + " tech, country]",
        s.toString());
  }

  @Test
  void score_presentAttributesWeighNothing_isInsufficientData() {
    List<FitAttribute<Prospect>> attrs =
        List.of(
            FitAttribute.of("industry", 0, Prospect::naics, Fit.hierarchy("5415")),
            FitAttribute.of("country", 1, Prospect::country, Fit.exact("US")));
    Score s =
        ScoringStrategy.weightedFit(WeightedFitConfig.of(attrs))
            .score(
                new Prospect(
                    Optional.of("5415"), Optional.empty(), Optional.empty(), Optional.empty()));
    assertEquals(Optional.of("the attributes present all weigh 0"), s.reason());
  }

  @Test
  void score_fitOutsideUnitInterval_namesAttributeAndValue() {
    List<FitAttribute<Prospect>> attrs =
        List.of(FitAttribute.of("country", 1, Prospect::country, c -> 1.5));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> ScoringStrategy.weightedFit(WeightedFitConfig.of(attrs)).score(GOOD));
    assertEquals("fit of country must be in [0, 1], got 1.5", e.getMessage());
  }

  @Test
  void config_negativeWeight_namesAttributeAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FitAttribute.of("size", -1, Prospect::size, Fit.ordinal(Size.MID)));
    assertEquals("weight of size must be finite and >= 0, got -1.0", e.getMessage());
  }

  @Test
  void config_allZeroWeights_isRejected() {
    List<FitAttribute<Prospect>> attrs =
        List.of(
            FitAttribute.of("size", 0, Prospect::size, Fit.ordinal(Size.MID)),
            FitAttribute.of("country", 0, Prospect::country, Fit.exact("US")));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> WeightedFitConfig.of(attrs));
    assertEquals("weights must not all be zero, got a sum of 0.0", e.getMessage());
  }

  @Test
  void config_duplicateName_isRejected() {
    List<FitAttribute<Prospect>> attrs =
        List.of(
            FitAttribute.of("size", 1, Prospect::size, Fit.ordinal(Size.MID)),
            FitAttribute.of("size", 1, Prospect::size, Fit.ordinal(Size.MID)));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> WeightedFitConfig.of(attrs));
    assertEquals("attribute names must be unique, got size twice", e.getMessage());
  }

  @Test
  void config_emptyAttributes_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> WeightedFitConfig.<Prospect>of(List.of()));
    assertEquals("attributes must not be empty, got []", e.getMessage());
  }

  @Test
  void config_minPresentOutOfRange_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WeightedFitConfig.of(attributes()).withMinPresent(5));
    assertEquals("minPresent must be in [1, 4], got 5", e.getMessage());
  }

  @Test
  void config_penaltyOutsideUnitInterval_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WeightedFitConfig.of(attributes()).withPenalty(1.5));
    assertEquals("penalty must be in [0, 1], got 1.5", e.getMessage());
  }

  @Test
  void score_anyProspectUnderAnyPolicy_sumsExactlyAndStaysInRange() {
    Gen<Optional<String>> naics =
        Gen.oneOf(Optional.empty(), Optional.of("5415"), Optional.of("541511"), Optional.of("52"));
    Gen<Optional<Size>> size =
        Gen.oneOf(Optional.empty(), Optional.of(Size.SMALL), Optional.of(Size.ENTERPRISE));
    Gen<Optional<Set<String>>> tech =
        Gen.oneOf(Optional.empty(), Optional.of(Set.of()), Optional.of(Set.of("aws", "gcp")));
    Gen<Optional<String>> country = Gen.oneOf(Optional.empty(), Optional.of("US"));
    Gen<Double> weights = Gen.doubles(0.01, 7);
    Gen<MissingPolicy> policies = Gen.oneOf(MissingPolicy.values());
    Gen<Case> cases =
        r ->
            new Case(
                new Prospect(naics.next(r), size.next(r), tech.next(r), country.next(r)),
                List.of(weights.next(r), weights.next(r), weights.next(r), weights.next(r)),
                policies.next(r));
    Property.<Case>named("weighted fit sums exactly")
        .forAll(
            cases,
            c -> {
              List<FitAttribute<Prospect>> attrs =
                  List.of(
                      FitAttribute.of(
                          "industry", c.weights().get(0), Prospect::naics, Fit.hierarchy("5415")),
                      FitAttribute.of(
                          "size", c.weights().get(1), Prospect::size, Fit.ordinal(Size.MID)),
                      FitAttribute.of(
                          "tech", c.weights().get(2), Prospect::tech, Fit.overlap(Set.of("aws"))),
                      FitAttribute.of(
                          "country", c.weights().get(3), Prospect::country, Fit.exact("US")));
              Score s =
                  ScoringStrategy.weightedFit(
                          WeightedFitConfig.of(attrs).withMissingPolicy(c.policy()))
                      .score(c.prospect());
              int sum = s.contributions().stream().mapToInt(Contribution::centiPoints).sum();
              assertEquals(s.centiPoints(), sum);
              assertTrue(s.centiPoints() >= 0 && s.centiPoints() <= 10_000);
              // The rounded value is within half a hundredth of the exact weighted sum.
              if (s.isScored() && c.policy() != MissingPolicy.PENALTY) {
                assertTrue(Math.abs(s.value() - exact(attrs, c)) <= 0.005 + 1e-9, s.explain());
              }
            });
  }

  record Case(Prospect prospect, List<Double> weights, MissingPolicy policy) {}

  /** The weighted fit computed directly from its definition, as an oracle. */
  private static double exact(List<FitAttribute<Prospect>> attrs, Case c) {
    double num = 0;
    double den = 0;
    for (FitAttribute<Prospect> a : attrs) {
      var f = a.reader().fit(c.prospect());
      if (f.isPresent()) {
        num += a.weight() * f.getAsDouble();
        den += a.weight();
      } else if (c.policy() == MissingPolicy.ZERO) {
        den += a.weight();
      }
    }
    return 100 * num / den;
  }

  private static List<Integer> centi(Score s) {
    return s.contributions().stream().map(Contribution::centiPoints).toList();
  }
}
