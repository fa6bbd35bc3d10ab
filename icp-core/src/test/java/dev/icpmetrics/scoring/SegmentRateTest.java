package dev.icpmetrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.scoring.LearnedBase.Acct;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SegmentRateTest implements ScoringStrategyContract<Acct> {

  static SegmentRateConfig<Acct> config() {
    return SegmentRateConfig.<Acct>of(
            List.of(
                new CellLevel<>("industry", Acct::industry), new CellLevel<>("cell", Acct::cell)))
        .withShrinkage(2, 5);
  }

  @Override
  public ScoringStrategy<Acct> strategy() {
    return ScoringStrategy.segmentRate(LearnedBase.base(), LearnedBase.GOOD, config());
  }

  @Override
  public List<Acct> subjects() {
    return List.of(
        Acct.of("saas", "smb"),
        Acct.of("saas", "mid"),
        Acct.of("retail", "smb"),
        Acct.of("fintech", "smb"),
        new Acct(Optional.empty(), Optional.empty(), false, false));
  }

  @Override
  public Acct subjectWithMissing() {
    return new Acct(Optional.of("saas"), Optional.empty(), false, false);
  }

  @Override
  public List<String> expectedMissing() {
    return List.of("cell");
  }

  @Test
  void score_shrinksTowardParentAndLeavesYoungAccountsOut() {
    // m = 2, min support 5; judged N = 20, K = 8, p0 = 0.4 (the 3 young saas/smb are left out).
    // industry saas: 7 of 10 -> r1 = (7 + 2 * 0.4) / (10 + 2) = 0.65
    // cell saas|smb: 4 of 6 -> r2 = (4 + 2 * 0.65) / (6 + 2) = 0.6625 -> value 66.25
    // Contributions: base 40.00, industry +25.00, cell +1.25.
    Score s = strategy().score(Acct.of("saas", "smb"));
    assertEquals(List.of(4000, 2500, 125), centi(s));
    Evidence industry = s.contributions().get(1).evidence().orElseThrow();
    assertEquals(10, industry.supportCount());
    assertEquals(7, industry.positiveCount());
    assertEquals(1.75, industry.lift(), 1e-12);
    assertEquals(6, s.contributions().get(2).evidence().orElseThrow().supportCount());
    assertEquals(4 / 6.0 / 0.4, s.contributions().get(2).evidence().orElseThrow().lift(), 1e-12);
    assertFalse(s.lowConfidence());
  }

  @Test
  void toString_summarisesWhatWasLearned() {
    assertEquals(
        "segment rate segment-rate 1: 8 of 20 judged positive, levels [industry, cell], m=2.0,"
            + " min support 5",
        strategy().toString());
  }

  @Test
  void score_smallCell_backsOffToCoarserLevel() {
    // saas|mid has 4 judged < 5: backed off to industry: 65.00 = 40 + 25.
    Score s = strategy().score(Acct.of("saas", "mid"));
    assertEquals(List.of(4000, 2500), centi(s));
    // retail: 1 of 10 -> (1 + 0.8) / 12 = 0.15; retail|smb 1 of 6 -> (1 + 0.3) / 8 = 0.1625.
    assertEquals(List.of(4000, -2500, 125), centi(strategy().score(Acct.of("retail", "smb"))));
  }

  @Test
  void score_unseenSegment_getsBaseRateWithLowConfidence() {
    Score s = strategy().score(Acct.of("fintech", "smb"));
    assertEquals(4000, s.centiPoints());
    assertTrue(s.lowConfidence());
  }

  @Test
  void learned_ranksTheBestSegmentAboveTheWorst_withAuc() {
    // Values: saas|smb 66.25 (4 good of 6), saas|mid 65 (3 of 4), retail|smb 16.25 (1 of 6),
    // retail|mid 15 (0 of 4). Positive-negative pairs won (ties 1/2), 8 x 12 = 96 pairs:
    // 4 x (1 + 5 + 4 + 2/2) + 3 x (5 + 4 + 1/2) + 1 x (4 + 5/2) = 44 + 28.5 + 6.5 = 79.
    List<Acct> judged = LearnedBase.judged();
    double[] v = strategy().scoreAll(judged).stream().mapToDouble(Score::value).toArray();
    assertEquals(
        79 / 96.0, Evaluation.rocAuc(v, LearnedBase.outcomes(judged)).orElseThrow(), 1e-12);
    assertTrue(
        strategy().score(Acct.of("saas", "smb")).value()
            > strategy().score(Acct.of("retail", "mid")).value());
  }

  @Test
  void learn_labelWithNoPositives_isRejected() {
    LabelDefinition<Acct> never = LabelDefinition.of("never", a -> !a.young(), a -> false);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoringStrategy.segmentRate(LearnedBase.base(), never, config()));
    assertEquals(
        "label never must mark at least one subject positive, got 0 of 20 judged", e.getMessage());
  }

  @Test
  void learn_labelWithNoNegatives_isRejected() {
    LabelDefinition<Acct> always = LabelDefinition.of("always", a -> !a.young(), a -> true);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoringStrategy.segmentRate(LearnedBase.base(), always, config()));
    assertEquals(
        "label always must mark at least one subject negative, got 20 of 20 judged positive",
        e.getMessage());
  }

  @Test
  void config_badShrinkage_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> config().withShrinkage(-1, 5));
    assertEquals("priorStrength must be finite and > 0, got -1.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> config().withShrinkage(1, 0));
    assertEquals("minSupport must be > 0, got 0", e.getMessage());
  }

  private static List<Integer> centi(Score s) {
    return s.contributions().stream().map(Contribution::centiPoints).toList();
  }
}
