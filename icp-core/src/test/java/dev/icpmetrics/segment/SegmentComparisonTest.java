package dev.icpmetrics.segment;

import static dev.icpmetrics.segment.Fixtures.JULY;
import static dev.icpmetrics.segment.Fixtures.JUNE;
import static dev.icpmetrics.segment.Fixtures.band;
import static dev.icpmetrics.segment.Fixtures.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.metrics.Window;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.SizePolicy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference p-values from Python 3 / SciPy 1.17.1 (pooled z, {@code 2 * norm.sf(|z|)}). */
class SegmentComparisonTest {
  private static final Dimension SIZE = Dimension.sizeBand(SizePolicy.guideEmployees100And1000());

  private static SegmentReport review(List<Account> accounts, Window w) {
    return SegmentAnalysis.of(accounts).segmentBy(SIZE).window(w).run();
  }

  // June: SMB 15 of 150 churn (fails 5%), mid-market 12 of 300 (passes).
  private static final SegmentReport JUNE_REVIEW =
      review(
          concat(
              band("s", 10, 150, 15, 15, 240_00, 350_00, JUNE),
              band("m", 500, 300, 12, 12, 192_00, 500_00, JUNE)),
          JUNE);
  // July: SMB 6 of 150 (passes), mid-market 24 of 300 (fails).
  private static final SegmentReport JULY_REVIEW =
      review(
          concat(
              band("s", 10, 150, 6, 15, 240_00, 350_00, JULY),
              band("m", 500, 300, 24, 12, 192_00, 500_00, JULY)),
          JULY);

  @Test
  void deltas_carryTwoProportionTestsOnChurn() {
    SegmentComparison c = SegmentComparison.between(JUNE_REVIEW, JULY_REVIEW);
    SegmentDelta smb = c.delta(Segment.of("size", "SMB")).orElseThrow();
    assertEquals(0.10, smb.monthlyChurnBefore().orElseThrow(), 1e-12);
    assertEquals(0.04, smb.monthlyChurnAfter().orElseThrow(), 1e-12);
    assertEquals(-2.0365326999063917, smb.churn().z().orElseThrow(), 1e-9);
    assertEquals(0.04169689297744231, smb.churn().pValue().orElseThrow(), 1e-9);
    assertTrue(smb.churn().isSignificant(0.05));
    assertFalse(smb.conversion().pValue().isDefined());
  }

  @Test
  void icpChanges_andNextReviewDate() {
    SegmentComparison c = SegmentComparison.between(JUNE_REVIEW, JULY_REVIEW);
    assertEquals(List.of(Segment.of("size", "SMB")), c.enteredIcp());
    assertEquals(List.of(Segment.of("size", "Mid-market")), c.leftIcp());
    assertEquals(LocalDate.of(2026, 2, 1), c.nextReview());
    assertEquals(
        LocalDate.of(2025, 11, 1),
        SegmentComparison.between(JUNE_REVIEW, JULY_REVIEW, 3).nextReview());
    String text = c.toString();
    assertTrue(text.contains("Entered the ICP: SMB"), text);
    assertTrue(text.contains("Left the ICP: Mid-market"), text);
    assertTrue(text.contains("Next review: 2026-02-01"), text);
  }

  @Test
  void segmentInOneReviewOnly_isComparedAgainstNothing() {
    SegmentReport withEnterprise =
        review(
            concat(
                band("s", 10, 150, 6, 15, 240_00, 350_00, JULY),
                band("e", 5000, 40, 0, 1, 900_00, 900_00, JULY)),
            JULY);
    SegmentComparison c = SegmentComparison.between(JUNE_REVIEW, withEnterprise);
    SegmentDelta e = c.delta(Segment.of("size", "Enterprise")).orElseThrow();
    assertFalse(e.monthlyChurnBefore().isDefined());
    assertFalse(e.churn().pValue().isDefined());
    assertEquals(0, e.rankBefore());
  }

  @Test
  void differentDimensions_areRejected() {
    SegmentReport byChannel =
        SegmentAnalysis.of(band("s", 10, 40, 2, 2, 100_00, 100_00, JULY))
            .segmentBy(Dimension.channel())
            .window(JULY)
            .run();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SegmentComparison.between(JUNE_REVIEW, byChannel));
    assertEquals("after must be segmented by [size], got [channel]", e.getMessage());
  }

  @Test
  void afterNotLater_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SegmentComparison.between(JULY_REVIEW, JUNE_REVIEW));
    assertEquals("after.asOf must be after before.asOf 2025-08-01, got 2025-07-01", e.getMessage());
  }

  @Test
  void reviewMonths_belowOne_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SegmentComparison.between(JUNE_REVIEW, JULY_REVIEW, 0));
    assertEquals("reviewMonths must be > 0, got 0", e.getMessage());
  }
}
