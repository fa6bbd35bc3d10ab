package dev.icpmetrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.metrics.Window;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.sample.SampleBase;
import dev.icpmetrics.sample.SampleBases;
import dev.icpmetrics.segment.Dimension;
import dev.icpmetrics.segment.Segment;
import dev.icpmetrics.segment.SegmentAnalysis;
import dev.icpmetrics.segment.SegmentReport;
import dev.icpmetrics.segment.SegmentRow;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The golden scenario: segment attractiveness on the guide's example base ({@link
 * SampleBases#guideExample()}, REFERENCES §8) analysed by size band.
 *
 * <p>Reference values, computed independently with Python 3 and SciPy 1.17.1 ({@code binomtest(k,
 * n).proportion_ci(method="wilson").high}) and a plain loop for the churn-adjusted payback (margin
 * {@code ARPA (1 − u)^t} paid at the start of month t, until it reaches CAC):
 *
 * <pre>
 * band   k/n     upper u    retention  fit     LTV:CAC lb  fit     payback at u  fit
 * SMB    15/150  0.1584348  0.8415652  0.2188  4.328057    0.8320   1.544620    0.9356
 * Mid    12/300  0.0686042  0.9313958  0.6916  5.597320    1 (cap)  2.775530    0.8844
 * Ent     1/50   0.1049544  0.8950456  0.5002  1.270393    0.0676  13.956202    0.4185
 * </pre>
 *
 * With shares 0.4, 0.4, 0.2: SMB 8.7506 + 33.2806 + 18.7128 = 60.7440 -> hundredths 875, 3328, 1871
 * (60.74, B); Mid 27.6623 + 40 + 17.6871 = 85.3493 -> 2766, 4000, 1769 (85.35, A); Ent 20.0096 +
 * 2.7039 + 8.3698 = 31.0834 -> 2001, 270, 837 (31.08, D). The LTV:CAC lower bounds are those of the
 * segment package's GuideExampleTest (CLV at the upper bound, to the cent, over CAC). Enterprise's
 * pessimistic payback, 13.96 months, is far from its 7.5-month point estimate: one churn in 50
 * leaves an upper churn bound of 10.5%.
 */
class SegmentAttractivenessGuideTest {
  private static final SegmentReport REPORT = report();
  private static final ScoringStrategy<SegmentRow> STRATEGY =
      ScoringStrategy.segmentAttractiveness(AttractivenessConfig.defaults());

  static SegmentReport report() {
    SampleBase base = SampleBases.guideExample();
    return SegmentAnalysis.of(base.accounts())
        .segmentBy(Dimension.sizeBand(SizePolicy.guide()))
        .window(Window.of(base.windowFrom(), base.windowTo()))
        .asOf(base.asOf())
        .opportunities(base.opportunities())
        .spend(base.spend())
        .run();
  }

  @Test
  void guide_scoresMatchTheIndependentlyComputedContributions() {
    check("SMB", List.of(875, 3328, 1871), Tier.B);
    check("Mid-market", List.of(2766, 4000, 1769), Tier.A);
    check("Enterprise", List.of(2001, 270, 837), Tier.D);
  }

  private static void check(String band, List<Integer> centi, Tier tier) {
    Score s = STRATEGY.score(REPORT.row(band));
    assertEquals(centi, SegmentAttractivenessTest.centi(s), s.explain());
    assertEquals(Optional.of(tier), s.tier(), s.explain());
    assertEquals(List.of(), s.missingAttributes());
  }

  @Test
  void guide_orderIsMidMarketSmbEnterprise_asTheReportsRanking() {
    List<Segment> byScore =
        REPORT.rows().stream()
            .sorted(
                Comparator.comparingInt((SegmentRow r) -> STRATEGY.score(r).centiPoints())
                    .reversed())
            .map(SegmentRow::segment)
            .toList();
    List<Segment> expected =
        List.of(
            Segment.of("size", "Mid-market"),
            Segment.of("size", "SMB"),
            Segment.of("size", "Enterprise"));
    assertEquals(expected, byScore);
    assertEquals(expected, REPORT.ranking().stream().map(SegmentRow::segment).toList());
  }

  @Test
  void guide_onLtvToCacAloneWithoutACap_theScoreFollowsTheRankingsFirstKey() {
    // The ranking's first key is the LTV:CAC lower bound; with all the weight on it and a transfer
    // that no segment reaches (0 to 100), the fit is lb / 100: 5.60, 4.33, 1.27 points.
    ScoringStrategy<SegmentRow> lbOnly =
        ScoringStrategy.segmentAttractiveness(
            AttractivenessConfig.defaults()
                .withWeights(0, 1, 0)
                .withTransfers(
                    new AttractivenessConfig.Transfer(0.8, 0.99),
                    new AttractivenessConfig.Transfer(0, 100),
                    new AttractivenessConfig.Transfer(24, 0)));
    List<Integer> byRank =
        REPORT.ranking().stream().map(r -> lbOnly.score(r).centiPoints()).toList();
    assertEquals(
        List.of(0, 560, 0),
        SegmentAttractivenessTest.centi(lbOnly.score(REPORT.row("Mid-market"))));
    assertEquals(List.of(560, 433, 127), byRank);
  }

  @Test
  void guide_allTotalIsScored_asTheBasesReference() {
    Score all = STRATEGY.score(REPORT.all());
    assertTrue(all.isScored(), all.toString());
    assertTrue(REPORT.all().rankPosition().isEmpty());
  }
}
