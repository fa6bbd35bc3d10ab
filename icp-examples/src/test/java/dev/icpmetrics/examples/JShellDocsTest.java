package dev.icpmetrics.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's JShell session and {@code examples/quickstart.jsh} through the real JShell
 * engine, so that the documentation cannot rot: every snippet must be accepted and run without an
 * exception, and the session must print the segment table.
 */
class JShellDocsTest {
  static final String TABLE_HEADER = "segment     size        accounts  monthly churn [95% CI]";

  private static final Pattern JSHELL_BLOCK = Pattern.compile("(?ms)^```jshell\\n(.*?)^```\\s*$");

  /** Returns the README's ```jshell blocks, in order. */
  static List<String> readmeBlocks() throws IOException {
    String readme = Files.readString(Project.root().resolve("README.md"), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = JSHELL_BLOCK.matcher(readme);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  @Test
  void readmeJavaExamples_runAsWritten() throws IOException {
    String readme = Files.readString(Project.root().resolve("README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("(?ms)^```java\\n(.*?)^```\\s*$").matcher(readme);
    int n = 0;
    while (m.find()) {
      n++;
      String printed = runClean(m.group(1), true);
      assertTrue(printed.contains("ICP:"), printed);
    }
    assertEquals(1, n, "README.md must hold one ```java example");
  }

  @Test
  void readme_hasOneJShellSession() throws IOException {
    assertEquals(1, readmeBlocks().size(), "README.md must hold one ```jshell block");
  }

  @Test
  void readmeSession_runsEverySnippet_andPrintsTheTableAndAnExplainedScore() throws IOException {
    String printed = runClean(String.join("\n", readmeBlocks()));
    assertTrue(printed.contains(TABLE_HEADER), printed);
    assertTrue(printed.contains("Segments by size, [2025-06-01, 2025-07-01)"), printed);
    // Weights 3, 2, 1 over 6; fits 1 (Mid-market by 800 employees), 1 (same NAICS) and 0.5 (aws of
    // {aws, slack} against {aws, zendesk}): 50 + 33.33 + 8.33 = 91.67, the spare hundredth going
    // to one of the equal remainders. The README quotes this line.
    String line = "91.67 A by company-fit 1: size +50.00, industry +33.33, techStack +8.34";
    assertTrue(printed.contains(line + "\n"), printed);
    String readme = Files.readString(Project.root().resolve("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("(`" + line + "`)"), "README.md must quote the score line");
  }

  @Test
  void session_evaluatesACompleteLineAlone_asTheJShellToolDoes() {
    // In jshell, a line that completes a statement runs at once; a chain continued with a leading
    // dot on the next line is then a syntax error. The README must not rely on it.
    try (JShellSession s = new JShellSession()) {
      List<JShellSession.Step> steps = s.run("var t = \"ab\"\n    .length();\n");
      assertEquals(2, steps.size(), steps.toString());
      assertTrue(steps.get(1).failed(), steps.toString());
      List<JShellSession.Step> trailing = s.run("var u = \"ab\".\n    length();\nu\n");
      assertEquals("2", trailing.get(trailing.size() - 1).value(), trailing.toString());
    }
  }

  @Test
  void quickstartJsh_runsEverySnippet_andPrintsTheTableAndAnExplainedScore() throws IOException {
    String script =
        Files.readString(
            Project.root().resolve("examples").resolve("quickstart.jsh"), StandardCharsets.UTF_8);
    String printed = runClean(script);
    assertTrue(printed.contains(TABLE_HEADER), printed);
    assertTrue(printed.contains("561 accounts, e.g. Account[smb-001 "), printed);
    assertTrue(printed.contains("MetricsSnapshot["), printed);
    assertTrue(printed.contains("ICP:\n  size=Mid-market: "), printed);
    assertTrue(printed.contains(" by company-fit 1: "), printed);
  }

  @Test
  void session_reportsAFailingSnippet() {
    // The check above must be able to fail: a snippet that throws is a failed step.
    try (JShellSession s = new JShellSession()) {
      List<JShellSession.Step> steps = s.run("int x = 1;\nInteger.parseInt(\"12k\");\n");
      assertFalse(steps.get(0).failed(), steps.toString());
      assertTrue(steps.get(1).failed(), steps.toString());
      assertTrue(
          steps.get(1).exception().startsWith("java.lang.NumberFormatException"), steps.toString());
      List<JShellSession.Step> rejected = s.run("undefinedThing.call();\n");
      assertTrue(rejected.get(0).failed(), rejected.toString());
    }
  }

  /** Runs {@code source} in a fresh session, fails on the first failed step, returns the output. */
  static String runClean(String source) {
    return runClean(source, false);
  }

  /** Runs {@code source} as typed JShell input, or as Java statements if {@code java}. */
  static String runClean(String source, boolean java) {
    try (JShellSession s = new JShellSession()) {
      List<JShellSession.Step> steps = java ? s.runAsJava(source) : s.run(source);
      assertFalse(steps.isEmpty(), "no snippet in: " + source);
      for (JShellSession.Step step : steps) {
        assertFalse(step.failed(), () -> "snippet failed: " + step + "\n" + s.printed());
      }
      return s.printed();
    }
  }
}
