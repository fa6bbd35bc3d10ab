package dev.icpmetrics.segment;

import static dev.icpmetrics.segment.Fixtures.JUNE;
import static dev.icpmetrics.segment.Fixtures.band;
import static dev.icpmetrics.segment.Fixtures.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.metrics.Window;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Acquisition;
import dev.icpmetrics.model.AcquisitionSpend;
import dev.icpmetrics.model.Channel;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.Insights;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.model.SpendKind;
import dev.icpmetrics.model.SubscriptionLifecycle;
import dev.icpmetrics.model.Tag;
import dev.icpmetrics.sample.SampleBase;
import dev.icpmetrics.sample.SampleBases;
import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SegmentAnalysisTest {
  private static final Dimension SIZE = Dimension.sizeBand(SizePolicy.guideEmployees100And1000());

  private static SegmentReport run(List<Account> accounts) {
    return SegmentAnalysis.of(accounts).segmentBy(SIZE).window(JUNE).run();
  }

  @Test
  void emptyBase_isAClearError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SegmentAnalysis.of(List.of()));
    assertEquals(
        "accounts must hold at least one account to segment, got an empty base", e.getMessage());
  }

  @Test
  void windowWithNoData_isAnExplicitEmptyReport() {
    SegmentReport r =
        SegmentAnalysis.of(band("a", 10, 40, 4, 0, 100_00, 300_00, JUNE))
            .segmentBy(SIZE)
            .window(Window.month(YearMonth.of(2020, 1)))
            .run();
    assertTrue(r.isEmpty());
    assertTrue(r.rows().isEmpty());
    assertEquals(0, r.all().snapshot().accountCount());
    assertTrue(
        r.toString()
            .contains(
                "No account was active or acquired, and no opportunity open or closed, in the"
                    + " window."),
        r.toString());
    assertEquals(Play.COLLECT_MORE_DATA, r.all().assessment().play());
  }

  @Test
  void run_withoutSegmentationOrWindow_saysWhatIsMissing() {
    List<Account> a = band("a", 10, 1, 0, 0, 100, 100, JUNE);
    IllegalStateException s =
        assertThrows(IllegalStateException.class, () -> SegmentAnalysis.of(a).window(JUNE).run());
    assertEquals("segmentBy must be called before run", s.getMessage());
    IllegalStateException w =
        assertThrows(
            IllegalStateException.class, () -> SegmentAnalysis.of(a).segmentBy(SIZE).run());
    assertEquals("window must be called before run", w.getMessage());
  }

  @Test
  void asOfBeforeTheWindowEnds_isRejected() {
    List<Account> a = band("a", 10, 1, 0, 0, 100, 100, JUNE);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SegmentAnalysis.of(a)
                    .segmentBy(SIZE)
                    .window(JUNE)
                    .asOf(LocalDate.of(2025, 6, 15))
                    .run());
    assertEquals(
        "asOf must be on or after the window's last day 2025-06-30, got 2025-06-15",
        e.getMessage());
  }

  @Test
  void moreThanThreeDimensions_isRefused() {
    List<Account> a = band("a", 10, 1, 0, 0, 100, 100, JUNE);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SegmentAnalysis.of(a)
                    .segmentBy(
                        SIZE, Dimension.country(), Dimension.channel(), Dimension.seniority()));
    assertTrue(String.valueOf(e.getMessage()).contains("cells this small are too small"));
  }

  @Test
  void accountsADimensionDoesNotApplyTo_areInTheUnknownCell_andCounted() {
    List<Account> unsized = new ArrayList<>();
    for (Account a : band("u", 10, 5, 1, 0, 100_00, 300_00, JUNE)) {
      Company bare = Company.of(a.company().id(), a.company().name());
      unsized.add(
          new Account(
              a.id(),
              bare,
              a.personas(),
              a.lifecycle(),
              a.mrrHistory(),
              a.acquisition(),
              a.insights()));
    }
    SegmentReport r = run(concat(band("s", 10, 40, 4, 2, 100_00, 300_00, JUNE), unsized));
    SegmentRow unknown = r.row(Dimension.UNKNOWN);
    assertEquals(5, unknown.snapshot().accountCount());
    assertEquals(5, r.unknownAccountCount());
    assertEquals(45, r.all().snapshot().accountCount());
    assertEquals(0, unknown.rank());
    assertFalse(r.icp().contains(unknown.segment()));
    assertTrue(
        r.toString()
            .contains(
                "5 accounts are in (unknown) cells: a dimension does not apply to them; they are"
                    + " counted, not dropped."),
        r.toString());
  }

  @Test
  void smallSegment_isInsufficientData_notRanked_andCollectsMoreData() {
    SegmentReport r =
        run(
            concat(
                band("s", 10, 40, 1, 2, 100_00, 300_00, JUNE),
                band("e", 5000, 10, 0, 1, 900_00, 300_00, JUNE)));
    SegmentRow e = r.row("Enterprise");
    assertTrue(e.isInsufficientData());
    assertEquals(Verdict.INSUFFICIENT_DATA, e.assessment().verdict());
    assertEquals(Play.COLLECT_MORE_DATA, e.assessment().play());
    assertEquals(0, e.rank());
    assertEquals(
        "only 10 at risk, below the minimum support of 30: monthly churn 0.00% (0 of 10, 95% [0.00%,"
            + " 27.75%]) is shown but not judged against the Enterprise ceiling of 1.00%",
        e.assessment().finding(Criterion.MONTHLY_CHURN).explanation());
    assertEquals(List.of("SMB"), r.ranking().stream().map(x -> x.segment().label()).toList());
    assertTrue(r.toString().contains("1 segment has insufficient data (fewer than 30 at risk)"));
    // The same segment is judged once the support threshold is lowered.
    SegmentReport lowered =
        SegmentAnalysis.of(
                concat(
                    band("s", 10, 40, 1, 2, 100_00, 300_00, JUNE),
                    band("e", 5000, 10, 0, 1, 900_00, 300_00, JUNE)))
            .segmentBy(SIZE)
            .window(JUNE)
            .minSupport(10)
            .run();
    SegmentRow judged = lowered.row("Enterprise");
    assertEquals(Verdict.PASS, judged.assessment().finding(Criterion.MONTHLY_CHURN).verdict());
    // No churn at all: CLV has no finite value, so the economics stay unjudged.
    assertEquals(Verdict.INSUFFICIENT_DATA, judged.assessment().verdict());
    assertEquals(1, judged.rank());
  }

  @Test
  void highChurnAndLowLtvToCac_isDeprioritised_andAntiIcp() {
    // ARPA 100, churn 10/50 = 20%: CLV 500; CAC 400: LTV:CAC 1.25 < 3.
    SegmentReport r =
        run(
            concat(
                band("s", 10, 50, 10, 2, 100_00, 400_00, JUNE),
                band("m", 500, 100, 2, 2, 200_00, 300_00, JUNE)));
    SegmentRow smb = r.row("SMB");
    assertEquals(1.25, smb.snapshot().ltvToCac().orElseThrow(), 1e-12);
    assertEquals(Play.DEPRIORITISE, smb.assessment().play());
    assertEquals(
        List.of(smb.segment()), r.icp().antiSegments().stream().map(SegmentRow::segment).toList());
    assertEquals(
        List.of("Mid-market"), r.icp().segments().stream().map(x -> x.segment().label()).toList());
  }

  @Test
  void churnWithinTarget_butEconomicsMissing_drawsCheaperAcquisition() {
    // ARPA 100, churn 1/100 = 1% under the SMB 5%: CLV 10,000; CAC 6,000: payback 60 months.
    SegmentReport r = run(band("s", 10, 100, 1, 1, 100_00, 6_000_00, JUNE));
    Assessment a = r.row("SMB").assessment();
    assertEquals(Verdict.FAIL, a.finding(Criterion.PAYBACK).verdict());
    assertEquals(Verdict.FAIL, a.finding(Criterion.LTV_TO_CAC).verdict());
    assertEquals(Play.CHEAPER_ACQUISITION_SHORTER_CYCLE, a.play());
  }

  @Test
  void churnExactlyAtTheCeiling_fails_becauseTheTargetIsUnder() {
    SegmentReport r = run(band("s", 10, 100, 5, 1, 100_00, 100_00, JUNE));
    assertEquals(
        Verdict.FAIL, r.row("SMB").assessment().finding(Criterion.MONTHLY_CHURN).verdict());
  }

  @Test
  void noNewCustomer_leavesCacUndefined_andEconomicsInsufficient() {
    SegmentReport r = run(band("s", 10, 100, 2, 0, 100_00, 100_00, JUNE));
    Assessment a = r.row("SMB").assessment();
    assertFalse(r.row("SMB").snapshot().cac().isDefined());
    assertEquals(Verdict.INSUFFICIENT_DATA, a.finding(Criterion.LTV_TO_CAC).verdict());
    assertEquals(Verdict.INSUFFICIENT_DATA, a.verdict());
    assertEquals(Play.UPSELL_AND_CROSS_SELL, a.play());
  }

  @Test
  void grossMargin_makesClvAndPaybackMarginAdjusted() {
    SampleBase base = SampleBases.guideExample();
    SegmentReport r =
        SegmentAnalysis.of(base.accounts())
            .segmentBy(Dimension.sizeBand(base.sizePolicy()))
            .window(Window.of(base.windowFrom(), base.windowTo()))
            .spend(base.spend())
            .grossMargin(0.8)
            .run();
    MetricsSnapshot smb = r.row("SMB").snapshot();
    // 240 x 0.8 / 0.10 = 1,920; 350 / (240 x 0.8) = 1.822917 months.
    assertEquals(Money.of("USD", "1920.00"), smb.clv().orElseThrow());
    assertEquals(350 / 192.0, smb.payback().orElseThrow().months().orElseThrow(), 1e-9);
    assertEquals(0.8, smb.grossMarginRate().orElseThrow(), 1e-12);
  }

  @Test
  void grossMargin_outsideZeroOne_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SegmentAnalysis.of(band("s", 10, 1, 0, 0, 100, 100, JUNE)).grossMargin(1.5));
    assertEquals("grossMargin must be in (0, 1], got 1.5", e.getMessage());
  }

  @Test
  void withoutLedger_cacIsTheMeanKnownDirectCost() {
    SampleBase base = SampleBases.guideExample();
    SegmentReport r =
        SegmentAnalysis.of(base.accounts())
            .segmentBy(Dimension.sizeBand(base.sizePolicy()))
            .window(Window.of(base.windowFrom(), base.windowTo()))
            .run();
    assertEquals(Money.of("USD", "1500.00"), r.row("Enterprise").snapshot().cac().orElseThrow());
    assertTrue(r.toString().contains("CAC from direct costs only"));
  }

  @Test
  void ledgerSpend_isAllocatedByShareOfNewCustomers() {
    // Two new SMB and two new mid-market customers without direct costs share USD 1,000.
    List<Account> accounts = new ArrayList<>();
    for (Account a :
        concat(
            band("s", 10, 30, 0, 2, 100_00, 1, JUNE), band("m", 500, 30, 0, 2, 100_00, 1, JUNE))) {
      accounts.add(withoutDirectCost(a));
    }
    List<AcquisitionSpend> ledger =
        List.of(
            new AcquisitionSpend(
                YearMonth.of(2025, 6),
                Channel.of("outbound"),
                Money.of("USD", "1000"),
                SpendKind.PAID_MEDIA));
    SegmentReport r = SegmentAnalysis.of(accounts).segmentBy(SIZE).window(JUNE).spend(ledger).run();
    assertEquals(Money.of("USD", "250.00"), r.row("SMB").snapshot().cac().orElseThrow());
    assertEquals(Money.of("USD", "250.00"), r.all().snapshot().cac().orElseThrow());
  }

  private static Account withoutDirectCost(Account a) {
    return new Account(
        a.id(),
        a.company(),
        a.personas(),
        a.lifecycle(),
        a.mrrHistory(),
        Acquisition.via(a.acquisition().channel()),
        a.insights());
  }

  @Test
  void multiValuedDimension_countsAnAccountInEachValue_andTheReportSaysTotalsDoNotSum() {
    List<Account> accounts = new ArrayList<>();
    List<Account> base = band("s", 10, 40, 4, 2, 100_00, 300_00, JUNE);
    for (int i = 0; i < base.size(); i++) {
      Insights in =
          i % 2 == 0
              ? Insights.empty().withPainPoints(Tag.of("Data silos"), Tag.of("Manual reporting"))
              : i % 3 == 0
                  ? Insights.empty()
                  : Insights.empty().withPainPoints(Tag.of("Data silos"));
      accounts.add(base.get(i).withInsights(in));
    }
    SegmentReport r =
        SegmentAnalysis.of(accounts).segmentBy(Dimension.painPoint()).window(JUNE).run();
    assertFalse(r.cellsSumToTotal());
    long sum = 0;
    for (SegmentRow row : r.rows()) {
      sum += row.snapshot().accountCount();
    }
    assertEquals(40, r.all().snapshot().accountCount());
    assertTrue(sum > 40, "cells sum to " + sum);
    assertEquals(
        40,
        r.row("data-silos").snapshot().accountCount()
            + r.row(Dimension.UNKNOWN).snapshot().accountCount());
    assertTrue(
        r.toString()
            .contains(
                "pain point is multi-valued: an account counts in each of its values, so the rows"
                    + " do not sum to the All row."));
    assertEquals(
        Money.of("USD", "300.00"), r.row("manual-reporting").snapshot().cac().orElseThrow());
  }

  @Test
  void mixedCurrencies_areRejected() {
    Account eur =
        Account.of(
            "e",
            Company.of("c-e", "E"),
            SubscriptionLifecycle.acquiredOn(Fixtures.BEFORE),
            MrrHistory.startingAt(Fixtures.BEFORE, Money.of("EUR", "10")),
            Acquisition.via("x"));
    List<Account> accounts = concat(band("s", 10, 1, 0, 0, 100, 100, JUNE), List.of(eur));
    RuntimeException e = assertThrows(RuntimeException.class, () -> run(accounts));
    assertEquals("dev.icpmetrics.model.CurrencyMismatchException", e.getClass().getName());
  }

  @Test
  void allRow_equalsTheMergeOfTheCells_forSingleValuedSegmentations() {
    Gen<Account> account =
        r -> {
          int id = r.nextInt(1_000_000_000);
          LocalDate acquired = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(200));
          SubscriptionLifecycle life = SubscriptionLifecycle.acquiredOn(acquired);
          if (r.nextInt(4) == 0) {
            life = life.churnedOn(acquired.plusDays(r.nextInt(100)));
          }
          Company.Builder c = Company.builder("c-" + id, "C" + id);
          if (r.nextInt(8) != 0) {
            c.employees(r.nextInt(3000));
          }
          Acquisition acq =
              Acquisition.via(List.of("outbound", "partner", "events").get(r.nextInt(3)))
                  .withSalesCycleDays(r.nextInt(100));
          return Account.of(
              "a-" + id,
              c.build(),
              life,
              MrrHistory.startingAt(acquired, Money.ofMinor("USD", 1_000 + r.nextInt(50_000))),
              acq);
        };
    List<AcquisitionSpend> ledger = new ArrayList<>();
    for (String ch : List.of("outbound", "partner", "events")) {
      ledger.add(
          new AcquisitionSpend(
              YearMonth.of(2025, 6),
              Channel.of(ch),
              Money.of("USD", "777.77"),
              SpendKind.PAID_MEDIA));
    }
    Property.<List<Account>>named("the all row is the merge of single-valued cells")
        .tries(40)
        .forAll(
            Gen.lists(account, 1, 60),
            accounts -> {
              SegmentReport r =
                  SegmentAnalysis.of(distinctIds(accounts))
                      .segmentBy(SIZE, Dimension.channel())
                      .window(JUNE)
                      .spend(ledger)
                      .run();
              Optional<MetricsSnapshot> merged =
                  r.rows().stream().map(SegmentRow::snapshot).reduce(MetricsSnapshot::plus);
              assertEquals(r.all().snapshot(), merged.orElse(r.all().snapshot()));
            });
  }

  private static List<Account> distinctIds(List<Account> accounts) {
    java.util.Map<String, Account> m = new java.util.LinkedHashMap<>();
    for (Account a : accounts) {
      m.putIfAbsent(a.id(), a);
    }
    return new ArrayList<>(m.values());
  }
}
