package dev.icpmetrics.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick start's output and command line. The segment figures are the guide's (REFERENCES §8);
 * the Wilson intervals were computed independently with SciPy (see icp-core's GuideExampleTest):
 * SMB 15/150 [6.15%, 15.84%], Mid-market 12/300 [2.30%, 6.86%], Enterprise 1/50 [0.35%, 10.50%].
 */
class QuickStartTest {

  /** The exit status and what was printed. */
  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        QuickStart.run(
            List.of(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static final Result SAMPLE = run();

  @Test
  void noArguments_printsTheFourSectionsInOrder() {
    assertEquals(0, SAMPLE.status());
    assertEquals("", SAMPLE.err());
    String out = SAMPLE.out();
    int table = out.indexOf("== 1. Segment table");
    int findings = out.indexOf("== 2. Findings and plays");
    int icp = out.indexOf("== 3. ICP profile");
    int prospects = out.indexOf("== 4. Top prospects");
    assertTrue(table >= 0 && table < findings && findings < icp && icp < prospects, out);
  }

  @Test
  void noArguments_printsTheGuidesSegmentTable() {
    String out = SAMPLE.out();
    assertTrue(out.contains("Segments by size, [2025-06-01, 2025-07-01)"), out);
    assertTrue(out.contains("Size bands: the guide's bands\n"), out);
    assertTrue(
        out.contains(
            "segment     size        accounts  monthly churn [95% CI]  CLV         CAC       "
                + " LTV:CAC  payback  verdict  play"),
        out);
    assertTrue(out.contains("SMB         SMB              150  10.00% [6.15%, 15.84%]"), out);
    assertTrue(out.contains("Mid-market  Mid-market       300    4.00% [2.30%, 6.86%]"), out);
    assertTrue(out.contains("Enterprise  Enterprise        50   2.00% [0.35%, 10.50%]"), out);
    assertTrue(out.contains("USD 2,400    USD 350"), out);
    assertTrue(out.contains("USD 10,000  USD 1,500"), out);
  }

  @Test
  void noArguments_printsEachSegmentsFindingsAndPlay() {
    String out = section(SAMPLE.out(), 2);
    assertTrue(out.contains("SMB: fail, play retention & onboarding"), out);
    assertTrue(out.contains("Mid-market: pass, play upsell & cross-sell"), out);
    assertTrue(out.contains("Enterprise: fail, play cheaper acquisition, shorter cycle"), out);
    assertTrue(
        out.contains(
            "  - fail: monthly churn 10.00% (15 of 150, 95% [6.15%, 15.84%]) is not under the SMB"
                + " ceiling of 5.00%"),
        out);
    assertEquals(3, count(out, "  why this play: "), out);
    assertEquals(9, count(out, "  - "), out);
  }

  @Test
  void noArguments_namesMidMarketTheIcp_andDerivesItsFitProfile() {
    String out = section(SAMPLE.out(), 3);
    assertTrue(out.startsWith("== 3. ICP profile\nICP:\n  size=Mid-market: 300 accounts"), out);
    assertTrue(out.contains("Anti-ICP: none"), out);
    // 300 mid-market accounts active at the start, 12 churned in June, 12 new: 300 active at the
    // end of the window.
    assertTrue(out.contains("Fit profile derived from the ICP's active customers, 300 companies"));
    assertTrue(out.contains("  size Mid-market (weight 3); NAICS "), out);
  }

  @Test
  void noArguments_ranksTheOpenOpportunitiesCompanies_bestFirst_andExplainsTheTopThree() {
    String out = section(SAMPLE.out(), 4);
    // The guide example has 20 + 25 + 6 open opportunities, each with its own company.
    assertTrue(out.contains("51 companies with an opportunity open on 2025-07-01"), out);
    assertTrue(out.contains("scored by company-fit 1; the best 10:"), out);
    Matcher m = Pattern.compile("(?m)^ *(\\d+)  .*?  (\\d+\\.\\d\\d)  ([A-D])  ").matcher(out);
    List<Double> scores = new ArrayList<>();
    while (m.find()) {
      assertEquals(scores.size() + 1, Integer.parseInt(m.group(1)), out);
      scores.add(Double.parseDouble(m.group(2)));
    }
    assertEquals(QuickStart.TOP, scores.size(), out);
    for (int i = 1; i < scores.size(); i++) {
      assertTrue(scores.get(i - 1) >= scores.get(i), "not best first: " + scores);
    }
    assertEquals(QuickStart.EXPLAINED, count(out, " by company-fit 1: "), out);
    assertEquals(4 * QuickStart.EXPLAINED, count(out, " x weight "), out);
  }

  @Test
  void topProspect_scoreIsTheWeightedSumOfItsPrintedFits() {
    // Weights 3 (size), 2 (industry), 1 (tech), 1 (country): value = 100 * sum(w f) / 7.
    String out = section(SAMPLE.out(), 4);
    Matcher m =
        Pattern.compile("(?m)^  (\\w+) +[+-]\\d+\\.\\d\\d  fit (\\d\\.\\d{3}) x").matcher(out);
    double sum = 0;
    int n = 0;
    double[] weights = {3, 2, 1, 1};
    while (n < 4 && m.find()) {
      sum += weights[n++] * Double.parseDouble(m.group(2));
    }
    assertEquals(4, n, out);
    Matcher first = Pattern.compile("(?m)^ *1  .*?  (\\d+\\.\\d\\d)  ").matcher(out);
    assertTrue(first.find(), out);
    // The fits are printed to 0.001, so the recomputed value is within 100 * 0.0005 of the score.
    assertEquals(100 * sum / 7, Double.parseDouble(first.group(1)), 0.06);
  }

  @Test
  void run_isDeterministic() {
    assertEquals(SAMPLE.out(), run().out());
  }

  @Test
  void csvFilesOfTheSampleBase_giveTheSameAnalysisAsTheBundledBase() {
    Path d = Project.data();
    Result csv =
        run(
            d.resolve("worksheet.csv").toString(),
            d.resolve("spend.csv").toString(),
            d.resolve("opportunities.csv").toString());
    assertEquals(0, csv.status(), csv.err());
    assertEquals(afterHeader(SAMPLE.out()), afterHeader(csv.out()));
    assertTrue(
        csv.out()
            .contains(
                "Window: [2025-06-01, 2025-07-01) (the month of the latest acquisition or churn in"
                    + " the worksheet; set it with --window)"),
        csv.out());
  }

  @Test
  void worksheetAlone_isAnalysedWithDirectCosts_andSaysThereIsNoProspect() {
    Result r = run(Project.data().resolve("worksheet.csv").toString(), "--window", "2025-06");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("Window: [2025-06-01, 2025-07-01) (set by --window)"), r.out());
    assertTrue(r.out().contains("CAC from direct costs only"), r.out());
    assertTrue(
        r.out()
            .contains(
                "No open opportunity to score at 2025-07-01: pass an opportunities CSV with open"
                    + " deals to rank your prospects."),
        r.out());
  }

  @Test
  void windowRange_isParsedAsHalfOpenDays() {
    Result r =
        run(
            Project.data().resolve("worksheet.csv").toString(),
            "--window",
            "2025-04-01..2025-07-01");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("Segments by size, [2025-04-01, 2025-07-01)"), r.out());
  }

  @Test
  void revenueInAnotherCurrency_bandsByEmployeesAlone_andSaysSo(@TempDir Path dir)
      throws IOException {
    // The guide's revenue bands are in USD; a EUR revenue must not end the analysis with a
    // CurrencyMismatchException. By employees: 20 is SMB (< 500), 800 Mid-market (500 to 1,999).
    // The window is February 2024 (Beta's acquisition): Acme is at risk in SMB, Beta is new in
    // Mid-market, which therefore has no account at the start.
    Path f = dir.resolve("eur.csv");
    Files.writeString(
        f,
        """
        id,name,channel,acquired,currency,mrr,annual_revenue,employees
        a-1,Acme,outbound,2024-01-15,EUR,2024-01-15=500.00,1000000.00,20
        a-2,Beta,outbound,2024-02-15,EUR,2024-02-15=700.00,,800
        """,
        StandardCharsets.UTF_8);
    Result r = run(f.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(
        r.out()
            .contains(
                "Size bands: the guide's bands by employees only: some revenue is not in USD"),
        r.out());
    assertTrue(r.out().contains("Window: [2024-02-01, 2024-03-01)"), r.out());
    assertTrue(Pattern.compile("(?m)^SMB +SMB +1 ").matcher(r.out()).find(), r.out());
    assertTrue(Pattern.compile("(?m)^Mid-market +Mid-market +0 ").matcher(r.out()).find(), r.out());
  }

  @Test
  void accountsInTwoCurrencies_failWithTheLibrarysMessage_notAStackTrace(@TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("mixed.csv");
    Files.writeString(
        f,
        """
        id,name,channel,acquired,currency,mrr
        a-1,Acme,outbound,2024-01-15,USD,2024-01-15=500.00
        a-2,Beta,outbound,2024-02-15,EUR,2024-02-15=700.00
        """,
        StandardCharsets.UTF_8);
    Result r = run(f.toString());
    assertEquals(1, r.status());
    assertEquals("", r.out());
    assertEquals("error: the analysis failed: currencies must match, got USD and EUR\n", r.err());
  }

  @Test
  void help_printsTheUsage() {
    Result r = run("--help");
    assertEquals(0, r.status());
    assertEquals(QuickStart.USAGE + "\n", r.out());
    assertTrue(QuickStart.USAGE.startsWith("usage: java -jar icp-quickstart.jar [worksheet.csv"));
  }

  @Test
  void unknownOption_isAUsageError() {
    Result r = run("--verbose");
    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertEquals(
        "error: option must be --window or --help, got --verbose\n\n" + QuickStart.USAGE + "\n",
        r.err());
  }

  @Test
  void badWindow_isAUsageErrorThatShowsTheValue() {
    Result r = run("a.csv", "--window", "June");
    assertEquals(2, r.status());
    assertTrue(
        r.err().startsWith("error: --window must be yyyy-MM or yyyy-MM-dd..yyyy-MM-dd, got June\n"),
        r.err());
  }

  @Test
  void windowWithoutValue_isAUsageError() {
    Result r = run("--window");
    assertEquals(2, r.status());
    assertTrue(
        r.err().startsWith("error: --window must be followed by a month or a range, got nothing\n"),
        r.err());
  }

  @Test
  void fourFiles_isAUsageError() {
    Result r = run("a.csv", "b.csv", "c.csv", "d.csv");
    assertEquals(2, r.status());
    assertTrue(
        r.err()
            .startsWith(
                "error: files must be at most three (worksheet, spend, opportunities), got 4\n"),
        r.err());
  }

  @Test
  void missingFile_failsWithItsName(@TempDir Path dir) {
    Path missing = dir.resolve("nope.csv");
    Result r = run(missing.toString());
    assertEquals(1, r.status());
    assertEquals("", r.out());
    assertEquals("error: file must exist, got " + missing + "\n", r.err());
  }

  @Test
  void malformedWorksheet_listsEveryProblemWithRowAndColumn_andPrintsNothingElse(@TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("accounts.csv");
    Files.writeString(
        f,
        """
        id,name,channel,acquired,currency,employees
        a-1,Acme,outbound,2024-01-15,USD,12k
        a-2,Beta,outbound,2024-13-01,USD,10
        """,
        StandardCharsets.UTF_8);
    Result r = run(f.toString());
    assertEquals(1, r.status());
    assertEquals("", r.out());
    assertTrue(
        r.err().startsWith("error: accounts.csv: 2 problems, nothing was loaded\n"), r.err());
    assertTrue(
        r.err().contains("  row 2, column employees: expected a whole number, got \"12k\""),
        r.err());
    assertTrue(
        r.err()
            .contains("  row 3, column acquired: expected a date yyyy-MM-dd, got \"2024-13-01\""),
        r.err());
  }

  @Test
  void readmeExcerpt_isWhatTheQuickStartPrints() throws IOException {
    String readme = Files.readString(Project.root().resolve("README.md"), StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile("(?s)<!-- quickstart-output:[^>]*-->\n```text\n(.*?)\n```\n")
            .matcher(readme);
    assertTrue(m.find(), "README.md must hold the quick-start excerpt after its marker");
    String[] chunks = m.group(1).split("\n\\.\\.\\.\n", -1);
    assertTrue(chunks.length >= 4, "excerpt chunks: " + chunks.length);
    for (String chunk : chunks) {
      assertTrue(SAMPLE.out().contains(chunk + "\n"), "not printed by the quick start:\n" + chunk);
    }
  }

  private static String afterHeader(String out) {
    return out.substring(out.indexOf("== 1. Segment table"));
  }

  private static String section(String out, int n) {
    int from = out.indexOf("== " + n + ". ");
    int to = out.indexOf("== " + (n + 1) + ". ");
    return out.substring(from, to < 0 ? out.length() : to);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
