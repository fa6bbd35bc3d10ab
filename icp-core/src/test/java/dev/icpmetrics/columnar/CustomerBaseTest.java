package dev.icpmetrics.columnar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Acquisition;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.Industry;
import dev.icpmetrics.model.Location;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.NaicsCode;
import dev.icpmetrics.model.SubscriptionLifecycle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerBaseTest {

  private static final LocalDate JAN = LocalDate.of(2024, 1, 15);

  static long day(LocalDate d) {
    return d.toEpochDay();
  }

  static Account acme() {
    Company c =
        Company.builder("a-1", "Acme")
            .industry(Industry.of("Software", NaicsCode.of("513210")))
            .employees(120)
            .location(Location.of("US"))
            .build();
    return Account.of(
        "a-1",
        c,
        SubscriptionLifecycle.acquiredOn(JAN).churnedOn(LocalDate.of(2024, 6, 1)),
        MrrHistory.startingAt(JAN, Money.of("USD", "500")),
        Acquisition.via("partner"));
  }

  @Test
  void add_account_storesEveryColumnItKeeps() {
    CustomerBase base = CustomerBase.builder("USD").add(acme()).build();
    assertEquals(1, base.rowCount());
    assertEquals(Optional.of("Software (NAICS 513210)"), base.value(CategoryColumn.INDUSTRY, 0));
    assertEquals(Optional.of("SMB"), base.value(CategoryColumn.SIZE_BAND, 0));
    assertEquals(Optional.of("US"), base.value(CategoryColumn.COUNTRY, 0));
    assertEquals(Optional.of("AMERICAS"), base.value(CategoryColumn.REGION, 0));
    assertEquals(Optional.of("partner"), base.value(CategoryColumn.CHANNEL, 0));
    assertEquals(Optional.empty(), base.value(CategoryColumn.SENIORITY, 0));
    assertEquals(OptionalLong.of(120), base.employees(0));
    assertEquals(OptionalLong.empty(), base.annualRevenueMinor(0));
    assertEquals(OptionalInt.empty(), base.foundedYear(0));
    assertEquals(JAN, base.acquired(0));
    assertEquals(Optional.of(LocalDate.of(2024, 6, 1)), base.churned(0));
    assertEquals(acme().lifecycle(), base.lifecycle(0));
    assertEquals(acme().mrrHistory(), base.mrrHistory(0));
  }

  @Test
  void primitiveAccessors_readTheRawColumns() {
    CustomerBase.Builder b = CustomerBase.builder("USD");
    b.beginRow(100).category(CategoryColumn.CHANNEL, b.code(CategoryColumn.CHANNEL, "web"));
    b.churn(120).reactivation(150).mrr(100, 5_000).mrr(130, 7_000).endRow();
    CustomerBase base = b.build();
    assertEquals(100, base.acquiredDay(0));
    assertEquals(2, base.lifecycleEventCount(0));
    assertEquals(120, base.lifecycleEventDay(0, 0));
    assertEquals(150, base.lifecycleEventDay(0, 1));
    assertEquals(2, base.mrrChangeCount(0));
    assertEquals(130, base.mrrChangeDay(0, 1));
    assertEquals(7_000, base.mrrChangeMinor(0, 1));
    assertEquals(Optional.empty(), base.churned(0));
    assertEquals(
        "k must be in [0, 1], got 2",
        assertThrows(IllegalArgumentException.class, () -> base.lifecycleEventDay(0, 2))
            .getMessage());
  }

  @Test
  void account_rebuildsTheStoredFieldsOfGeneratedAccounts() {
    List<Account> accounts = SyntheticBase.accounts(7, 500);
    CustomerBase.Builder b = CustomerBase.builder("USD");
    accounts.forEach(b::add);
    CustomerBase base = b.build();
    for (int i = 0; i < accounts.size(); i++) {
      Account want = accounts.get(i);
      Account got = base.account(i);
      Company wc = want.company();
      Company gc = got.company();
      assertEquals(wc.industry(), gc.industry(), "row " + i);
      assertEquals(wc.employees(), gc.employees(), "row " + i);
      assertEquals(wc.annualRevenue(), gc.annualRevenue(), "row " + i);
      assertEquals(wc.growthStage(), gc.growthStage(), "row " + i);
      assertEquals(wc.location(), gc.location(), "row " + i);
      assertEquals(wc.techStack(), gc.techStack(), "row " + i);
      assertEquals(wc.foundedYear(), gc.foundedYear(), "row " + i);
      assertEquals(want.personas(), got.personas(), "row " + i);
      assertEquals(want.lifecycle(), got.lifecycle(), "row " + i);
      assertEquals(want.mrrHistory(), got.mrrHistory(), "row " + i);
      assertEquals(want.acquisition(), got.acquisition(), "row " + i);
      assertEquals(want.insights(), got.insights(), "row " + i);
    }
  }

  @Test
  void rawPath_andRecordPath_giveTheSameRows() {
    CustomerBase raw = SyntheticBase.generate(11, 3_000);
    CustomerBase.Builder b = CustomerBase.builder("USD");
    SyntheticBase.accounts(11, 3_000).forEach(b::add);
    CustomerBase records = b.build();
    assertEquals(raw.rowCount(), records.rowCount());
    for (int i = 0; i < raw.rowCount(); i++) {
      assertEquals(records.account(i), raw.account(i), "row " + i);
      for (CategoryColumn c : CategoryColumn.values()) {
        assertEquals(records.value(c, i), raw.value(c, i), c + " row " + i);
      }
    }
  }

  @Test
  void generate_sameSeed_sameBase_otherSeed_otherBase() {
    CustomerBase a = SyntheticBase.generate(3, 200);
    CustomerBase b = SyntheticBase.generate(3, 200);
    CustomerBase c = SyntheticBase.generate(4, 200);
    boolean differs = false;
    for (int i = 0; i < 200; i++) {
      assertEquals(a.account(i), b.account(i));
      differs |= !a.account(i).equals(c.account(i));
    }
    assertTrue(differs, "another seed must give another base");
  }

  @Test
  void generate_churnDependsOnTheSegment() {
    // SMB churns at 1.6 x the base hazard and enterprise at 0.35 x: the churned share differs.
    CustomerBase base = SyntheticBase.generate(5, 40_000);
    long[] churned = new long[3];
    long[] all = new long[3];
    for (int i = 0; i < base.rowCount(); i++) {
      OptionalInt band = base.code(CategoryColumn.SIZE_BAND, i);
      if (band.isPresent() && base.employees(i).isPresent()) {
        all[band.getAsInt()]++;
        if (base.churned(i).isPresent()) {
          churned[band.getAsInt()]++;
        }
      }
    }
    double smb = churned[0] / (double) all[0];
    double enterprise = churned[2] / (double) all[2];
    assertTrue(smb > 1.5 * enterprise, "SMB " + smb + " vs enterprise " + enterprise);
  }

  @Test
  void groupBy_ordersACellsRowsByHistoryShape_thenByAppendOrder() {
    CustomerBase grouped =
        SyntheticBase.writeTo(
                11, 5_000, CustomerBase.builder("USD").groupBy(CategoryColumn.SIZE_BAND))
            .build();
    int[] offsets = grouped.segmentOffsets();
    int[] order = grouped.appendOrder();
    Set<Integer> shapes = new HashSet<>();
    for (int cell = 0; cell + 1 < offsets.length; cell++) {
      for (int r = offsets[cell] + 1; r < offsets[cell + 1]; r++) {
        int before = shape(grouped, r - 1);
        int now = shape(grouped, r);
        shapes.add(now);
        assertTrue(
            before < now || (before == now && order[r - 1] < order[r]),
            "row " + r + ": shape " + before + " then " + now);
      }
    }
    // The synthetic base has churned, reactivated and re-priced accounts: several shapes per cell.
    assertTrue(shapes.size() >= 4, "shapes " + shapes);
  }

  @Test
  void groupBy_withMoreShapeCountersThanRows_keepsACellsRowsInAppendOrder() {
    // 3,000 departments + 1 times 2 channels + 1: 9,003 cells, times 15 shapes 135,045 counters,
    // more than the 400 rows and than the 65,536 every build may use.
    CustomerBase.Builder b =
        CustomerBase.builder("USD").groupBy(CategoryColumn.DEPARTMENT, CategoryColumn.CHANNEL);
    for (int i = 0; i < 3_000; i++) {
      b.code(CategoryColumn.DEPARTMENT, "dept-" + i);
    }
    int web = b.code(CategoryColumn.CHANNEL, "web");
    b.code(CategoryColumn.CHANNEL, "ads");
    for (int i = 0; i < 400; i++) {
      b.beginRow(10L * i).category(CategoryColumn.CHANNEL, web);
      b.category(CategoryColumn.DEPARTMENT, i % 3);
      // Shapes falling as rows are appended: sorting by shape would reverse them.
      for (int k = 0; k < 3 - i % 4; k++) {
        b.mrr(10L * i + k, 100);
      }
      b.endRow();
    }
    CustomerBase base = b.build();
    assertEquals(3_001 * 3 + 1, base.segmentOffsets().length);
    int[] order = base.appendOrder();
    for (int r = 1; r < 400; r++) {
      if (base.code(CategoryColumn.DEPARTMENT, r)
          .equals(base.code(CategoryColumn.DEPARTMENT, r - 1))) {
        assertTrue(order[r - 1] < order[r], "row " + r);
      }
    }
    assertEquals(List.of(0, 3, 6), List.of(order[0], order[1], order[2]));
  }

  /** The history shape a grouped base orders by: events (0, 1, 2+), then MRR changes (0-3, 4+). */
  private static int shape(CustomerBase base, int row) {
    return Math.min(base.lifecycleEventCount(row), 2) * 5 + Math.min(base.mrrChangeCount(row), 4);
  }

  @Test
  void groupBy_sortsRowsByCell_andKeepsTheRows() {
    CustomerBase plain = SyntheticBase.generate(9, 2_000);
    CustomerBase grouped =
        SyntheticBase.writeTo(
                9,
                2_000,
                CustomerBase.builder("USD")
                    .groupBy(CategoryColumn.SIZE_BAND, CategoryColumn.CHANNEL))
            .build();
    int[] offsets = grouped.segmentOffsets();
    int channels = grouped.dictionary(CategoryColumn.CHANNEL).size() + 1;
    assertEquals((3 + 1) * channels + 1, offsets.length);
    assertEquals(2_000, offsets[offsets.length - 1]);
    int[] order = grouped.appendOrder();
    for (int cell = 0; cell + 1 < offsets.length; cell++) {
      for (int r = offsets[cell]; r < offsets[cell + 1]; r++) {
        int band = grouped.code(CategoryColumn.SIZE_BAND, r).orElse(3);
        int channel = grouped.code(CategoryColumn.CHANNEL, r).orElse(channels - 1);
        assertEquals(cell, band * channels + channel, "row " + r);
        assertEquals(plain.account(order[r]).lifecycle(), grouped.account(r).lifecycle());
        assertEquals(plain.account(order[r]).mrrHistory(), grouped.account(r).mrrHistory());
        assertEquals(
            plain.tags(TagColumn.TECH_STACK, order[r]), grouped.tags(TagColumn.TECH_STACK, r));
        assertEquals(plain.employees(order[r]), grouped.employees(r));
        // Every column, missing values included, moves with its row (the id names the row).
        Account before = plain.account(order[r]);
        Account after = grouped.account(r);
        Company was = before.company();
        Company is = after.company();
        assertEquals(
            List.of(
                was.industry(),
                was.employees(),
                was.annualRevenue(),
                was.growthStage(),
                was.location(),
                was.techStack(),
                was.foundedYear()),
            List.of(
                is.industry(),
                is.employees(),
                is.annualRevenue(),
                is.growthStage(),
                is.location(),
                is.techStack(),
                is.foundedYear()),
            "company of row " + r);
        assertEquals(before.personas(), after.personas(), "personas of row " + r);
        assertEquals(before.acquisition(), after.acquisition(), "acquisition of row " + r);
        assertEquals(before.insights(), after.insights(), "insights of row " + r);
        for (CategoryColumn c : CategoryColumn.values()) {
          assertEquals(plain.code(c, order[r]), grouped.code(c, r), c + " of row " + r);
        }
        for (TagColumn t : TagColumn.values()) {
          assertEquals(plain.tags(t, order[r]), grouped.tags(t, r), t + " of row " + r);
        }
      }
    }
    assertEquals(List.of(CategoryColumn.SIZE_BAND, CategoryColumn.CHANNEL), grouped.groupedBy());
  }

  @Test
  void estimatedKernelBytes_generatedBase_isAtMost32BytesPerAccount() {
    CustomerBase grouped =
        SyntheticBase.writeTo(
                1, 100_000, CustomerBase.builder("USD").groupBy(CategoryColumn.INDUSTRY))
            .build();
    double perAccount = grouped.estimatedKernelBytes(CategoryColumn.INDUSTRY) / 100_000.0;
    assertTrue(perAccount <= 32, "bytes per account " + perAccount);
    assertTrue(
        grouped.estimatedKernelBytes(CategoryColumn.INDUSTRY)
            < grouped.estimatedKernelBytes(CategoryColumn.COUNTRY),
        "a grouped column is not read");
    assertTrue(grouped.estimatedBytes() > grouped.estimatedKernelBytes(CategoryColumn.COUNTRY));
  }

  @Test
  void estimatedKernelBytes_withATagColumn_addsItsWords() {
    CustomerBase base = SyntheticBase.generate(2, 1_000);
    // 8 pain points: one long word per row, plus the array header.
    assertEquals(
        16 + 8 * 1_000,
        base.estimatedKernelBytes(CategoryColumn.INDUSTRY, TagColumn.PAIN_POINTS)
            - base.estimatedKernelBytes(CategoryColumn.INDUSTRY));
  }

  @Test
  void codes_widenPastA256EntryDictionary() {
    CustomerBase.Builder b = CustomerBase.builder("USD");
    int channel = b.code(CategoryColumn.CHANNEL, "web");
    for (int i = 0; i < 70_000; i++) {
      int d = b.code(CategoryColumn.DEPARTMENT, "dept-" + (i % 70_000));
      b.beginRow(0).category(CategoryColumn.CHANNEL, channel);
      b.category(CategoryColumn.DEPARTMENT, d).endRow();
    }
    CustomerBase base = b.build();
    assertEquals(Optional.of("dept-0"), base.value(CategoryColumn.DEPARTMENT, 0));
    assertEquals(Optional.of("dept-300"), base.value(CategoryColumn.DEPARTMENT, 300));
    assertEquals(Optional.of("dept-69999"), base.value(CategoryColumn.DEPARTMENT, 69_999));
    assertTrue(base.toString().contains("category/4B"), base.toString());
  }

  @Test
  void groupBy_movesTwoAndFourByteCodesWithTheirRows() {
    for (int values : new int[] {1_000, 70_000}) {
      CustomerBase.Builder b =
          CustomerBase.builder("USD").groupBy(CategoryColumn.CHANNEL, CategoryColumn.COUNTRY);
      int[] channel = {
        b.code(CategoryColumn.CHANNEL, "web"), b.code(CategoryColumn.CHANNEL, "ads")
      };
      int rows = values + 17;
      for (int i = 0; i < rows; i++) {
        // Row i: department "dept-<i mod values>", channel by a stride that interleaves the cells.
        int d = b.code(CategoryColumn.DEPARTMENT, "dept-" + (i % values));
        b.beginRow(i).category(CategoryColumn.CHANNEL, channel[(i * 7 / 3) % 2]);
        if (i % 5 != 0) {
          b.category(CategoryColumn.DEPARTMENT, d);
        }
        b.endRow();
      }
      CustomerBase base = b.build();
      int[] order = base.appendOrder();
      for (int r = 0; r < rows; r++) {
        int i = order[r];
        assertEquals(i, base.acquiredDay(r), "acquired day of row " + r);
        assertEquals(
            i % 5 == 0 ? Optional.empty() : Optional.of("dept-" + (i % values)),
            base.value(CategoryColumn.DEPARTMENT, r),
            "department of row " + r);
        assertEquals(
            Optional.of((i * 7 / 3) % 2 == 0 ? "web" : "ads"),
            base.value(CategoryColumn.CHANNEL, r),
            "channel of row " + r);
      }
    }
  }

  @Test
  void rawRow_derivesSizeBandAndRegion() {
    CustomerBase.Builder b = CustomerBase.builder("USD");
    b.beginRow(0)
        .category(CategoryColumn.CHANNEL, b.code(CategoryColumn.CHANNEL, "web"))
        .category(CategoryColumn.COUNTRY, b.code(CategoryColumn.COUNTRY, "de"))
        .employees(600)
        .annualRevenueMinor(2_000_000_000_00L)
        .endRow();
    CustomerBase base = b.build();
    // 600 employees is Mid-market, USD 2B is Enterprise; the guide takes the larger.
    assertEquals(Optional.of("Enterprise"), base.value(CategoryColumn.SIZE_BAND, 0));
    assertEquals(Optional.of("EUROPE"), base.value(CategoryColumn.REGION, 0));
    assertEquals(
        Optional.of("BOOTSTRAPPED_OR_UNKNOWN"), base.value(CategoryColumn.GROWTH_STAGE, 0));
  }

  @Test
  void tags_areStoredAsSetsOverTheirDictionary() {
    CustomerBase.Builder b = CustomerBase.builder("USD");
    int web = b.code(CategoryColumn.CHANNEL, "web");
    int aws = b.tagCode(TagColumn.TECH_STACK, "AWS");
    int slack = b.tagCode(TagColumn.TECH_STACK, "slack");
    int manual = b.tagCode(TagColumn.PAIN_POINTS, "Manual reporting");
    b.beginRow(0).category(CategoryColumn.CHANNEL, web);
    b.tag(TagColumn.TECH_STACK, slack).tag(TagColumn.TECH_STACK, aws);
    b.tag(TagColumn.TECH_STACK, aws).tag(TagColumn.PAIN_POINTS, manual).endRow();
    b.beginRow(0).category(CategoryColumn.CHANNEL, web).endRow();
    CustomerBase base = b.build();
    assertEquals(Set.of("aws", "slack"), base.tags(TagColumn.TECH_STACK, 0));
    assertEquals(Set.of("manual-reporting"), base.tags(TagColumn.PAIN_POINTS, 0));
    assertEquals(Set.of(), base.tags(TagColumn.TECH_STACK, 1));
    assertEquals(List.of("aws", "slack"), base.tagDictionary(TagColumn.TECH_STACK));
  }

  @Test
  void progress_isCalledEverySoManyRowsAndAtBuild() {
    List<Long> calls = new ArrayList<>();
    CustomerBase.Builder b = CustomerBase.builder("USD").progress(calls::add, 400);
    SyntheticBase.writeTo(1, 1_000, b).build();
    assertEquals(List.of(400L, 800L, 1_000L), calls);
  }

  @Test
  void toString_showsRowsColumnsAndFirstRows() {
    CustomerBase base = CustomerBase.builder("USD").add(acme()).build();
    assertEquals(
        """
        CustomerBase: 1 row, USD, size policy guide, 1.2 KB
          column          type            values  missing
          industry        category/1B     1       0
          sizeBand        category/1B     3       0
          country         category/1B     1       0
          region          category/1B     5       0
          growthStage     category/1B     7       0
          channel         category/1B     1       0
          seniority       category/1B     10      1
          jobFunction     category/1B     27      1
          buyingRole      category/1B     6       1
          department      category/1B     0       1
          painPoints      tags/0 words    0       -
          techStack       tags/0 words    0       -
          employees       long            -       0
          annualRevenue   money           -       1
          foundedYear     int             -       1
          directCost      money           -       1
          salesCycleDays  int             -       1
          acquired        epoch day       -       0
          churns          epoch days/row  1       -
          mrr             day+money/row   1       -
          row  industry                 sizeBand  country  channel  acquired    churned     mrr
          0    Software (NAICS 513210)  SMB       US       partner  2024-01-15  2024-06-01  USD 500.00\
        """,
        base.toString());
  }

  @Test
  void emptyBase_hasNoRowsAndAReadableSummary() {
    CustomerBase base = CustomerBase.builder("EUR").build();
    assertEquals(0, base.rowCount());
    assertTrue(
        base.toString().startsWith("CustomerBase: 0 rows, EUR, size policy guide, "),
        base.toString());
    assertThrows(IndexOutOfBoundsException.class, () -> base.acquired(0));
  }

  // ---- bad input, one test per rule with its exact message

  private static CustomerBase.Builder openRow() {
    CustomerBase.Builder b = CustomerBase.builder("USD");
    return b.beginRow(day(JAN))
        .category(CategoryColumn.CHANNEL, b.code(CategoryColumn.CHANNEL, "web"));
  }

  @Test
  void churn_beforeAcquired_namesRowAndDates() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> openRow().churn(day(JAN.minusDays(1))));
    assertEquals(
        "row 0: churn must be on or after acquired 2024-01-15, got 2024-01-14", e.getMessage());
  }

  @Test
  void churn_twice_isRefused() {
    CustomerBase.Builder b = openRow().churn(day(JAN.plusDays(3)));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> b.churn(day(JAN.plusDays(9))));
    assertEquals(
        "row 0: churn needs an active subscription, got one churned on 2024-01-18", e.getMessage());
  }

  @Test
  void reactivation_onTheChurnDay_isRefused() {
    CustomerBase.Builder b = openRow().churn(day(JAN.plusDays(3)));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b.reactivation(day(JAN.plusDays(3))));
    assertEquals(
        "row 0: reactivation must be after the churn on 2024-01-18, got 2024-01-18",
        e.getMessage());
  }

  @Test
  void reactivation_ofAnActiveRow_isRefused() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> openRow().reactivation(day(JAN)));
    assertEquals(
        "row 0: reactivation needs a churned subscription, got an active one", e.getMessage());
  }

  @Test
  void mrr_beforeAcquired_orOutOfOrder_orNegative_isRefused() {
    assertEquals(
        "row 0: mrr must start on or after acquired 2024-01-15, got a change on 2024-01-01",
        assertThrows(
                IllegalArgumentException.class,
                () -> openRow().mrr(day(LocalDate.of(2024, 1, 1)), 100))
            .getMessage());
    CustomerBase.Builder b = openRow().mrr(day(JAN.plusDays(5)), 100);
    assertEquals(
        "row 0: mrr changes must have increasing dates, got 2024-01-20 after 2024-01-20",
        assertThrows(IllegalArgumentException.class, () -> b.mrr(day(JAN.plusDays(5)), 200))
            .getMessage());
    assertEquals(
        "row 0: mrrMinor must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> openRow().mrr(day(JAN), -1))
            .getMessage());
  }

  @Test
  void numbers_outOfRange_areRefused() {
    assertEquals(
        "row 0: employees must be >= 0, got -3",
        assertThrows(IllegalArgumentException.class, () -> openRow().employees(-3)).getMessage());
    assertEquals(
        "row 0: foundedYear must be in [1000, 9999], got 99",
        assertThrows(IllegalArgumentException.class, () -> openRow().foundedYear(99)).getMessage());
    assertEquals(
        "row 0: salesCycleDays must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> openRow().salesCycleDays(-1))
            .getMessage());
  }

  @Test
  void category_codeOutsideTheDictionary_isRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> openRow().category(CategoryColumn.COUNTRY, 0));
    assertEquals("row 0: country code must be in [0, 0), got 0", e.getMessage());
  }

  @Test
  void code_ofAClosedColumn_namesTheAllowedValues() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CustomerBase.builder("USD").code(CategoryColumn.SIZE_BAND, "Huge"));
    assertEquals(
        "sizeBand must be one of [SMB, Mid-market, Enterprise], got \"Huge\"", e.getMessage());
  }

  @Test
  void endRow_withoutChannel_isRefused() {
    CustomerBase.Builder b = CustomerBase.builder("USD").beginRow(0);
    IllegalStateException e = assertThrows(IllegalStateException.class, b::endRow);
    assertEquals("row 0: channel must be set, got none", e.getMessage());
  }

  @Test
  void rowProtocol_misuse_isRefused() {
    CustomerBase.Builder b = openRow();
    assertEquals(
        "beginRow needs the previous row ended, got row 0 still open",
        assertThrows(IllegalStateException.class, () -> b.beginRow(0)).getMessage());
    assertEquals(
        "build needs every row ended, got row 0 open",
        assertThrows(IllegalStateException.class, b::build).getMessage());
    b.discardRow();
    assertEquals(0, b.build().rowCount());
    assertEquals(
        "build may be called once, got a second call",
        assertThrows(IllegalStateException.class, b::build).getMessage());
    assertEquals(
        "employees needs an open row, got none (call beginRow)",
        assertThrows(IllegalStateException.class, () -> CustomerBase.builder("USD").employees(1))
            .getMessage());
  }

  @Test
  void discardRow_leavesNoTrace() {
    CustomerBase.Builder b = openRow().churn(day(JAN.plusDays(2))).mrr(day(JAN), 100).discardRow();
    b.beginRow(day(JAN)).category(CategoryColumn.CHANNEL, 0).mrr(day(JAN), 7).endRow();
    CustomerBase base = b.build();
    assertEquals(Optional.empty(), base.churned(0));
    assertEquals(MrrHistory.startingAt(JAN, Money.ofMinor("USD", 7)), base.mrrHistory(0));
  }

  @Test
  void add_accountInAnotherCurrency_isAMismatch() {
    Account eur =
        Account.of(
            "e",
            Company.of("e", "E"),
            SubscriptionLifecycle.acquiredOn(JAN),
            MrrHistory.startingAt(JAN, Money.of("EUR", "10")),
            Acquisition.via("web"));
    CurrencyMismatchException e =
        assertThrows(CurrencyMismatchException.class, () -> CustomerBase.builder("USD").add(eur));
    assertEquals("USD", e.first().getCurrencyCode());
    assertEquals("EUR", e.second().getCurrencyCode());
  }

  @Test
  void groupBy_rules() {
    assertEquals(
        "groupBy columns must be in [1, 3], got 4",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    CustomerBase.builder("USD")
                        .groupBy(
                            CategoryColumn.INDUSTRY,
                            CategoryColumn.COUNTRY,
                            CategoryColumn.CHANNEL,
                            CategoryColumn.REGION))
            .getMessage());
    assertEquals(
        "groupBy columns must be distinct, got [INDUSTRY, INDUSTRY]",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    CustomerBase.builder("USD")
                        .groupBy(CategoryColumn.INDUSTRY, CategoryColumn.INDUSTRY))
            .getMessage());
    assertArrayEquals(new int[0], CustomerBase.builder("USD").build().segmentOffsets());
  }
}
