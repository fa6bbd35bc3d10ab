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
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.GeoRegion;
import dev.icpmetrics.model.Industry;
import dev.icpmetrics.model.Insights;
import dev.icpmetrics.model.Location;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.SizeBand;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.model.SubscriptionLifecycle;
import dev.icpmetrics.model.Tag;
import dev.icpmetrics.model.TechStack;
import dev.icpmetrics.segment.Dimension;
import dev.icpmetrics.segment.Segment;
import dev.icpmetrics.segment.SegmentAnalysis;
import dev.icpmetrics.segment.SegmentReport;
import dev.icpmetrics.segment.Segmentation;
import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
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
      for (SegmentColumn c : t.columns()) {
        key.add(oracleValue((CategoryColumn) c, a));
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
    }
    Map<List<Optional<String>>, Integer> cellOf = new HashMap<>();
    for (int k = 0; k < t.cellCount(); k++) {
      cellOf.put(t.values(k), k);
    }
    int nonEmpty = assertCellsMatch(groups, cellOf, t, w, policy);
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
   * Random accounts around a window (around 2022, in 1901, or ending at epoch day {@code
   * Integer.MAX_VALUE}): sizes not multiples of any lane count, columns that cut the base into
   * cells of 0 to a dozen rows, 0 to 4 lifecycle events (churns and reactivations) and 0 to 6 MRR
   * changes per account (amounts with zeros), or in half the bases only the commonest shapes (0 or
   * 1 event, 1 or 2 changes), and the last accounts of the base without any event or MRR change
   * (the vector kernel's gathers must not read past the arrays).
   */
  static Gen<Shaped> shaped() {
    List<List<CategoryColumn>> columnSets =
        List.of(
            List.of(),
            List.of(CategoryColumn.CHANNEL),
            List.of(CategoryColumn.COUNTRY, CategoryColumn.SENIORITY),
            List.of(CategoryColumn.INDUSTRY, CategoryColumn.SIZE_BAND));
    return rnd -> {
      // Mostly around 2022; also before 1970 (negative epoch days), and a window ending at the
      // last epoch day an int holds (the vector kernel's "never churned" day).
      int era = rnd.nextInt(5);
      LocalDate from =
          era == 4
              ? LocalDate.ofEpochDay(Integer.MAX_VALUE - 2_600L)
              : LocalDate.of(era == 3 ? 1901 : 2022, 1, 1).plusDays(rnd.nextInt(400));
      Window w =
          era == 4
              ? Window.of(from, LocalDate.ofEpochDay(Integer.MAX_VALUE))
              : Window.of(from, from.plusDays(1 + rnd.nextInt(300)));
      int n = rnd.nextInt(300);
      int quiet = 1 + rnd.nextInt(10);
      // Half the bases have only the commonest shapes (1 or 2 MRR changes, at most one churn): a
      // grouped base orders a cell's rows by shape, so the vector kernel's contiguous path runs.
      boolean common = rnd.nextBoolean();
      List<Account> accounts = new ArrayList<>();
      for (Account a : SyntheticBase.accounts(rnd.nextLong(), n)) {
        LocalDate acquired = from.plusDays(rnd.nextInt(700) - 450);
        SubscriptionLifecycle life = SubscriptionLifecycle.acquiredOn(acquired);
        MrrHistory mrr = MrrHistory.empty(a.mrrHistory().currency());
        if (accounts.size() < n - quiet) {
          int events =
              common ? rnd.nextInt(2) : List.of(0, 0, 1, 1, 1, 2, 3, 4).get(rnd.nextInt(8));
          LocalDate d = acquired;
          for (int e = 0; e < events; e++) {
            d = d.plusDays(1 + rnd.nextInt(150));
            life = e % 2 == 0 ? life.churnedOn(d) : life.reactivatedOn(d);
          }
          int changes =
              common ? 1 + rnd.nextInt(2) : List.of(0, 1, 1, 1, 2, 2, 3, 4, 6).get(rnd.nextInt(9));
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
  void tally_ofACellWithMoreNewCustomersThanAKernelBlock_equalsThePerRowOracle() {
    // The vector kernel queues a cell's new rows and adds their acquisitions whenever its queue
    // of SegmentKernel.BLOCK rows fills: a cell needs more new rows than that to fill it.
    LocalDate from = LocalDate.of(2024, 1, 1);
    Window w = Window.of(from, from.plusYears(1));
    Random rnd = new Random(8);
    List<Account> accounts = new ArrayList<>();
    for (Account a : SyntheticBase.accounts(8, 6_000)) {
      LocalDate acquired = from.plusDays(rnd.nextInt(420) - 30);
      SubscriptionLifecycle life = SubscriptionLifecycle.acquiredOn(acquired);
      if (rnd.nextInt(3) == 0) {
        life = life.churnedOn(acquired.plusDays(1 + rnd.nextInt(200)));
      }
      MrrHistory mrr =
          MrrHistory.startingAt(
              acquired, Money.ofMinor(a.mrrHistory().currency(), 1 + rnd.nextInt(100_000)));
      accounts.add(
          a.withMrrHistory(MrrHistory.empty(mrr.currency()))
              .withLifecycle(life)
              .withMrrHistory(mrr));
    }
    long newInWindow =
        accounts.stream().filter(a -> a.lifecycle().acquiredIn(w.from(), w.to())).count();
    assertTrue(newInWindow > 2 * SegmentKernel.BLOCK, "new customers " + newInWindow);
    CustomerBase.Builder grouped = CustomerBase.builder("USD").groupBy(CategoryColumn.SIZE_BAND);
    CustomerBase.Builder plain = CustomerBase.builder("USD");
    for (Account a : accounts) {
      grouped.add(a);
      plain.add(a);
    }
    ChurnPolicy p = ChurnPolicy.defaults();
    for (CustomerBase base : List.of(grouped.build(), plain.build())) {
      assertEqualsOracle(accounts, ColumnarMetrics.tally(base, w, p), w, p);
      assertEqualsOracle(
          accounts, ColumnarMetrics.tally(base, w, p, CategoryColumn.SIZE_BAND), w, p);
    }
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

  // ---------------------------------------------------------------- tag columns

  /** A random base cut by at least one tag column. */
  record TagCase(long seed, int size, Window window, List<SegmentColumn> columns, int tasks) {}

  private static final List<List<SegmentColumn>> TAG_COLUMN_SETS =
      List.of(
          List.of(TagColumn.PAIN_POINTS),
          List.of(TagColumn.TECH_STACK),
          List.of(CategoryColumn.INDUSTRY, TagColumn.PAIN_POINTS),
          List.of(TagColumn.PAIN_POINTS, CategoryColumn.SIZE_BAND),
          List.of(TagColumn.TECH_STACK, TagColumn.PAIN_POINTS),
          List.of(CategoryColumn.CHANNEL, TagColumn.TECH_STACK, TagColumn.PAIN_POINTS),
          List.of(TagColumn.PAIN_POINTS, CategoryColumn.REGION, TagColumn.TECH_STACK),
          List.of(CategoryColumn.COUNTRY, CategoryColumn.SENIORITY, TagColumn.TECH_STACK));

  /** Column sets for the many-tag bases, whose tag cells are many: at most one category column. */
  private static final List<List<SegmentColumn>> MANY_TAG_COLUMN_SETS =
      List.of(
          List.of(TagColumn.PAIN_POINTS),
          List.of(TagColumn.TECH_STACK, TagColumn.PAIN_POINTS),
          List.of(CategoryColumn.SIZE_BAND, TagColumn.PAIN_POINTS),
          List.of(TagColumn.TECH_STACK, CategoryColumn.CHANNEL));

  static Gen<TagCase> tagCases(int maxSize) {
    return tagCases(maxSize, TAG_COLUMN_SETS);
  }

  static Gen<TagCase> tagCases(int maxSize, List<List<SegmentColumn>> columnSets) {
    return rnd -> {
      LocalDate from = LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(2_600));
      Window w = Window.of(from, from.plusDays(1 + rnd.nextInt(400)));
      return new TagCase(
          rnd.nextLong(),
          rnd.nextInt(maxSize),
          w,
          columnSets.get(rnd.nextInt(columnSets.size())),
          1 + rnd.nextInt(5));
    };
  }

  /** The record path's dimension of a column: the multi-valued built-ins for the tag columns. */
  static Dimension dimensionOf(SegmentColumn c) {
    if (c instanceof TagColumn t) {
      return t == TagColumn.PAIN_POINTS ? Dimension.painPoint() : Dimension.technology();
    }
    CategoryColumn category = (CategoryColumn) c;
    return Dimension.of(category.columnName(), a -> oracleValue(category, a));
  }

  /**
   * The record-path oracle: {@code Segmentation.cellsOf} puts each account in its cells (the
   * product of its values, unknown where it has none), then each cell is tallied by the record
   * path.
   */
  static void assertEqualsSegmentation(
      List<Account> accounts, SegmentTallies t, Window w, ChurnPolicy policy) {
    List<Dimension> dims = new ArrayList<>();
    for (SegmentColumn c : t.columns()) {
      dims.add(dimensionOf(c));
    }
    Segmentation seg = Segmentation.of(dims, 3);
    Map<List<String>, List<Account>> groups = new HashMap<>();
    for (Account a : accounts) {
      for (Segment cell : seg.cellsOf(a)) {
        groups.computeIfAbsent(cell.values(), k -> new ArrayList<>()).add(a);
      }
    }
    Map<List<String>, Integer> cellOf = new HashMap<>();
    for (int k = 0; k < t.cellCount(); k++) {
      List<String> labels = new ArrayList<>();
      for (Optional<String> v : t.values(k)) {
        labels.add(v.orElse(Dimension.UNKNOWN));
      }
      cellOf.put(labels, k);
    }
    int nonEmpty = assertCellsMatch(groups, cellOf, t, w, policy);
    assertEquals(nonEmpty, t.nonEmptyCells().size(), "cells with accounts in the window");
    MrrMovements allMrr = MrrMovements.empty(t.totalMrr().currency());
    AcquisitionTally.Builder allAdded = AcquisitionTally.builder();
    for (Account a : accounts) {
      allMrr = allMrr.plus(MrrMovements.of(a, w));
      if (w.contains(a.lifecycle().acquired())) {
        allAdded.add(a);
      }
    }
    assertEquals(Churn.tally(accounts, w, policy), t.totalChurn(), "total churn");
    assertEquals(allMrr, t.totalMrr(), "total mrr");
    assertEquals(allAdded.build(), t.totalNewCustomers(), "total new customers");
  }

  @Test
  void tally_byTagColumns_equalsTheRecordPathSegmentation_onRandomBases() {
    ChurnPolicy netting = ChurnPolicy.defaults().withNetReactivations(true);
    Property.<TagCase>named("columnar tally by tags == record-path segmentation")
        .tries(40)
        .forAll(
            tagCases(1_200),
            c -> {
              List<Account> accounts = SyntheticBase.accounts(c.seed(), c.size());
              CustomerBase base = SyntheticBase.generate(c.seed(), c.size());
              SegmentColumn[] cols = c.columns().toArray(new SegmentColumn[0]);
              for (ChurnPolicy p : List.of(ChurnPolicy.defaults(), netting)) {
                SegmentTallies t = ColumnarMetrics.tally(base, c.window(), p, cols);
                assertTrue(t.isMultiValued());
                assertEqualsSegmentation(accounts, t, c.window(), p);
              }
            });
  }

  /**
   * Synthetic accounts re-tagged from vocabularies of 100 pain points and 90 technologies, so a
   * row's tags span two words; a quarter of the rows have no tag of a column.
   */
  static List<Account> manyTags(long seed, int size) {
    Random rnd = new Random(seed);
    List<Account> out = new ArrayList<>();
    for (Account a : SyntheticBase.accounts(seed, size)) {
      List<Tag> pains = new ArrayList<>();
      int n = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(8);
      for (int i = 0; i < n; i++) {
        pains.add(Tag.of("pain " + rnd.nextInt(100)));
      }
      TreeSet<String> tech = new TreeSet<>();
      int m = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(8);
      for (int i = 0; i < m; i++) {
        tech.add("tech" + rnd.nextInt(90));
      }
      Company company = a.company().toBuilder().techStack(TechStack.of(tech)).build();
      Insights insights = a.insights().withPainPoints(pains.toArray(new Tag[0]));
      out.add(
          new Account(
              a.id(),
              company,
              a.personas(),
              a.lifecycle(),
              a.mrrHistory(),
              a.acquisition(),
              insights));
    }
    return out;
  }

  @Test
  void tally_byTagColumnsOfMoreThan64Tags_equalsTheRecordPath_andTheParallelTally() {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Property.<TagCase>named("columnar tally by many tags == record path, parallel == sequential")
          .tries(20)
          .forAll(
              tagCases(400, MANY_TAG_COLUMN_SETS),
              c -> {
                List<Account> accounts = manyTags(c.seed(), c.size());
                CustomerBase.Builder b = CustomerBase.builder("USD");
                accounts.forEach(b::add);
                CustomerBase base = b.build();
                if (c.size() > 100) {
                  assertTrue(base.tagWordsPerRow(TagColumn.PAIN_POINTS) > 1, "pain point words");
                  assertTrue(base.tagWordsPerRow(TagColumn.TECH_STACK) > 1, "technology words");
                }
                SegmentColumn[] cols = c.columns().toArray(new SegmentColumn[0]);
                ChurnPolicy p = ChurnPolicy.defaults();
                SegmentTallies t = ColumnarMetrics.tally(base, c.window(), p, cols);
                assertEqualsSegmentation(accounts, t, c.window(), p);
                assertSameTallies(
                    t, ColumnarMetrics.tallyParallel(base, c.window(), p, pool, c.tasks(), cols));
              });
    } finally {
      pool.shutdown();
    }
  }

  static void assertSameTallies(SegmentTallies want, SegmentTallies got) {
    assertEquals(want.cellCount(), got.cellCount());
    for (int k = 0; k < want.cellCount(); k++) {
      assertEquals(want.values(k), got.values(k), "cell " + k);
      assertEquals(want.churn(k), got.churn(k), "cell " + k);
      assertEquals(want.mrr(k), got.mrr(k), "cell " + k);
      assertEquals(want.newCustomers(k), got.newCustomers(k), "cell " + k);
    }
    assertEquals(want.totalChurn(), got.totalChurn());
    assertEquals(want.totalMrr(), got.totalMrr());
    assertEquals(want.totalNewCustomers(), got.totalNewCustomers());
  }

  @Test
  void tally_byTagColumns_onAGroupedBase_andInParallel_equalsTheSequentialTally() {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Property.<TagCase>named("grouped and parallel tally by tags == sequential tally")
          .tries(20)
          .forAll(
              tagCases(2_000),
              c -> {
                SegmentColumn[] cols = c.columns().toArray(new SegmentColumn[0]);
                CustomerBase plain = SyntheticBase.generate(c.seed(), c.size());
                ChurnPolicy p = ChurnPolicy.defaults();
                SegmentTallies want = ColumnarMetrics.tally(plain, c.window(), p, cols);
                CustomerBase.Builder b =
                    CustomerBase.builder("USD").groupBy(CategoryColumn.INDUSTRY);
                CustomerBase grouped = SyntheticBase.writeTo(c.seed(), c.size(), b).build();
                assertSameTallies(want, ColumnarMetrics.tally(grouped, c.window(), p, cols));
                assertSameTallies(
                    want,
                    ColumnarMetrics.tallyParallel(plain, c.window(), p, pool, c.tasks(), cols));
                assertSameTallies(
                    want,
                    ColumnarMetrics.tallyParallel(grouped, c.window(), p, pool, c.tasks(), cols));
                assertSameTallies(want, ColumnarMetrics.tallyParallel(plain, c.window(), p, cols));
              });
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void snapshot_bySizeAndPainPoint_equalsTheSegmentAnalysisOfTheSameAccounts() {
    List<Account> accounts = SyntheticBase.accounts(43, 3_000);
    CustomerBase base = SyntheticBase.generate(43, 3_000);
    Window w = Window.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
    LocalDate asOf = LocalDate.of(2025, 1, 1);
    SegmentReport report =
        SegmentAnalysis.of(accounts)
            .segmentBy(Dimension.sizeBand(SizePolicy.guide()), Dimension.painPoint())
            .window(w)
            .asOf(asOf)
            .run();
    SegmentTallies t =
        ColumnarMetrics.tally(
            base, w, ChurnPolicy.defaults(), CategoryColumn.SIZE_BAND, TagColumn.PAIN_POINTS);
    int compared = 0;
    for (int k : t.nonEmptyCells()) {
      List<Optional<String>> v = t.values(k);
      String size = v.get(0).orElse(Dimension.UNKNOWN);
      String pain = v.get(1).orElse(Dimension.UNKNOWN);
      assertEquals(report.row(size, pain).snapshot(), t.snapshot(k, asOf), size + " " + pain);
      compared++;
    }
    assertEquals(report.rows().size(), compared);
    assertTrue(compared > 8, "cells compared: " + compared);
    assertEquals(report.all().snapshot(), t.totalSnapshot(asOf));
  }

  /** Acme, tagged with {@code pains} (none for the unknown cell). */
  private static Account acme(String id, String... pains) {
    Account a = CustomerBaseTest.acme();
    Tag[] tags = new Tag[pains.length];
    for (int i = 0; i < pains.length; i++) {
      tags[i] = Tag.of(pains[i]);
    }
    return new Account(
        id,
        a.company(),
        a.personas(),
        a.lifecycle(),
        a.mrrHistory(),
        a.acquisition(),
        a.insights().withPainPoints(tags));
  }

  @Test
  void tally_byPainPoint_countsAnAccountInEachOfItsTagsCells_andOnceInTheTotal() {
    CustomerBase base =
        CustomerBase.builder("USD")
            .add(acme("a-1", "Churn", "Pricing"))
            .add(acme("a-2", "Pricing"))
            .add(acme("a-3"))
            .build();
    Window w = Window.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 1));
    SegmentTallies t =
        ColumnarMetrics.tally(
            base, w, ChurnPolicy.defaults(), CategoryColumn.CHANNEL, TagColumn.PAIN_POINTS);
    assertEquals(List.of(CategoryColumn.CHANNEL, TagColumn.PAIN_POINTS), t.columns());
    assertTrue(t.isMultiValued());
    assertEquals(3, t.totalChurn().newCount());
    assertEquals(3, t.totalNewCustomers().newCustomerCount());
    assertEquals(
        """
        SegmentTallies [2024-01-01, 2024-07-01), policy default, 3 of 6 cells not empty, \
        overlapping (USD)
          channel  painPoints  start  new  churned  end  mrrStart  mrrEnd
          partner  churn           0    1      0+1    0      0.00    0.00
          partner  pricing         0    2      0+2    0      0.00    0.00
          partner  (unknown)       0    1      0+1    0      0.00    0.00\
        """,
        t.toString());
  }

  @Test
  void tally_byATagColumnNoRowHas_putsEveryRowInTheUnknownCell() {
    CustomerBase base = SyntheticBase.generate(5, 200);
    CustomerBase untagged =
        CustomerBase.builder("USD")
            .add(CustomerBaseTest.acme())
            .add(CustomerBaseTest.acme())
            .build();
    Window w = Window.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 1));
    SegmentTallies t =
        ColumnarMetrics.tally(untagged, w, ChurnPolicy.defaults(), TagColumn.TECH_STACK);
    assertEquals(1, t.cellCount());
    assertEquals(List.of(Optional.empty()), t.values(0));
    assertEquals(2, t.churn(0).newCount());
    assertEquals(t.totalChurn(), t.churn(0));
    assertTrue(base.tagDictionary(TagColumn.TECH_STACK).size() > 0);
  }

  @Test
  @SuppressWarnings("NullAway") // a null column on purpose
  void tally_tagColumnRules_nameTheFieldRuleAndValue() {
    SegmentColumn[] withNull = {TagColumn.PAIN_POINTS, null};
    CustomerBase base = CustomerBase.builder("USD").build();
    Window w = Window.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
    ChurnPolicy p = ChurnPolicy.defaults();
    assertEquals(
        "columns must be distinct, got [PAIN_POINTS, INDUSTRY, PAIN_POINTS]",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ColumnarMetrics.tally(
                        base,
                        w,
                        p,
                        TagColumn.PAIN_POINTS,
                        CategoryColumn.INDUSTRY,
                        TagColumn.PAIN_POINTS))
            .getMessage());
    assertEquals(
        "columns must be at most 3, got 4: [INDUSTRY, PAIN_POINTS, SIZE_BAND, TECH_STACK]",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ColumnarMetrics.tally(
                        base,
                        w,
                        p,
                        CategoryColumn.INDUSTRY,
                        TagColumn.PAIN_POINTS,
                        CategoryColumn.SIZE_BAND,
                        TagColumn.TECH_STACK))
            .getMessage());
    assertEquals(
        "columns[1]",
        assertThrows(NullPointerException.class, () -> ColumnarMetrics.tally(base, w, p, withNull))
            .getMessage());
  }

  @Test
  void tally_withMoreCellsThanTheKernelsArraysHold_namesTheColumnsAndSizes() {
    CustomerBase.Builder b = CustomerBase.builder("USD");
    int web = b.code(CategoryColumn.CHANNEL, "web");
    for (int i = 0; i < 70_000; i++) {
      int d = b.code(CategoryColumn.DEPARTMENT, "dept-" + i);
      b.beginRow(0).category(CategoryColumn.CHANNEL, web).category(CategoryColumn.DEPARTMENT, d);
      if (i == 0) {
        for (int t = 0; t < 500; t++) {
          b.tag(TagColumn.TECH_STACK, b.tagCode(TagColumn.TECH_STACK, "tech" + t));
        }
      }
      b.endRow();
    }
    CustomerBase base = b.build();
    Window w = Window.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
    // (2^31 - 1 - 16) / 75 counters per cell - 1 = 28,633,114 cells; 70,001 x 501 = 35,070,501.
    assertEquals(
        "columns must give at most 28633114 cells (dictionary size + 1 per column, multiplied) for"
            + " a window of 1 months, got 35070501: department 70001 x techStack 501",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ColumnarMetrics.tally(
                        base,
                        w,
                        ChurnPolicy.defaults(),
                        CategoryColumn.DEPARTMENT,
                        TagColumn.TECH_STACK))
            .getMessage());
  }

  /**
   * Asserts that every oracle group's record-path churn, MRR movements and new customers equal its
   * cell's; returns the number of groups with a customer in the window.
   */
  private static <K> int assertCellsMatch(
      Map<K, List<Account>> groups,
      Map<K, Integer> cellOf,
      SegmentTallies t,
      Window w,
      ChurnPolicy policy) {
    int nonEmpty = 0;
    for (Map.Entry<K, List<Account>> g : groups.entrySet()) {
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
    return nonEmpty;
  }
}
