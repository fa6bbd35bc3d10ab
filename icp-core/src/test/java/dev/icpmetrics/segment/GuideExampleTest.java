package dev.icpmetrics.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.metrics.Interval;
import dev.icpmetrics.metrics.Window;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.sample.SampleBase;
import dev.icpmetrics.sample.SampleBases;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The golden scenario: the guide's example table (REFERENCES §8) rebuilt by {@link
 * SampleBases#guideExample()} and analysed by size band.
 *
 * <p>Reference values, computed independently with Python 3 and SciPy 1.17.1 ({@code
 * scipy.stats.binomtest(k, n).proportion_ci(method="wilson")}) and by hand from the guide's
 * figures: Wilson 95% intervals 15/150 [0.0615414, 0.1584348], 12/300 [0.0230273, 0.0686042], 1/50
 * [0.0035393, 0.1049544], 28/500 [0.0390256, 0.0797448]; simple CLV = ARPA / churn = 240 / 0.10,
 * 192 / 0.04, 200 / 0.02; LTV:CAC = CLV / CAC; pessimistic LTV:CAC = (ARPA / upper churn, rounded
 * to cents) / CAC = 4.32806, 5.59732, 1.27039; payback = CAC / ARPA = 1.4583, 2.6042, 7.5 months;
 * blended CAC of the base = (15 × 350 + 12 × 500 + 2 × 1500) / 29 = 491.379.
 */
class GuideExampleTest {
  private static final double EPS = 1e-6;

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

  private static final SegmentReport REPORT = report();

  private static SegmentRow smb() {
    return REPORT.row("SMB");
  }

  private static SegmentRow mid() {
    return REPORT.row("Mid-market");
  }

  private static SegmentRow ent() {
    return REPORT.row("Enterprise");
  }

  @Test
  void table_hasTheGuidesThreeSegmentsAndCounts() {
    assertEquals(3, REPORT.rows().size());
    assertEquals(150, smb().snapshot().accountCount());
    assertEquals(300, mid().snapshot().accountCount());
    assertEquals(50, ent().snapshot().accountCount());
    assertEquals(500, REPORT.all().snapshot().accountCount());
    assertEquals(0, REPORT.unknownAccountCount());
  }

  @Test
  void churn_isTheGuidesMonthlyChurnWithWilsonIntervals() {
    check(smb(), 15, 0.10, 0.06154138382631411, 0.15843481166814719);
    check(mid(), 12, 0.04, 0.023027321487942308, 0.06860421203864003);
    check(ent(), 1, 0.02, 0.0035392592716462223, 0.10495443589637814);
    check(REPORT.all(), 28, 0.056, 0.03902562068315149, 0.0797447936467069);
  }

  private static void check(SegmentRow r, long churned, double rate, double lo, double hi) {
    assertEquals(churned, r.snapshot().churnedCount());
    assertEquals(rate, r.snapshot().monthlyChurnRate().orElseThrow(), 1e-12);
    Interval i = r.snapshot().monthlyChurnInterval().orElseThrow();
    assertEquals(lo, i.lower(), 1e-9);
    assertEquals(hi, i.upper(), 1e-9);
  }

  @Test
  void value_isTheGuidesClvAndCac() {
    assertEquals(Money.of("USD", "240.00"), smb().snapshot().arpa().orElseThrow());
    assertEquals(Money.of("USD", "192.00"), mid().snapshot().arpa().orElseThrow());
    assertEquals(Money.of("USD", "200.00"), ent().snapshot().arpa().orElseThrow());
    assertEquals(Money.of("USD", "2400.00"), smb().snapshot().clv().orElseThrow());
    assertEquals(Money.of("USD", "4800.00"), mid().snapshot().clv().orElseThrow());
    assertEquals(Money.of("USD", "10000.00"), ent().snapshot().clv().orElseThrow());
    assertEquals(Money.of("USD", "350.00"), smb().snapshot().cac().orElseThrow());
    assertEquals(Money.of("USD", "500.00"), mid().snapshot().cac().orElseThrow());
    assertEquals(Money.of("USD", "1500.00"), ent().snapshot().cac().orElseThrow());
    assertEquals(Money.of("USD", "491.38"), REPORT.all().snapshot().cac().orElseThrow());
  }

