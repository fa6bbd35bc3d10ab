package dev.icpmetrics.segment;

import static dev.icpmetrics.segment.Fixtures.JUNE;
import static dev.icpmetrics.segment.Fixtures.band;
import static dev.icpmetrics.segment.Fixtures.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.metrics.ChurnPolicy;
import dev.icpmetrics.metrics.ChurnTally;
import dev.icpmetrics.metrics.MetricResult;
import dev.icpmetrics.metrics.Window;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.sample.SampleBase;
import dev.icpmetrics.sample.SampleBases;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regression tests for the review of the segment package (one test per defect at least). */
class ReviewFixesTest {
  private static final SampleBase BASE = SampleBases.guideExample();

  private static SegmentReport guide(Dimension d, Window w) {
    return SegmentAnalysis.of(BASE.accounts())
        .segmentBy(d)
        .window(w)
        .opportunities(BASE.opportunities())
        .spend(BASE.spend())
        .run();
  }

  private static final SegmentReport MAY_BY_SIZE =
      guide(Dimension.sizeBand(SizePolicy.guide()), Window.month(YearMonth.of(2025, 5)));
  private static final SegmentReport FUTURE_BY_COUNTRY =
      guide(Dimension.country(), Window.month(YearMonth.of(2035, 6)));

  // 1. Zero churn with support is judged on the pessimistic LTV:CAC.
  // scipy.stats.binomtest(0, 295).proportion_ci(method="wilson").high = 0.012854504310926327.
  @Test
  void ltvFinding_zeroChurnWithSupport_isJudgedOnPessimisticRatio_andCanBeTheIcp() {
    SegmentRow mid = MAY_BY_SIZE.row("Mid-market");
    assertEquals(0L, mid.snapshot().churnedCount().orElseThrow());
    assertEquals(
        0.012854504310926327, mid.snapshot().monthlyChurnInterval().orElseThrow().upper(), 1e-9);
    assertEquals(29.87, mid.snapshot().ltvToCacLowerBound().orElseThrow(), 0.005);
    Finding ltv = mid.assessment().finding(Criterion.LTV_TO_CAC);
    assertEquals(Verdict.PASS, ltv.verdict(), ltv.explanation());
    assertTrue(ltv.explanation().contains("at the upper churn bound"), ltv.explanation());
    assertEquals(Verdict.PASS, mid.assessment().verdict());
    assertEquals(1, mid.rank());
    assertEquals("Mid-market", MAY_BY_SIZE.icp().segments().get(0).segment().label());
  }

  @Test
  void ltvFinding_zeroChurnWithPessimisticRatioBelowTarget_fails() {
    // Enterprise 0/47: upper churn bound 7.56% (scipy: 0.07555760416399629).
    SegmentRow ent = MAY_BY_SIZE.row("Enterprise");
    assertEquals(
        0.07555760416399629, ent.snapshot().monthlyChurnInterval().orElseThrow().upper(), 1e-9);
    Finding ltv = ent.assessment().finding(Criterion.LTV_TO_CAC);
    assertTrue(ent.snapshot().ltvToCacLowerBound().orElseThrow() < 3.0);
    assertEquals(Verdict.FAIL, ltv.verdict(), ltv.explanation());
  }

