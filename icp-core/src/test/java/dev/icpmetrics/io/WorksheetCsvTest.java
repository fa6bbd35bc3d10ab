package dev.icpmetrics.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Acquisition;
import dev.icpmetrics.model.BuyerPersona;
import dev.icpmetrics.model.BuyingRole;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.GrowthStage;
import dev.icpmetrics.model.Industry;
import dev.icpmetrics.model.Insights;
import dev.icpmetrics.model.JobFunction;
import dev.icpmetrics.model.Location;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.NaicsCode;
import dev.icpmetrics.model.Seniority;
import dev.icpmetrics.model.SubscriptionLifecycle;
import dev.icpmetrics.model.Tag;
import dev.icpmetrics.model.TechStack;
import dev.icpmetrics.model.TriggerEvent;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorksheetCsvTest {

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  /** The accounts of valid/worksheet.csv, built by hand from the file's cells. */
  static List<Account> expectedValid() {
    Company acme =
        Company.builder("c-1", "Acme GmbH")
            .industry(Industry.of("Software", NaicsCode.of("513210")))
            .employees(120)
            .annualRevenue(Money.of("EUR", "12000000.00"))
            .growthStage(GrowthStage.EARLY)
            .location(Location.of("DE", "DE-BY"))
            .foundedYear(2015)
            .techStack(TechStack.of("salesforce", "hubspot"))
            .build();
    Account a1 =
        new Account(
            "a-1",
            acme,
            List.of(
                new BuyerPersona(
                    "VP Sales",
                    JobFunction.SALES,
                    Seniority.VP,
                    "Sales",
                    BuyingRole.ECONOMIC_BUYER),
                new BuyerPersona(
                    "RevOps Lead",
                    JobFunction.OPERATIONS,
                    Seniority.MANAGER,
                    "RevOps",
                    BuyingRole.CHAMPION)),
            SubscriptionLifecycle.of(
                day("2024-01-15"), List.of(day("2024-06-01")), List.of(day("2024-09-01"))),
            MrrHistory.startingAt(day("2024-01-15"), Money.of("USD", "500.00"))
                .with(day("2024-03-01"), Money.of("USD", "650.00"))
                .with(day("2024-09-01"), Money.of("USD", "700.00")),
            Acquisition.via("paid-search")
                .withCampaign("Q1 brand, EU")
                .withSalesCycleDays(45)
                .withDirectCost(Money.of("USD", "350.00")),
            Insights.empty()
                .withPainPoints(
                    Tag.of("manual-reporting", "Manual reporting"),
                    Tag.of("slow-close", "Slow quarter close"))
                .withTriggerEvents(
                    TriggerEvent.of(Tag.of("new-cfo", "New CFO"), day("2024-01-10")),
                    TriggerEvent.of(Tag.of("funding", "funding"), day("2023-11-02")))
                .withDesiredOutcomes(Tag.of("board-ready-reports", "Board-ready reports"))
                .withBenefits(Tag.of("time-saved", "Time saved"))
                .withReasonsChosen(
                    Tag.of("integrations", "Integrations"), Tag.of("price", "Price")));
    Company beta =
        Company.builder("a-2", "Beta \"Labs\" Inc.")
            .industry(Industry.of("Fintech"))
            .employees(2500)
            .growthStage(GrowthStage.PUBLIC)
            .location(Location.of("US", "US-CA"))
            .foundedYear(1999)
            .build();
    // Annual contracts of 36,000 and 42,000 are 3,000 and 3,500 a month.
    Account a2 =
        Account.of(
                "a-2",
                beta,
                SubscriptionLifecycle.acquiredOn(day("2023-05-01")),
                MrrHistory.startingAt(day("2023-05-01"), Money.of("USD", "3000.00"))
                    .with(day("2024-05-01"), Money.of("USD", "3500.00")),
                Acquisition.via("outbound").withSalesCycleDays(120))
            .withPersonas(
                new BuyerPersona(
                    "Chief Financial Officer",
                    JobFunction.FINANCE,
                    Seniority.CXO,
                    "Finance",
                    BuyingRole.ECONOMIC_BUYER));
    Company gamma =
        Company.builder("c-3", "Gamma KK")
            .industry(Industry.of("Retail", NaicsCode.of("44")))
            .employees(8)
            .annualRevenue(Money.of("JPY", "90000000"))
            .growthStage(GrowthStage.PRE_SEED_SEED)
            .location(Location.of("JP"))
            .build();
    Account a3 =
        Account.of(
            "a-3",
            gamma,
            SubscriptionLifecycle.acquiredOn(day("2024-02-29")).churnedOn(day("2024-02-29")),
            MrrHistory.startingAt(day("2024-02-29"), Money.of("JPY", "12000")),
            Acquisition.via("partner")
                .withCampaign("Spring\nlaunch")
                .withDirectCost(Money.of("JPY", "5000")));
    return List.of(a1, a2, a3);
  }

  private static List<Account> read(String csv) {
    return WorksheetCsv.readAccounts(new StringReader(csv), "w.csv", CsvFormat.defaults());
  }

  private static List<String> failure(String csv) {
    return Golden.problems(assertThrows(CsvException.class, () -> read(csv)));
  }

  private static String write(List<Account> accounts) {
    StringBuilder out = new StringBuilder();
    WorksheetCsv.writeAccounts(accounts, out, CsvFormat.defaults());
    return out.toString();
  }

  // ------------------------------------------------------------------ golden: valid

  @Test
  void readAccounts_validWorksheet_givesTheAccountsOfEveryColumn() throws IOException {
    List<Account> accounts = WorksheetCsv.readAccounts(Golden.path("valid/worksheet.csv"));
    List<Account> expected = expectedValid();
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), accounts.get(i), "account " + (i + 1));
    }
    assertEquals(expected, accounts);
  }

  @Test
  void writeAccounts_validWorksheet_matchesTheFrozenFile() {
    assertEquals(Golden.text("valid/worksheet.written.csv"), write(expectedValid()));
  }

  @Test
  void readAccounts_frozenWrittenFile_readsBackEqual() throws IOException {
    assertEquals(
        expectedValid(), WorksheetCsv.readAccounts(Golden.path("valid/worksheet.written.csv")));
  }

  @Test
  void readAccounts_semicolonDelimiter() {
    CsvFormat semicolon = CsvFormat.defaults().withDelimiter(';');
    StringBuilder out = new StringBuilder();
    WorksheetCsv.writeAccounts(expectedValid(), out, semicolon);
    assertTrue(out.toString().startsWith("id;company_id;name;"), out.toString());
    assertEquals(
        expectedValid(),
        WorksheetCsv.readAccounts(new StringReader(out.toString()), "s.csv", semicolon));
  }

  @Test
  void readAccounts_minimalColumns() {
    Account a =
        read("ID,Name,Channel,Acquired,Currency\nx-1,Solo,Outbound,2024-01-01,EUR\n").get(0);
    assertEquals(
        Account.of(
            "x-1",
            Company.of("x-1", "Solo"),
            SubscriptionLifecycle.acquiredOn(day("2024-01-01")),
            MrrHistory.empty(java.util.Currency.getInstance("EUR")),
            Acquisition.via("outbound")),
        a);
  }

  @Test
  void readAccounts_resultIsUnmodifiable() {
    List<Account> accounts = read("id,name,channel,acquired,currency\nx,X,o,2024-01-01,EUR\n");
    assertThrows(UnsupportedOperationException.class, () -> accounts.remove(0));
  }

  @Test
  void writeAccounts_toPath_readsBack(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out.csv");
    WorksheetCsv.writeAccounts(expectedValid(), file, CsvFormat.defaults());
    assertEquals(expectedValid(), WorksheetCsv.readAccounts(file));
    assertTrue(Files.readString(file).contains("Acme GmbH"));
  }

  @Test
  void columns_areTheDocumentedOnesWithFivePersonaGroups() {
    List<String> c = WorksheetCsv.columns();
    assertEquals(List.of("id", "company_id", "name", "industry", "naics"), c.subList(0, 5));
    assertTrue(c.contains("persona5_role"));
    assertEquals(3 + 11 + 25 + 4 + 5 + 3 + 4, c.size());
    assertTrue(c.containsAll(WorksheetCsv.requiredColumns()));
  }

  // ------------------------------------------------------------------ golden: malformed

  @Test
  void readAccounts_malformedWorksheet_listsEveryProblemWithRowAndColumn() {
    CsvException e =
        assertThrows(
            CsvException.class,
            () -> WorksheetCsv.readAccounts(Golden.path("malformed/worksheet.csv")));
    assertEquals(
        List.of(
            "row 2, column employees: expected a whole number, got \"12k\"",
            "row 3, column acquired: expected a date yyyy-MM-dd, got \"2024-13-01\"",
            "row 4, column persona_seniority: expected one of [unpaid, training, entry, senior,"
                + " manager, director, vp, cxo, partner, owner], got \"boss\"",
            "row 5, column churned: churn must be on or after acquired 2024-03-01, got 2024-02-01",
            "row 6: a record must have 13 fields like the header, got 12",
            "row 7, column mrr: mrrHistory must start on or after acquired 2024-03-01, got a"
                + " change on 2024-01-01",
            "row 8, column currency: expected an ISO 4217 currency code such as USD, got \"US$\"",
            "row 9, column mrr: expected at most 2 decimals for USD, got \"2024-03-01=12.345\"",
            "row 10, column persona_department: must not be empty in a persona",
            "row 11, column channel: channel must be a non-empty key of letters, digits and + # ."
                + " / _ -, got \"Paid Search!\"",
            "row 12, column id: must not be empty",
            "row 13, column mrr: expected date=amount items such as 2024-01-01=1200.00, got"
                + " \"2024-03-01:100\"",
            "row 14, column employees: employees must be >= 0, got -3"),
        Golden.problems(e));
    assertEquals(false, e.truncated());
    assertTrue(
        String.valueOf(e.getMessage()).startsWith("worksheet.csv: 13 problems, nothing was loaded"),
        e.getMessage());
  }

  @Test
  void readAccounts_missingRequiredAndUnknownColumn_areReportedFromTheHeader() {
    CsvException e =
        assertThrows(
            CsvException.class,
            () -> WorksheetCsv.readAccounts(Golden.path("malformed/worksheet-header.csv")));
    assertEquals(
        List.of(
            "row 1: the header must name only known columns, got unknown [emploees]",
            "row 1: the header must name every required column, missing [acquired]"),
        Golden.problems(e));
  }

  @Test
  void readAccounts_contractRules() {
    String h = "id,name,channel,acquired,currency,mrr,contract_values,billing_term_months\n";
    assertEquals(
        List.of(
            "row 2, column contract_values: must be empty when mrr is filled, got"
                + " \"2024-01-01=1200.00\"",
            "row 3, column billing_term_months: must be empty without contract_values, got \"12\"",
            "row 4, column billing_term_months: must not be empty when contract_values is filled",
            "row 5, column billing_term_months: months must be > 0, got 0"),
        failure(
            h
                + "a,A,o,2024-01-01,USD,2024-01-01=100.00,2024-01-01=1200.00,12\n"
                + "b,B,o,2024-01-01,USD,2024-01-01=100.00,,12\n"
                + "c,C,o,2024-01-01,USD,,2024-01-01=1200.00,\n"
                + "d,D,o,2024-01-01,USD,,2024-01-01=1200.00,0\n"));
  }

  @Test
  void readAccounts_contractOverTwoMonths_roundsHalfEven() {
    // 100.01 / 2 = 50.005 -> 50.00 and 100.03 / 2 = 50.015 -> 50.02 (half-up would give 50.01).
    String csv =
        """
        id,name,channel,acquired,currency,contract_values,billing_term_months
        a,A,o,2024-01-01,USD,2024-01-01=100.01|2024-04-01=100.03,2
        """;
    Account a = read(csv).get(0);
    assertEquals(Money.of("USD", "50.00"), a.mrrHistory().mrrOn(day("2024-01-01")));
    assertEquals(Money.of("USD", "50.02"), a.mrrHistory().mrrOn(day("2024-04-01")));
  }

  @Test
  void readAccounts_firmographicRules() {
    String h =
        "id,name,channel,acquired,currency,industry,naics,annual_revenue,revenue_currency,"
            + "growth_stage,funding_round,country,subdivision,founded_year,tech_stack\n";
    assertEquals(
        List.of(
            "row 2, column naics: must be empty without an industry label, got \"5132\"",
            "row 3, column naics: naicsCode must start with a NAICS 2022 sector, got \"99\"",
            "row 4, column revenue_currency: must be empty without an annual_revenue, got \"EUR\"",
            "row 5, column growth_stage: must be early for funding_round series_a, got \"growth\"",
            "row 6, column subdivision: must be empty without a country, got \"DE-BY\"",
            "row 7, column subdivision: subdivision must be an ISO 3166-2 code of FR such as FR-AB,"
                + " got \"DE-BY\"",
            "row 8, column country: country must be an ISO 3166-1 alpha-2 code, got \"XX\"",
            "row 9, column founded_year: foundedYear must be in [1000, 9999], got 99",
            "row 10, column tech_stack: technology must be a non-empty key of letters, digits and"
                + " + # . / _ -, got \"C$\"",
            "row 11, column annual_revenue: expected at most 0 decimals for JPY, got \"10.5\""),
        failure(
            h
                + "a,A,o,2024-01-01,USD,,5132,,,,,,,,\n"
                + "a,A,o,2024-01-01,USD,X,99,,,,,,,,\n"
                + "a,A,o,2024-01-01,USD,,,,EUR,,,,,,\n"
                + "a,A,o,2024-01-01,USD,,,,,growth,series a,,,,\n"
                + "a,A,o,2024-01-01,USD,,,,,,,,DE-BY,,\n"
                + "a,A,o,2024-01-01,USD,,,,,,,FR,DE-BY,,\n"
                + "a,A,o,2024-01-01,USD,,,,,,,XX,,,\n"
                + "a,A,o,2024-01-01,USD,,,,,,,,,99,\n"
                + "a,A,o,2024-01-01,USD,,,,,,,,,,java|C$\n"
                + "a,A,o,2024-01-01,USD,,,10.5,JPY,,,,,,\n"));
  }

  @Test
  void readAccounts_tagAndLifecycleRules() {
    String h = "id,name,channel,acquired,currency,pain_points,trigger_events,churned,reactivated\n";
    assertEquals(
        List.of(
            "row 2, column pain_points: painPoints must not hold two labels for one id, got"
                + " \"CRM\" and \"crm\" for crm",
            "row 3, column trigger_events: expected type@yyyy-MM-dd items such as"
                + " new-cfo@2024-03-01, got \"new-cfo\"",
            "row 4, column reactivated: reactivation must be after the churn on 2024-03-01, got"
                + " 2024-03-01",
            "row 5, column reactivated: reactivations must each follow a churn, got 1"
                + " reactivations and 0 churns",
            "row 6, column churned: expected dates yyyy-MM-dd separated by |, got \"soon\"",
            "row 7, column pain_points: label must not be blank, got \"\""),
        failure(
            h
                + "a,A,o,2024-01-01,USD,CRM|crm,,,\n"
                + "a,A,o,2024-01-01,USD,,new-cfo,,\n"
                + "a,A,o,2024-01-01,USD,,,2024-03-01,2024-03-01\n"
                + "a,A,o,2024-01-01,USD,,,,2024-03-01\n"
                + "a,A,o,2024-01-01,USD,,,soon,\n"
                + "a,A,o,2024-01-01,USD,x=,,,\n"));
  }

  @Test
  void readAccounts_personaGroupsMustBeFilledInOrder() {
    String h =
        "id,name,channel,acquired,currency,persona_title,persona_function,persona_seniority,"
            + "persona_department,persona_role,persona2_title,persona2_function,"
            + "persona2_seniority,persona2_department,persona2_role\n";
    assertEquals(
        List.of(
            "row 2, column persona2_title: must be empty while the persona group before it is"
                + " empty, got \"CTO\""),
        failure(h + "a,A,o,2024-01-01,USD,,,,,,CTO,engineering,cxo,IT,user\n"));
  }

  @Test
  void readAccounts_accountCostRules() {
    String h = "id,name,channel,acquired,currency,sales_cycle_days,direct_acquisition_cost\n";
    assertEquals(
        List.of(
            "row 2, column sales_cycle_days: salesCycleDays must be >= 0, got -1",
            "row 3, column direct_acquisition_cost: directCost must be >= 0, got USD -5.00",
            "row 4, column currency: must not be empty"),
        failure(
            h
                + "a,A,o,2024-01-01,USD,-1,\n"
                + "a,A,o,2024-01-01,USD,,-5\n"
                + "a,A,o,2024-01-01,,,\n"));
  }

  @Test
  void readAccounts_problemsStopAtTheLimit() {
    StringBuilder csv = new StringBuilder("id,name,channel,acquired,currency,employees\n");
    for (int i = 0; i < 10; i++) {
      csv.append("a,A,o,2024-01-01,USD,many\n");
    }
    CsvException e =
        assertThrows(
            CsvException.class,
            () ->
                WorksheetCsv.readAccounts(
                    new StringReader(csv.toString()),
                    "w.csv",
                    CsvFormat.defaults().withMaxProblems(3)));
    assertEquals(3, e.problems().size());
    assertTrue(e.truncated());
  }

  // ------------------------------------------------------------------ writer rules

  @Test
  void writeAccounts_tooManyPersonas_isRefusedBeforeWriting() {
    BuyerPersona p = new BuyerPersona("T", JobFunction.SALES, Seniority.VP, "D", BuyingRole.USER);
    Account a = expectedValid().get(1).withPersonas(p, p, p, p, p, p);
    StringBuilder out = new StringBuilder();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WorksheetCsv.writeAccounts(List.of(a), out, CsvFormat.defaults()));
    assertEquals(
        "personas must be at most 5 per account to be written, got 6 for account a-2",
        e.getMessage());
    assertEquals("", out.toString());
  }

  @Test
  void writeAccounts_labelWithPipe_isRefusedBeforeWriting() {
    Account a =
        expectedValid()
            .get(1)
            .withInsights(Insights.empty().withBenefits(Tag.of("fast", "fast | cheap")));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> write(List.of(a)));
    assertEquals(
        "label must not contain | to be written in a list cell, got \"fast | cheap\"",
        e.getMessage());
  }

  @Test
  void writeAccounts_labelsThatDoNotGiveTheirId_areWrittenWithTheId() {
    Account a =
        expectedValid()
            .get(1)
            .withInsights(
                Insights.empty()
                    .withPainPoints(Tag.of("eq", "a = b"), Tag.of("odd", "Not odd!"))
                    .withTriggerEvents(TriggerEvent.of(Tag.of("at", "x@y"), day("2024-01-01"))));
    String csv = write(List.of(a));
    assertTrue(csv.contains(",eq=a = b|odd=Not odd!,at=x@y@2024-01-01,"), csv);
    assertEquals(List.of(a), read(csv));
  }

  // ------------------------------------------------------------------ progress

  @Test
  void progress_isToldEveryIntervalAndTheTotalAtTheEnd() {
    StringBuilder csv = new StringBuilder("id,name,channel,acquired,currency\n");
    for (int i = 0; i < 7; i++) {
      csv.append("a").append(i).append(",A,o,2024-01-01,USD\n");
    }
    List<Long> calls = new ArrayList<>();
    WorksheetCsv.readAccounts(
        new StringReader(csv.toString()),
        "w.csv",
        CsvFormat.defaults(),
        ProgressListener.every(3, calls::add));
    assertEquals(List.of(3L, 6L, 7L), calls);
  }

  @Test
  void progress_totalOnAMultiple_isToldOnce() {
    StringBuilder csv = new StringBuilder("id,name,channel,acquired,currency\n");
    for (int i = 0; i < 4; i++) {
      csv.append("a").append(i).append(",A,o,2024-01-01,USD\n");
    }
    List<Long> calls = new ArrayList<>();
    WorksheetCsv.readAccounts(
        new StringReader(csv.toString()),
        "w.csv",
        CsvFormat.defaults(),
        ProgressListener.every(2, calls::add));
    assertEquals(List.of(2L, 4L), calls);
  }

  @Test
  void progress_listenerThatThrows_abortsTheImport() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                WorksheetCsv.readAccounts(
                    new StringReader("id,name,channel,acquired,currency\na,A,o,2024-01-01,USD\n"),
                    "w.csv",
                    CsvFormat.defaults(),
                    ProgressListener.every(
                        1,
                        rows -> {
                          throw new IllegalStateException("cancelled at " + rows);
                        })));
    assertEquals("cancelled at 1", e.getMessage());
  }
}
