package dev.icpmetrics.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.metrics.EconomicsTargets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsTest {

  @Test
  void guide_hasTheGuidesCeilings_andTheDocumentedMidMarketRule() {
    Targets t = Targets.guide();
    assertEquals(0.05, t.monthlyChurnCeiling(SegmentKind.SMB));
    assertEquals(0.05, t.monthlyChurnCeiling(SegmentKind.MID_MARKET));
    assertEquals(0.01, t.monthlyChurnCeiling(SegmentKind.ENTERPRISE));
    assertEquals(0.05, t.monthlyChurnCeiling(SegmentKind.UNSIZED));
    for (SegmentKind k : SegmentKind.values()) {
      assertEquals(3.0, t.economics(k).minLtvToCac());
      assertEquals(12.0, t.economics(k).maxPaybackMonths());
    }
  }

  @Test
  void guideEarlyStage_toleratesTenPercent_butNotForEnterprise() {
    Targets t = Targets.guideEarlyStage();
    assertEquals(0.10, t.monthlyChurnCeiling(SegmentKind.SMB));
    assertEquals(0.10, t.monthlyChurnCeiling(SegmentKind.MID_MARKET));
    assertEquals(0.01, t.monthlyChurnCeiling(SegmentKind.ENTERPRISE));
  }

  @Test
  void overrides_perKind() {
    Targets t =
        Targets.guide()
            .withMonthlyChurnCeiling(SegmentKind.MID_MARKET, 0.03)
            .withEconomics(SegmentKind.ENTERPRISE, new EconomicsTargets(4, 18));
    assertEquals(0.03, t.monthlyChurnCeiling(SegmentKind.MID_MARKET));
    assertEquals(0.05, t.monthlyChurnCeiling(SegmentKind.SMB));
    assertEquals(4.0, t.economics(SegmentKind.ENTERPRISE).minLtvToCac());
    assertEquals(3.0, t.economics(SegmentKind.SMB).minLtvToCac());
    assertEquals(
        18.0,
        Targets.guide()
            .withEconomics(new EconomicsTargets(4, 18))
            .economics(SegmentKind.SMB)
            .maxPaybackMonths());
    assertNotEquals(Targets.guide(), t);
    assertEquals(Targets.guide(), Targets.guide());
  }

  @Test
  void ceiling_outsideZeroOne_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Targets.guide().withMonthlyChurnCeiling(SegmentKind.SMB, 0));
    assertEquals("ceiling must be in (0, 1], got 0.0", e.getMessage());
  }

  @Test
  void kindOf_readsTheSizeValue_withoutCaseSpacesOrHyphens() {
    Targets t = Targets.guide();
    assertEquals(SegmentKind.SMB, t.kindOf(Segment.of("size", "SMB")));
    assertEquals(SegmentKind.MID_MARKET, t.kindOf(Segment.of("size", "Mid-market")));
    assertEquals(SegmentKind.MID_MARKET, t.kindOf(Segment.of("size", "mid market")));
    assertEquals(SegmentKind.ENTERPRISE, t.kindOf(Segment.of("size", "ENTERPRISE")));
    assertEquals(SegmentKind.UNSIZED, t.kindOf(Segment.of("size", "51-200")));
    assertEquals(SegmentKind.UNSIZED, t.kindOf(Segment.of("size", Dimension.UNKNOWN)));
    assertEquals(SegmentKind.UNSIZED, t.kindOf(Segment.of("country", "SMB")));
    assertEquals(SegmentKind.UNSIZED, t.kindOf(Segment.all()));
    Segment twoWay = new Segment(List.of("region", "band"), List.of("EMEA", "Enterprise"));
    assertEquals(SegmentKind.ENTERPRISE, t.withSizeDimension("band").kindOf(twoWay));
  }

  @Test
  void toString_listsEveryKind() {
    assertEquals(
        String.join(
            System.lineSeparator(),
            "Targets[guide]",
            "  SMB        monthly churn < 5.00%, LTV:CAC >= 3.0, payback <= 12.0 months",
            "  Mid-market monthly churn < 5.00%, LTV:CAC >= 3.0, payback <= 12.0 months",
            "  Enterprise monthly churn < 1.00%, LTV:CAC >= 3.0, payback <= 12.0 months",
            "  unsized    monthly churn < 5.00%, LTV:CAC >= 3.0, payback <= 12.0 months"),
        Targets.guide().toString());
  }
}
