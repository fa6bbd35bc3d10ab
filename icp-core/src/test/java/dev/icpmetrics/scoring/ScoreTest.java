package dev.icpmetrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoreTest {

  @Test
  void allocate_thirds_largestRemainderKeepsTheSumExact() {
    // Three thirds of 100: 3333.33 each, floors 9999, one hundredth short; ties go to the first.
    List<Contribution> c =
        Scores.allocate(
            List.of(
                new Scores.Draft("a", 100 / 3.0, ""),
                new Scores.Draft("b", 100 / 3.0, ""),
                new Scores.Draft("c", 100 / 3.0, "")));
    assertEquals(List.of(3334, 3333, 3333), c.stream().map(Contribution::centiPoints).toList());
  }

  @Test
  void allocate_negativeParts_roundTowardTheExactTotal() {
    // 10.125 - 3.375 = 6.75 (exact in binary): floors 1012 and -338 = 674, one short; the tied
    // remainders (.5 each) give it to the first: 1013 - 338 = 675.
    List<Contribution> c =
        Scores.allocate(
            List.of(new Scores.Draft("a", 10.125, ""), new Scores.Draft("b", -3.375, "")));
    assertEquals(List.of(1013, -338), c.stream().map(Contribution::centiPoints).toList());
  }

  @Test
  void allocate_anyDrafts_sumToTheRoundedTotalAndStayWithinOneHundredth() {
    Gen<List<Double>> points = Gen.lists(Gen.doubles(-40, 60), 1, 8);
    Property.<List<Double>>named("largest remainder is exact")
        .edgeCases(List.of(0.005, 0.005, 0.005), List.of(-0.004, 0.004), List.of(1e-9))
        .forAll(
            points,
            ps -> {
              List<Scores.Draft> drafts = new ArrayList<>();
              double total = 0;
              for (int i = 0; i < ps.size(); i++) {
                drafts.add(new Scores.Draft("a" + i, ps.get(i), ""));
                total += ps.get(i) * 100;
              }
              List<Contribution> c = Scores.allocate(drafts);
              long sum = 0;
              for (int i = 0; i < ps.size(); i++) {
                // Each part is its floor or its floor + 1: within one hundredth of the exact value.
                assertTrue(Math.abs(c.get(i).centiPoints() - ps.get(i) * 100) < 1 + 1e-9);
                sum += c.get(i).centiPoints();
              }
              assertEquals(Math.round(total), sum);
              // A clamp follows exactly when the total leaves [0, 100].
              boolean outside = sum < 0 || sum > 10_000;
              assertEquals(outside ? ps.size() + 1 : ps.size(), c.size());
            });
  }

  @Test
  void scored_valueIsTheExactSumOfContributions() {
    Score s =
        Score.scored(
            List.of(Contribution.of("a", 12.34, "x"), Contribution.of("b", 0.01, "")),
            TierPolicy.STANDARD);
    assertEquals(1235, s.centiPoints());
    assertEquals(12.35, s.value());
    assertEquals(Optional.of(Tier.D), s.tier());
  }

  @Test
  void scored_sumAboveHundred_namesValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Score.scored(List.of(Contribution.of("a", 100.5, "")), TierPolicy.STANDARD));
    assertEquals("value must be in [0, 100], got 100.50", e.getMessage());
  }

  @Test
  void of_outOfRange_namesValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Score.of(-1));
    assertEquals("value must be in [0, 100], got -1.0", e.getMessage());
  }

  @Test
  void contribution_roundsHalfAwayFromZero() {
    assertEquals(-1235, Contribution.of("a", -12.345, "").centiPoints());
    assertEquals(1235, Contribution.of("a", 12.345, "").centiPoints());
  }

  @Test
  void contribution_nonFinite_namesField() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Contribution.of("a", Double.NaN, ""));
    assertEquals("points must be finite, got NaN", e.getMessage());
  }

  @Test
  void disqualified_hasValueZeroAndNoTier() {
    Score s = Score.disqualified("competitor");
    assertEquals(0, s.centiPoints());
    assertEquals(Optional.empty(), s.tier());
    assertEquals(Optional.of("competitor"), s.reason());
    assertEquals(Optional.empty(), s.withTiers(TierPolicy.absolute(50, 20, 10)).tier());
  }

  @Test
  void topReasons_areOrderedByPointsAndExcludeZero() {
    Score s =
        Score.scored(
            List.of(
                Contribution.of("a", 10, ""),
                Contribution.of("b", 30, ""),
                Contribution.of("c", 0, ""),
                Contribution.of("d", -5, ""),
                Contribution.of("e", -7, "")),
            TierPolicy.STANDARD);
    assertEquals(
        List.of("b", "a"), s.topPositive(5).stream().map(Contribution::attribute).toList());
    assertEquals(List.of("e"), s.topNegative(1).stream().map(Contribution::attribute).toList());
    assertEquals("28.00 D by custom 0: b +30.00, a +10.00, e -7.00, d -5.00", s.toString());
  }

  @Test
  void explain_isAnAlignedTable() {
    Score s =
        Score.scored(
                List.of(
                    Contribution.of("industry", 37.5, "fit 1.000 x weight 0.375"),
                    Contribution.of("size", 16.67, "")),
                TierPolicy.STANDARD)
            .withStrategy("fit", "1");
    String nl = System.lineSeparator();
    assertEquals(
        "54.17 C by fit 1: industry +37.50, size +16.67"
            + nl
            + "  industry   +37.50  fit 1.000 x weight 0.375"
            + nl
            + "  size       +16.67",
        s.explain());
  }

  @Test
  void contribution_withEvidence_showsSupport() {
    Contribution c =
        Contribution.of("industry", 4, "woe 0.41").withEvidence(new Evidence(40, 12, 1.5));
    assertEquals("industry +4.00 (woe 0.41; n=40, positives=12, lift 1.50)", c.toString());
    assertEquals(Optional.of(new Evidence(40, 12, 1.5)), c.evidence());
  }

  @Test
  void evidence_positivesAboveSupport_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Evidence(3, 4, 1));
    assertEquals("positiveCount must be in [0, 3], got 4", e.getMessage());
  }

  @Test
  void equality_dependsOnContentAndStrategy() {
    assertEquals(Score.of(50), Score.of(50));
    assertEquals(Score.of(50).hashCode(), Score.of(50).hashCode());
    assertNotEquals(Score.of(50), Score.of(50).withStrategy("x", "1"));
    assertNotEquals(Score.of(50), Score.of(50.01));
  }

  @Test
  void score_survivesSerialization() throws Exception {
    Score s =
        Score.scored(
                List.of(Contribution.of("a", 60, "").withEvidence(new Evidence(5, 2, 1.2))),
                TierPolicy.quantiles(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.1, 0.2, 0.3))
            .withMissing(List.of("b"), true);
    assertEquals(s, ScoringStrategyContract.roundTrip(s));
    assertTrue(s.lowConfidence());
  }
}
