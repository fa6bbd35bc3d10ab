package dev.icpmetrics.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.metrics.AcquisitionTally;
import dev.icpmetrics.metrics.Churn;
import dev.icpmetrics.metrics.ChurnPolicy;
import dev.icpmetrics.metrics.ChurnTally;
import dev.icpmetrics.metrics.MrrMovements;
import dev.icpmetrics.metrics.Window;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.BuyerPersona;
import dev.icpmetrics.model.GeoRegion;
import dev.icpmetrics.model.Industry;
import dev.icpmetrics.model.Location;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.SizeBand;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.model.SubscriptionLifecycle;
import dev.icpmetrics.segment.Dimension;
import dev.icpmetrics.segment.SegmentAnalysis;
import dev.icpmetrics.segment.SegmentReport;
import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ColumnarMetricsTest {

  /** A random base: its seed, size, window and columns. */
  record Case(long seed, int size, Window window, List<CategoryColumn> columns, int tasks) {}

  private static final List<List<CategoryColumn>> COLUMN_SETS =
      List.of(
          List.of(),
          List.of(CategoryColumn.SIZE_BAND),
          List.of(CategoryColumn.INDUSTRY, CategoryColumn.CHANNEL),
          List.of(CategoryColumn.COUNTRY, CategoryColumn.SENIORITY),
          List.of(CategoryColumn.REGION, CategoryColumn.SIZE_BAND, CategoryColumn.CHANNEL));

  static Gen<Case> cases() {
    return rnd -> {
      LocalDate from = LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(2_600));
      Window w = Window.of(from, from.plusDays(1 + rnd.nextInt(400)));
      return new Case(
          rnd.nextLong(),
          rnd.nextInt(1_500),
          w,
          COLUMN_SETS.get(rnd.nextInt(COLUMN_SETS.size())),
          1 + rnd.nextInt(5));
    };
  }

  /** The record path's value of a column, derived from the account alone. */
  static Optional<String> oracleValue(CategoryColumn c, Account a) {
    return switch (c) {
      case INDUSTRY -> a.company().industry().map(Industry::toString);
      case SIZE_BAND -> SizePolicy.guide().bandOf(a.company()).map(SizeBand::name);
      case COUNTRY -> a.company().location().map(Location::country);
      case REGION -> a.company().location().flatMap(l -> GeoRegion.of(l.country())).map(Enum::name);
      case CHANNEL -> Optional.of(a.acquisition().channel().key());
      case SENIORITY -> a.primaryPersona().map(p -> p.seniority().name());
      case JOB_FUNCTION -> a.primaryPersona().map(p -> p.function().name());
      case BUYING_ROLE -> a.primaryPersona().map(p -> p.role().name());
      case DEPARTMENT -> a.primaryPersona().map(BuyerPersona::department);
      case GROWTH_STAGE -> Optional.of(a.company().growthStage().name());
    };
  }

  /** The per-row oracle: groups the records, then tallies each group with the record path. */
  static void assertEqualsOracle(
      List<Account> accounts, SegmentTallies t, Window w, ChurnPolicy policy) {
    Map<List<Optional<String>>, List<Account>> groups = new HashMap<>();
    for (Account a : accounts) {
      List<Optional<String>> key = new ArrayList<>();
      for (CategoryColumn c : t.columns()) {
        key.add(oracleValue(c, a));
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
    }
    Map<List<Optional<String>>, Integer> cellOf = new HashMap<>();
    for (int k = 0; k < t.cellCount(); k++) {
      cellOf.put(t.values(k), k);
    }
    int nonEmpty = 0;
    for (Map.Entry<List<Optional<String>>, List<Account>> g : groups.entrySet()) {
      ChurnTally churn = Churn.tally(g.getValue(), w, policy);
      MrrMovements mrr = MrrMovements.empty(t.totalMrr().currency());
      AcquisitionTally.Builder added = AcquisitionTally.builder();
      for (Account a : g.getValue()) {
        mrr = mrr.plus(MrrMovements.of(a, w));
        if (w.contains(a.lifecycle().acquired())) {
          added.add(a);
        }
      }
      Integer cell = cellOf.get(g.getKey());
      assertTrue(cell != null, "no cell for " + g.getKey());
      assertEquals(churn, t.churn(cell), "churn of " + g.getKey());
      assertEquals(mrr, t.mrr(cell), "mrr of " + g.getKey());
      assertEquals(added.build(), t.newCustomers(cell), "new customers of " + g.getKey());
      if (!churn.equals(ChurnTally.empty())) {
        nonEmpty++;
      }
    }
    assertEquals(nonEmpty, t.nonEmptyCells().size(), "cells with accounts in the window");
    assertEquals(Churn.tally(accounts, w, policy), t.totalChurn());
  }

  @Test
  void tally_equalsThePerRowOracle_onRandomBases() {
    ChurnPolicy netting = ChurnPolicy.defaults().withNetReactivations(true);
    Property.<Case>named("columnar tally == record-path oracle")
        .tries(60)
        .forAll(
            cases(),
            c -> {
              List<Account> accounts = SyntheticBase.accounts(c.seed(), c.size());
              CustomerBase base = SyntheticBase.generate(c.seed(), c.size());
              CategoryColumn[] cols = c.columns().toArray(new CategoryColumn[0]);
              for (ChurnPolicy p : List.of(ChurnPolicy.defaults(), netting)) {
                SegmentTallies t = ColumnarMetrics.tally(base, c.window(), p, cols);
                assertEqualsOracle(accounts, t, c.window(), p);
              }
            });
  }

  @Test
  void tally_onAGroupedBase_andInParallel_equalsTheSequentialTally() {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Property.<Case>named("grouped and parallel tally == sequential tally")
          .tries(40)
          .forAll(
              cases(),
              c -> {
                CategoryColumn[] cols = c.columns().toArray(new CategoryColumn[0]);
                CustomerBase plain = SyntheticBase.generate(c.seed(), c.size());
                ChurnPolicy p = ChurnPolicy.defaults();
                SegmentTallies want = ColumnarMetrics.tally(plain, c.window(), p, cols);
                CustomerBase.Builder b = CustomerBase.builder("USD");
                if (cols.length > 0) {
                  b.groupBy(cols);
                }
                CustomerBase grouped = SyntheticBase.writeTo(c.seed(), c.size(), b).build();
                List<SegmentTallies> others =
                    List.of(
                        ColumnarMetrics.tally(grouped, c.window(), p, cols),
                        ColumnarMetrics.tallyParallel(plain, c.window(), p, pool, c.tasks(), cols),
                        ColumnarMetrics.tallyParallel(
                            grouped, c.window(), p, pool, c.tasks(), cols),
                        ColumnarMetrics.tallyParallel(plain, c.window(), p, cols));
                for (SegmentTallies got : others) {
                  for (int k = 0; k < want.cellCount(); k++) {
                    assertEquals(want.churn(k), got.churn(k), "cell " + k);
                    assertEquals(want.mrr(k), got.mrr(k), "cell " + k);
                    assertEquals(want.newCustomers(k), got.newCustomers(k), "cell " + k);
                  }
                }
              });
    } finally {
      pool.shutdown();
    }
  }

  /** A base shaped for the vector kernel's edge cases: its accounts, window and columns. */
  record Shaped(List<Account> accounts, Window window, List<CategoryColumn> columns) {}

  /**
   * Random accounts around a window: sizes not multiples of any lane count, columns that cut the
   * base into cells of 0 to a dozen rows, 0 to 4 lifecycle events (churns and reactivations) and 0
   * to 6 MRR changes per account (amounts with zeros), and the last accounts of the base without
   * any event or MRR change (the vector kernel's gathers must not read past the arrays).
   */
  static Gen<Shaped> shaped() {
    List<List<CategoryColumn>> columnSets =
        List.of(
            List.of(),
            List.of(CategoryColumn.CHANNEL),
            List.of(CategoryColumn.COUNTRY, CategoryColumn.SENIORITY),
            List.of(CategoryColumn.INDUSTRY, CategoryColumn.SIZE_BAND));
    return rnd -> {
      LocalDate from = LocalDate.of(2022, 1, 1).plusDays(rnd.nextInt(400));
      Window w = Window.of(from, from.plusDays(1 + rnd.nextInt(300)));
      int n = rnd.nextInt(300);
      int quiet = 1 + rnd.nextInt(10);
      List<Account> accounts = new ArrayList<>();
      for (Account a : SyntheticBase.accounts(rnd.nextLong(), n)) {
        LocalDate acquired = from.plusDays(rnd.nextInt(700) - 450);
        SubscriptionLifecycle life = SubscriptionLifecycle.acquiredOn(acquired);
        MrrHistory mrr = MrrHistory.empty(a.mrrHistory().currency());
        if (accounts.size() < n - quiet) {
          int events = List.of(0, 0, 1, 1, 1, 2, 3, 4).get(rnd.nextInt(8));
          LocalDate d = acquired;
          for (int e = 0; e < events; e++) {
            d = d.plusDays(1 + rnd.nextInt(150));
            life = e % 2 == 0 ? life.churnedOn(d) : life.reactivatedOn(d);
          }
          int changes = List.of(0, 1, 1, 1, 2, 2, 3, 4, 6).get(rnd.nextInt(9));
          LocalDate c = acquired;
          for (int k = 0; k < changes; k++) {
            long amount = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(500_000);
            mrr = mrr.with(c, Money.ofMinor(mrr.currency(), amount));
            c = c.plusDays(1 + rnd.nextInt(120));
          }
        }
        accounts.add(
            a.withMrrHistory(MrrHistory.empty(mrr.currency()))
                .withLifecycle(life)
                .withMrrHistory(mrr));
      }
      return new Shaped(accounts, w, columnSets.get(rnd.nextInt(columnSets.size())));
    };
  }

  @Test
  void tally_onShapedBases_equalsThePerRowOracle_groupedAndPlain() {
    // Run twice by the build: with the scalar kernel, and with --add-modules jdk.incubator.vector
    // where the grouped and column-less tallies take the vector kernel (KernelSelectionTest).
    String expected = System.getProperty("icpmetrics.expectedKernel");
    if (expected != null) {
      // The kernel falls back to scalar when its self-check fails: that must not pass here.
      assertEquals(expected, ColumnarMetrics.kernel().split(" ", 2)[0], ColumnarMetrics.kernel());
    }
    ChurnPolicy netting = ChurnPolicy.defaults().withNetReactivations(true);
    Property.<Shaped>named("shaped tally == record-path oracle")
        .tries(150)
        .forAll(
            shaped(),
            c -> {
              CategoryColumn[] cols = c.columns().toArray(new CategoryColumn[0]);
              CustomerBase.Builder grouped = CustomerBase.builder("USD");
              CustomerBase.Builder plain = CustomerBase.builder("USD");
              if (cols.length > 0) {
                grouped.groupBy(cols);
              }
              for (Account a : c.accounts()) {
                grouped.add(a);
                plain.add(a);
              }
              for (CustomerBase base : List.of(grouped.build(), plain.build())) {
                for (ChurnPolicy p : List.of(ChurnPolicy.defaults(), netting)) {
                  assertEqualsOracle(
                      c.accounts(),
                      ColumnarMetrics.tally(base, c.window(), p, cols),
                      c.window(),
                      p);
                  assertEqualsOracle(
                      c.accounts(),
                      ColumnarMetrics.tallyParallel(base, c.window(), p, Runnable::run, 3, cols),
                      c.window(),
                      p);
                }
              }
            });
  }

  @Test
  void snapshot_equalsTheSegmentAnalysisOfTheSameAccounts() {
    List<Account> accounts = SyntheticBase.accounts(42, 3_000);
    CustomerBase base = SyntheticBase.generate(42, 3_000);
    Window w = Window.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
    LocalDate asOf = LocalDate.of(2025, 1, 1);
    SegmentReport report =
        SegmentAnalysis.of(accounts)
            .segmentBy(Dimension.sizeBand(SizePolicy.guide()), Dimension.channel())
            .window(w)
            .asOf(asOf)
            .run();
    SegmentTallies t =
        ColumnarMetrics.tally(
            base, w, ChurnPolicy.defaults(), CategoryColumn.SIZE_BAND, CategoryColumn.CHANNEL);
    int compared = 0;
    for (int k : t.nonEmptyCells()) {
      List<Optional<String>> v = t.values(k);
      String size = v.get(0).orElse(Dimension.UNKNOWN);
      String channel = v.get(1).orElseThrow();
      dev.icpmetrics.segment.MetricsSnapshot want = report.row(size, channel).snapshot();
      dev.icpmetrics.segment.MetricsSnapshot got = t.snapshot(k, asOf);
      assertEquals(want.churn(), got.churn(), size + " " + channel);
      assertEquals(want.mrr(), got.mrr(), size + " " + channel);
      assertEquals(want.newCustomers(), got.newCustomers(), size + " " + channel);
      assertEquals(want.acquisitionCost(), got.acquisitionCost(), size + " " + channel);
      assertEquals(want, got, size + " " + channel);
      compared++;
    }
    assertEquals(report.rows().size(), compared);
    assertEquals(report.all().snapshot(), t.totalSnapshot(asOf));
  }

  private static CustomerBase hugeMrr(int activeRows) {
    long big = Long.MAX_VALUE / 3 + 1;
    CustomerBase.Builder b = CustomerBase.builder("USD");
    int web = b.code(CategoryColumn.CHANNEL, "web");
    for (int i = 0; i < 3; i++) {
      // Rows past activeRows are acquired after the window and add nothing.
      long day = i < activeRows ? 0 : 30_000;
      b.beginRow(day).category(CategoryColumn.CHANNEL, web).mrr(day, big).endRow();
    }
    return b.build();
  }

  @Test
  void tally_whenSumsCouldOverflow_checksEveryAdd() {
    Window w = Window.of(LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1));
    SegmentTallies t = ColumnarMetrics.tally(hugeMrr(2), w, ChurnPolicy.defaults());
    assertEquals(2 * (Long.MAX_VALUE / 3 + 1), t.totalMrr().startMinor());
    assertThrows(
        ArithmeticException.class,
        () -> ColumnarMetrics.tally(hugeMrr(3), w, ChurnPolicy.defaults()));
  }

  @Test
  void tally_ofAnEmptyBase_hasOneEmptyCell() {
    CustomerBase empty = CustomerBase.builder("USD").build();
    Window w = Window.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
    SegmentTallies t = ColumnarMetrics.tallyParallel(empty, w, ChurnPolicy.defaults());
    assertEquals(1, t.cellCount());
    assertTrue(t.isEmpty(0));
    assertEquals(ChurnTally.empty(), t.totalChurn());
  }

  @Test
  void toString_listsTheNonEmptyCells() {
    CustomerBase base = CustomerBase.builder("USD").add(CustomerBaseTest.acme()).build();
    Window w = Window.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 1));
    SegmentTallies t =
        ColumnarMetrics.tally(base, w, ChurnPolicy.defaults(), CategoryColumn.CHANNEL);
    assertEquals(
        """
        SegmentTallies [2024-01-01, 2024-07-01), policy default, 1 of 2 cells not empty (USD)
          channel  start  new  churned  end  mrrStart  mrrEnd
          partner      0    1      0+1    0      0.00    0.00\
        """,
        t.toString());
  }

  @Test
  void tally_rules() {
    CustomerBase base = CustomerBase.builder("USD").build();
    Window w = Window.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
    ChurnPolicy p = ChurnPolicy.defaults();
    assertEquals(
        "columns must be distinct, got [COUNTRY, COUNTRY]",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ColumnarMetrics.tally(
                        base, w, p, CategoryColumn.COUNTRY, CategoryColumn.COUNTRY))
            .getMessage());
    assertEquals(
        "tasks must be > 0, got 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> ColumnarMetrics.tallyParallel(base, w, p, Runnable::run, 0))
            .getMessage());
    SegmentTallies t = ColumnarMetrics.tally(base, w, p);
    assertEquals(
        "cell must be in [0, 1), got 1",
        assertThrows(IndexOutOfBoundsException.class, () -> t.churn(1)).getMessage());
  }
}
