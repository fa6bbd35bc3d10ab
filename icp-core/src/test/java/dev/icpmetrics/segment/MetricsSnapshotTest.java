package dev.icpmetrics.segment;

import static dev.icpmetrics.segment.Fixtures.JULY;
import static dev.icpmetrics.segment.Fixtures.JUNE;
import static dev.icpmetrics.segment.Fixtures.band;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.metrics.ChurnPolicy;
import dev.icpmetrics.metrics.Window;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsSnapshotTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate AS_OF = JUNE.to();

  private static MetricsSnapshot of(int atStart, int churned, int fresh, long arpa, long cac) {
    return SegmentAnalysis.of(
            band("x" + atStart + "-" + churned, 10, atStart, churned, fresh, arpa, cac, JUNE))
        .segmentBy(Dimension.sizeBand(SizePolicy.guideEmployees100And1000()))
        .window(JUNE)
        .run()
        .all()
        .snapshot();
  }

  @Test
  void empty_isTheIdentity_andEverythingIsUndefined() {
    MetricsSnapshot e = MetricsSnapshot.empty(JUNE, AS_OF, ChurnPolicy.defaults(), USD, false);
    MetricsSnapshot s = of(40, 4, 2, 100_00, 300_00);
    assertEquals(s, s.plus(e));
    assertEquals(s, e.plus(s));
    assertTrue(e.isEmpty());
    assertFalse(e.monthlyChurnRate().isDefined());
    assertFalse(e.clv().isDefined());
    assertFalse(e.cac().isDefined());
    assertFalse(e.payback().isDefined());
    assertFalse(e.ltvToCac().isDefined());
    assertFalse(e.medianSalesCycleDays().isDefined());
    assertFalse(e.churnDenominator().isDefined());
    assertEquals(
        "no customers at the start of [2025-06-01, 2025-07-01)",
        e.monthlyChurnRate().undefinedReason().orElseThrow());
  }

  @Test
  void plus_isAssociativeAndCommutative() {
    Gen<MetricsSnapshot> snapshot =
        r ->
            of(
                r.nextInt(1, 60),
                r.nextInt(0, 2),
                r.nextInt(0, 3),
                1_00 + r.nextInt(500_00),
                r.nextInt(1, 900_00));
    Property.<List<MetricsSnapshot>>named("snapshots form a commutative monoid")
        .tries(30)
        .forAll(
            Gen.lists(snapshot, 3, 3),
            l -> {
              assertEquals(
                  l.get(0).plus(l.get(1)).plus(l.get(2)), l.get(0).plus(l.get(1).plus(l.get(2))));
              assertEquals(l.get(0).plus(l.get(1)), l.get(1).plus(l.get(0)));
            });
  }

  @Test
  void plus_otherWindow_isRejected() {
    MetricsSnapshot june = MetricsSnapshot.empty(JUNE, AS_OF, ChurnPolicy.defaults(), USD, false);
    MetricsSnapshot july =
        MetricsSnapshot.empty(JULY, JULY.to(), ChurnPolicy.defaults(), USD, false);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> june.plus(july));
    assertEquals(
        "window must be [2025-06-01, 2025-07-01) to add snapshots, got [2025-07-01, 2025-08-01)",
        e.getMessage());
  }

  @Test
  void plus_otherMarginBasis_isRejected() {
    MetricsSnapshot a = MetricsSnapshot.empty(JUNE, AS_OF, ChurnPolicy.defaults(), USD, false);
    MetricsSnapshot b = MetricsSnapshot.empty(JUNE, AS_OF, ChurnPolicy.defaults(), USD, true);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.plus(b));
    assertEquals("grossMarginKnown must be false to add snapshots, got true", e.getMessage());
  }

  @Test
  void asOfBeforeTheLastDay_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MetricsSnapshot.empty(
                    JUNE, LocalDate.of(2025, 6, 29), ChurnPolicy.defaults(), USD, false));
    assertEquals(
        "asOf must be on or after the window's last day 2025-06-30, got 2025-06-29",
        e.getMessage());
  }

  @Test
  void quarterWindow_convertsChurnToMonthlyByCompounding() {
    Window q = Window.of(JUNE.from(), JUNE.from().plusMonths(3));
    MetricsSnapshot s =
        SegmentAnalysis.of(band("q", 10, 100, 10, 0, 100_00, 100_00, q))
            .segmentBy(Dimension.channel())
            .window(q)
            .run()
            .all()
            .snapshot();
    // 10% a quarter is 1 - 0.9^(1/3) = 3.4511% a month.
    assertEquals(0.034511, s.monthlyChurnRate().orElseThrow(), 1e-6);
    var i = s.monthlyChurnInterval().orElseThrow();
    assertTrue(i.lower() < 0.034511 && 0.034511 < i.upper());
    assertEquals(YearMonth.of(2025, 6), YearMonth.from(s.window().from()));
  }

  @Test
  void toString_summarisesTheSnapshot() {
    String t = of(150, 15, 15, 240_00, 350_00).toString();
    assertTrue(
        t.startsWith("MetricsSnapshot[[2025-06-01, 2025-07-01), as of 2025-07-01, default]"), t);
    assertTrue(t.contains("monthly churn 10.00% [6.15%, 15.84%]"), t);
    assertTrue(t.contains("CLV USD 2400.00, CAC USD 350.00, LTV:CAC 6.86"), t);
  }
}