  // 2. One definition of insufficient data for the column, the ranking and the note.
  @Test
  void insufficientData_oneDefinition_forColumnRankingNoteAndPlay() {
    for (SegmentReport r : List.of(FUTURE_BY_COUNTRY, MAY_BY_SIZE)) {
      long column = 0;
      for (SegmentRow row : r.rows()) {
        boolean insufficient = row.assessment().verdict() == Verdict.INSUFFICIENT_DATA;
        assertEquals(insufficient, row.isInsufficientData(), row.toString());
        if (insufficient) {
          column++;
          assertEquals(0, row.rank(), row.toString());
          assertEquals(Play.COLLECT_MORE_DATA, row.assessment().play(), row.toString());
        }
      }
      for (SegmentRow ranked : r.ranking()) {
        assertFalse(ranked.isInsufficientData(), ranked.toString());
      }
      if (column > 0) {
        String prefix = column + " segment" + (column == 1 ? " has" : "s have") + " insufficient";
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith(prefix)), r.toString());
      }
    }
    assertEquals(12, FUTURE_BY_COUNTRY.rows().size());
    assertTrue(FUTURE_BY_COUNTRY.ranking().isEmpty());
    assertTrue(
        FUTURE_BY_COUNTRY
            .notes()
            .contains(
                "12 segments have insufficient data (5 with fewer than 30 at risk; 7 with LTV:CAC"
                    + " or payback undefined): shown, not judged, not ranked."),
        FUTURE_BY_COUNTRY.toString());
  }

  // 3. Undefined churn counts are undefined, never 0.
  @Test
  void churnCounts_undefinedRate_areUndefinedNotZero() {
    MetricsSnapshot e =
        MetricsSnapshot.empty(
            JUNE, JUNE.to(), ChurnPolicy.baremetrics(), Currency.getInstance("USD"), false);
    // Baremetrics with more churners (1 + 4) than customers at the start (2).
    MetricsSnapshot k =
        new MetricsSnapshot(
            e.window(),
            e.asOf(),
            e.churnPolicy(),
            new ChurnTally(2, 5, 1, 4, 0, 0, 0, 2, 0, 0),
            e.mrr(),
            e.marginMinor(),
            false,
            e.newCustomers(),
            e.acquisitionCost(),
            e.opportunities());
    for (MetricsSnapshot s : List.of(e, k)) {
      MetricResult<Long> churned = s.churnedCount();
      MetricResult<Double> denominator = s.churnDenominator();
      assertFalse(churned.isDefined());
      assertFalse(denominator.isDefined());
      assertEquals(s.churnRate().undefinedReason(), churned.undefinedReason());
    }
    assertEquals(5, k.churn().churnedFromStartCount() + k.churn().churnedFromNewCount());
  }

  // 4. An unknown acquisition index is unknown, not 0.
  @Test
  void play_unknownAcquisitionIndex_isSaidSo_notCountedAsZero() {
    SegmentReport r =
        SegmentAnalysis.of(
                concat(
                    band("s", 10, 40, 10, 0, 100_00, 300_00, JUNE),
                    band("m", 500, 40, 0, 4, 100_00, 300_00, JUNE)))
            .segmentBy(Dimension.sizeBand(SizePolicy.guideEmployees100And1000()))
            .window(JUNE)
            .run();
    Assessment smb = r.row("SMB").assessment();
    assertEquals(Verdict.FAIL, smb.finding(Criterion.MONTHLY_CHURN).verdict());
    assertFalse(r.row("SMB").snapshot().cac().isDefined());
    assertEquals(Play.RETENTION_AND_ONBOARDING, smb.play());
    assertTrue(smb.playReason().contains("acquisition index unknown"), smb.playReason());
    assertFalse(smb.playReason().contains("acquisition index 0.00"), smb.playReason());
  }

  // 5. Rows, assessments and findings cannot be built inconsistent.
  @Test
  void assessment_verdictThatContradictsFindings_isRejected() {
    Assessment a = MAY_BY_SIZE.row("Enterprise").assessment();
    assertEquals(Verdict.FAIL, a.verdict());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Assessment(
                    a.segment(),
                    a.kind(),
                    a.findings(),
                    Verdict.PASS,
                    Play.UPSELL_AND_CROSS_SELL,
                    "x"));
    assertEquals("verdict must be fail, the verdict of the findings, got pass", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Assessment(
                    a.segment(), a.kind(), a.findings().subList(0, 2), a.verdict(), a.play(), "x"));
    assertEquals(
        "findings must be one per criterion in criterion order [MONTHLY_CHURN, LTV_TO_CAC,"
            + " PAYBACK], got [MONTHLY_CHURN, LTV_TO_CAC]",
        e.getMessage());
  }

  @Test
  void assessment_growthPlayOnUnjudgedVerdict_isRejected() {
    Assessment a = FUTURE_BY_COUNTRY.row("US").assessment();
    assertEquals(Verdict.INSUFFICIENT_DATA, a.verdict());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Assessment(
                    a.segment(),
                    a.kind(),
                    a.findings(),
                    a.verdict(),
                    Play.UPSELL_AND_CROSS_SELL,
                    "x"));
    assertEquals(
        "play must be collect more data when the verdict is insufficient data, got upsell &"
            + " cross-sell",
        e.getMessage());
  }

  @Test
  void segmentRow_rankedUnjudgedOrMismatchedRow_isRejected() {
    SegmentRow us = FUTURE_BY_COUNTRY.row("US");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SegmentRow(us.segment(), us.snapshot(), us.assessment(), 1));
    assertEquals(
        "rank must be 0 for a row with insufficient data, an unknown cell or the total, got 1",
        e.getMessage());
    SegmentRow mid = MAY_BY_SIZE.row("Mid-market");
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SegmentRow(us.segment(), mid.snapshot(), mid.assessment(), 0));
    assertEquals(
        "assessment must be of the row's segment country=US, got size=Mid-market", e.getMessage());
  }

  @Test
  void finding_churnOutsideUnitInterval_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Finding(
                    Criterion.MONTHLY_CHURN,
                    Verdict.PASS,
                    MetricResult.of(1.5),
                    MetricResult.undefined("none"),
                    0.05,
                    "x"));
    assertEquals("observed must be in [0, 1] for MONTHLY_CHURN, got 1.5", e.getMessage());
  }

  // 6. The size column is blank without a size dimension, and the total's kind is labelled.
  @Test
  void table_sizeColumn_blankWithoutSizeDimension_totalLabelled() {
    List<List<String>> t = FUTURE_BY_COUNTRY.table();
    for (List<String> row : t.subList(1, t.size())) {
      assertEquals("", row.get(1), row.toString());
    }
    List<List<String>> s = MAY_BY_SIZE.table();
    assertEquals("SMB", s.get(1).get(1));
    assertEquals("all sizes", s.get(s.size() - 1).get(1));
    assertNotEquals("unsized", s.get(s.size() - 1).get(1));
    assertTrue(
        FUTURE_BY_COUNTRY
            .notes()
            .contains(
                "No size dimension in the segmentation: every row is judged against the unsized"
                    + " targets (monthly churn under 5.00%)."),
        FUTURE_BY_COUNTRY.toString());
    assertTrue(
        MAY_BY_SIZE
            .notes()
            .contains(
                "size is the kind that chose a row's targets; the All row mixes sizes and is"
                    + " judged against the unsized targets (monthly churn under 5.00%)."),
        MAY_BY_SIZE.toString());
  }
}
