package dev.icpmetrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.scoring.LearnedBase.Acct;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceScorecardTest implements ScoringStrategyContract<Acct> {

  static ScorecardConfig<Acct> config() {
    return ScorecardConfig.of(
        List.of(
            new ScorecardConfig.Attribute<>("industry", Acct::industry),
            new ScorecardConfig.Attribute<>("size", Acct::size)));
  }

  @Override
  public ScoringStrategy<Acct> strategy() {
    return ScoringStrategy.evidenceScorecard(LearnedBase.base(), LearnedBase.GOOD, config());
  }

  @Override
  public List<Acct> subjects() {
    return List.of(
        Acct.of("saas", "smb"),
        Acct.of("retail", "mid"),
        Acct.of("fintech", "smb"),
        new Acct(Optional.empty(), Optional.empty(), false, false));
  }

  @Override
  public Acct subjectWithMissing() {
    return new Acct(Optional.empty(), Optional.of("mid"), false, false);
  }

  @Override
  public List<String> expectedMissing() {
    return List.of("industry");
  }

  @Test
  void score_hand_computedWeightsOfEvidence() {
    // N = 20 judged, K = 8, a = 0.5, V = 2 per attribute, factor = 10 / ln 2 = 14.4270.
    // base = 50 + factor ln(8/12) = 44.1504
    // woe(saas) = ln(((7 + .5) / (8 + 1)) / ((3 + .5) / (12 + 1))) = ln(3.0952) = 1.12986
    //   -> 16.3005 points
    // woe(smb)  = ln(((5 + .5) / 9) / ((7 + .5) / 13)) = ln(1.05926) = 0.05757 -> 0.8306 points
    // Sum 61.2814 (Python, independently): hundredths 4415 + 1630 + 83 = 6128.
    Score s = strategy().score(Acct.of("saas", "smb"));
    assertEquals(List.of(4415, 1630, 83), centi(s));
    Evidence e = s.contributions().get(1).evidence().orElseThrow();
    assertEquals(10, e.supportCount());
    assertEquals(7, e.positiveCount());
    assertEquals(1.75, e.lift(), 1e-12);
  }

  @Test
  void score_negativeEvidence_roundsByLargestRemainder() {
    // retail: woe ln((1.5 / 9) / (9.5 / 13)) = -1.47804 -> -21.3245; mid: -1.2156.
    // Exact 21.6103; floors 4415, -2133, -122 = 2160; the spare hundredth goes to the largest
    // remainder (-2132.45 has .55): 4415 - 2132 - 122 = 2161.
    Score s = strategy().score(Acct.of("retail", "mid"));
    assertEquals(List.of(4415, -2132, -122), centi(s));
    assertEquals(Optional.of(Tier.D), s.tier());
    assertEquals("industry", s.topNegative(1).get(0).attribute());
  }

  @Test
  void score_unseenValue_contributesNothingAndIsNotMissing() {
    Score s = strategy().score(Acct.of("fintech", "smb"));
    assertEquals(List.of(4415, 0, 83), centi(s));
    assertEquals(List.of(), s.missingAttributes());
    assertTrue(s.lowConfidence());
  }

  @Test
  void learned_ranksTheBestSegmentAboveTheWorst_withAuc() {
    // Same order of cells as the segment rate: saas|smb > saas|mid > retail|smb > retail|mid,
    // so the same AUC 79/96.
    List<Acct> judged = LearnedBase.judged();
    double[] v = strategy().scoreAll(judged).stream().mapToDouble(Score::value).toArray();
    assertEquals(
        79 / 96.0, Evaluation.rocAuc(v, LearnedBase.outcomes(judged)).orElseThrow(), 1e-12);
  }

  @Test
  void learn_labelWithNoPositives_isRejected() {
    LabelDefinition<Acct> never = LabelDefinition.of("never", a -> !a.young(), a -> false);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoringStrategy.evidenceScorecard(LearnedBase.base(), never, config()));
    assertEquals(
        "label never must mark at least one subject positive, got 0 of 20 judged", e.getMessage());
  }

  @Test
  void learn_labelWithNoNegatives_isRejected() {
    LabelDefinition<Acct> always = LabelDefinition.of("always", a -> !a.young(), a -> true);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoringStrategy.evidenceScorecard(LearnedBase.base(), always, config()));
    assertEquals(
        "label always must mark at least one subject negative, got 20 of 20 judged positive",
        e.getMessage());
  }

  @Test
  void config_nonPositivePdo_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> config().withScale(0.5, 0));
    assertEquals("pdo must be finite and > 0, got 0.0", e.getMessage());
  }

  private static List<Integer> centi(Score s) {
    return s.contributions().stream().map(Contribution::centiPoints).toList();
  }
}