  @Test
  void economics_ltvToCacAndPaybackMatchHandComputedValues() {
    assertEquals(2400.0 / 350, smb().snapshot().ltvToCac().orElseThrow(), EPS);
    assertEquals(9.6, mid().snapshot().ltvToCac().orElseThrow(), EPS);
    assertEquals(10000.0 / 1500, ent().snapshot().ltvToCac().orElseThrow(), EPS);
    assertEquals(4.328057142857142, smb().snapshot().ltvToCacLowerBound().orElseThrow(), EPS);
    assertEquals(5.59732, mid().snapshot().ltvToCacLowerBound().orElseThrow(), EPS);
    assertEquals(1.2703933333333333, ent().snapshot().ltvToCacLowerBound().orElseThrow(), EPS);
    assertEquals(350.0 / 240, months(smb()), EPS);
    assertEquals(500.0 / 192, months(mid()), EPS);
    assertEquals(7.5, months(ent()), EPS);
  }

  private static double months(SegmentRow r) {
    return r.snapshot().payback().orElseThrow().months().orElseThrow();
  }

  @Test
  void smb_failsItsFivePercentTarget_andDrawsTheRetentionPlay() {
    Finding churn = smb().assessment().finding(Criterion.MONTHLY_CHURN);
    assertEquals(Verdict.FAIL, churn.verdict());
    assertEquals(0.05, churn.target());
    assertEquals(SegmentKind.SMB, smb().assessment().kind());
    assertEquals(Play.RETENTION_AND_ONBOARDING, smb().assessment().play());
    assertEquals(
        "monthly churn 10.00% (15 of 150, 95% [6.15%, 15.84%]) is not under the SMB ceiling of"
            + " 5.00%",
        churn.explanation());
  }

  @Test
  void enterprise_failsTheOnePercentTarget_althoughItIsTheLowestChurn() {
    Finding churn = ent().assessment().finding(Criterion.MONTHLY_CHURN);
    assertEquals(Verdict.FAIL, churn.verdict());
    assertEquals(0.01, churn.target());
    assertEquals(
        "monthly churn 2.00% (1 of 50, 95% [0.35%, 10.50%]) is not under the Enterprise ceiling"
            + " of 1.00%, although it is the lowest churn in the table; the 95% interval includes"
            + " the ceiling, so the miss is not significant",
        churn.explanation());
    assertEquals(Play.CHEAPER_ACQUISITION_SHORTER_CYCLE, ent().assessment().play());
  }

  @Test
  void midMarket_isJudgedAgainstTheDocumentedFivePercentRule_andDrawsUpsell() {
    Finding churn = mid().assessment().finding(Criterion.MONTHLY_CHURN);
    assertEquals(SegmentKind.MID_MARKET, mid().assessment().kind());
    assertEquals(0.05, churn.target());
    assertEquals(Verdict.PASS, churn.verdict());
    assertEquals(Verdict.PASS, mid().assessment().verdict());
    assertEquals(Play.UPSELL_AND_CROSS_SELL, mid().assessment().play());
  }

  @Test
  void economics_passForAllThreeSegments() {
    for (SegmentRow r : List.of(smb(), mid(), ent())) {
      assertEquals(Verdict.PASS, r.assessment().finding(Criterion.LTV_TO_CAC).verdict());
      assertEquals(Verdict.PASS, r.assessment().finding(Criterion.PAYBACK).verdict());
    }
  }

  @Test
  void ranking_followsThePessimisticLtvToCac() {
    // 5.597 (mid-market) > 4.328 (SMB) > 1.270 (enterprise).
    assertEquals(
        List.of("Mid-market", "SMB", "Enterprise"),
        REPORT.ranking().stream().map(r -> r.segment().label()).toList());
    assertEquals(1, mid().rank());
    assertEquals(3, ent().rank());
  }

  @Test
  void icp_isMidMarket_withNoAntiIcp() {
    assertEquals(1, REPORT.icp().segments().size());
    assertEquals(List.of(java.util.Map.of("size", "Mid-market")), REPORT.icp().definitions());
    assertTrue(REPORT.icp().antiSegments().isEmpty());
  }

  @Test
  void allRow_equalsTheMergeOfTheCells() {
    MetricsSnapshot merged = null;
    for (SegmentRow r : REPORT.rows()) {
      merged = merged == null ? r.snapshot() : merged.plus(r.snapshot());
    }
    assertEquals(REPORT.all().snapshot(), merged);
  }

  @Test
  void conversionAndSalesCycle_areCountedFromJunesOpportunities() {
    assertEquals(15, smb().snapshot().conversion().events());
    assertEquals(60, smb().snapshot().conversion().trials());
    assertEquals(12, mid().snapshot().conversion().events());
    assertEquals(40, mid().snapshot().conversion().trials());
    assertEquals(20, smb().snapshot().opportunities().openCount());
    assertTrue(
        ent().snapshot().medianSalesCycleDays().orElseThrow()
            > smb().snapshot().medianSalesCycleDays().orElseThrow());
  }

  @Test
  void print() {
    System.out.println(REPORT);
    System.out.println(REPORT.toMarkdown());
    System.out.println(ent().assessment());
  }
}
