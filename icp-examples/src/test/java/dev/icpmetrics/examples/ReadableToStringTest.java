package dev.icpmetrics.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a JShell user sees when printing the main types: the value JShell shows for an expression
 * (its {@code toString()} in the remote JVM) is a readable line or table, never {@code
 * Type@1b6d3586}.
 */
class ReadableToStringTest {
  private static final Pattern IDENTITY = Pattern.compile("[A-Za-z_$][\\w.$]*@[0-9a-f]{4,}");

  private static JShellSession session;

  @BeforeAll
  static void start() {
    session = new JShellSession();
    List<JShellSession.Step> setup =
        session.run(
            """
            import dev.icpmetrics.metrics.Window;
            import dev.icpmetrics.model.Company;
            import dev.icpmetrics.sample.SampleBase;
            import dev.icpmetrics.sample.SampleBases;
            import dev.icpmetrics.scoring.FitProfile;
            import dev.icpmetrics.scoring.ScoringStrategy;
            import dev.icpmetrics.segment.Dimension;
            import dev.icpmetrics.segment.SegmentAnalysis;
            import dev.icpmetrics.segment.SegmentReport;
            SampleBase base = SampleBases.guideExample();
            SegmentReport report = SegmentAnalysis.of(base.accounts()).
                segmentBy(Dimension.sizeBand(base.sizePolicy())).
                window(Window.of(base.windowFrom(), base.windowTo())).
                opportunities(base.opportunities()).
                spend(base.spend()).
                run();
            ScoringStrategy<Company> fit = ScoringStrategy.companyFit(
                FitProfile.builder().size(3, base::sizePolicy, "Mid-market").country(1, "US").build());
            """);
    for (JShellSession.Step s : setup) {
      assertFalse(s.failed(), () -> s + "\n" + session.printed());
    }
  }

  @AfterAll
  static void stop() {
    session.close();
  }

  /** Returns the value JShell shows for {@code expression}. */
  private static String shown(String expression) {
    List<JShellSession.Step> steps = session.run(expression + "\n");
    assertEquals(1, steps.size(), steps.toString());
    JShellSession.Step s = steps.get(0);
    assertFalse(s.failed(), () -> s + "\n" + session.printed());
    assertFalse(IDENTITY.matcher(s.value()).find(), "identity toString: " + s.value());
    return s.value();
  }

  private static void oneLine(String value) {
    assertFalse(value.contains("\n"), "not one line: " + value);
    assertTrue(value.length() < 400, "too long for one line: " + value);
  }

  @Test
  void segmentReport_isTheAlignedTable() {
    String v = shown("report");
    assertTrue(v.startsWith("Segments by size, [2025-06-01, 2025-07-01)\n"), v);
    assertTrue(v.contains(JShellDocsTest.TABLE_HEADER), v);
    assertTrue(v.contains("\nMid-market  Mid-market       300    4.00% [2.30%, 6.86%]"), v);
  }

  @Test
  void metricsSnapshot_isAShortBlockOfLabelledLines() {
    String v = shown("report.row(\"SMB\").snapshot()");
    assertTrue(v.startsWith("MetricsSnapshot[[2025-06-01, 2025-07-01), as of 2025-07-01"), v);
    assertTrue(v.contains("\n  monthly churn 10.00%"), v);
    assertTrue(v.lines().count() <= 8, v);
  }

  @Test
  void icpProfile_listsTheIcpAndAntiIcp() {
    String v = shown("report.icp()");
    assertTrue(v.startsWith("ICP:\n  size=Mid-market: 300 accounts"), v);
    assertTrue(v.endsWith("Anti-ICP: none"), v);
  }

  @Test
  void sampleBase_isOneLine() {
    String v = shown("base");
    oneLine(v);
    assertTrue(v.startsWith("SampleBase[guide example: 561 accounts, "), v);
  }

  @Test
  void account_isOneLine() {
    String v = shown("base.accounts().get(0)");
    oneLine(v);
    assertTrue(v.startsWith("Account[smb-001 "), v);
  }

  @Test
  void company_isOneLine() {
    String v = shown("base.accounts().get(0).company()");
    oneLine(v);
    assertTrue(v.startsWith("Company[c-smb-001 "), v);
    assertTrue(v.contains("employees="), v);
  }

  @Test
  void opportunity_isOneLine() {
    oneLine(shown("base.opportunities().get(0)"));
  }

  @Test
  void score_isOneLineAndItsExplanationATable() {
    String v = shown("fit.score(base.accounts().get(0).company())");
    oneLine(v);
    assertTrue(Pattern.compile("^\\d+\\.\\d\\d [A-D] by company-fit 1").matcher(v).find(), v);
    // The explanation: the summary line, then one line per attribute of the profile.
    assertEquals(
        "3", shown("fit.score(base.accounts().get(0).company()).explain().lines().count()"));
  }

  @Test
  void strategyAndProfile_areOneLine() {
    oneLine(shown("fit"));
    String p = shown("FitProfile.builder().size(3, base::sizePolicy, \"SMB\").build()");
    assertEquals("ICP profile: size 3.0", p);
  }

  @Test
  void identityPattern_catchesADefaultToString() {
    // The check in shown() must be able to fail.
    assertTrue(IDENTITY.matcher("dev.icpmetrics.Foo@1b6d3586").find());
    assertTrue(IDENTITY.matcher("java.lang.Object@5e9f23b4").find());
  }
}
