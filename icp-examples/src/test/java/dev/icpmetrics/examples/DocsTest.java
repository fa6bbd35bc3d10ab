package dev.icpmetrics.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README opens with the two commands, links every concept page, and no link is broken. */
class DocsTest {
  static final String BUILD_AND_RUN =
      "./mvnw -B -q install -DskipTests && java -jar icp-examples/target/icp-quickstart.jar";
  static final String TEST = "./mvnw -B verify";

  private static final Pattern LINK = Pattern.compile("\\]\\(([^)#]+)(#[^)]*)?\\)");

  private static String readme() throws IOException {
    return Files.readString(Project.root().resolve("README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void readme_opensWithExactlyTheTwoCommands() throws IOException {
    String readme = readme();
    int block = readme.indexOf("```bash\n");
    String before = readme.substring(0, block);
    // The title and one paragraph of description, nothing else, before the commands.
    assertTrue(before.startsWith("# icp-metrics\n\n"), before);
    assertEquals(1, before.strip().split("\n\n").length - 1, "paragraphs before:\n" + before);
    String commands = readme.substring(block + 8, readme.indexOf("```", block + 8));
    assertEquals(BUILD_AND_RUN + "\n" + TEST + "\n", commands);
  }

  @Test
  void ciRun_runsTheReadmesMainJobCommand() throws IOException {
    String ci = Files.readString(Project.root().resolve(".ci/run"), StandardCharsets.UTF_8);
    assertTrue(ci.contains("(" + BUILD_AND_RUN + ")"), ci);
    assertTrue(ci.indexOf(TEST + "\n") < ci.indexOf(BUILD_AND_RUN), ci);
  }

  @Test
  void readme_linksEveryConceptPage_andTheApiOverview() throws IOException {
    String readme = readme();
    for (String page :
        List.of(
            "docs/metrics-retention.md",
            "docs/metrics-economics.md",
            "docs/segments.md",
            "docs/scoring.md",
            "docs/csv-schema.md",
            "docs/ARCHITECTURE.md",
            "docs/decisions/")) {
      assertTrue(readme.contains("](" + page + ")"), "README.md must link " + page);
    }
    assertTrue(readme.contains("./mvnw -B -q javadoc:javadoc -pl icp-core"), readme);
    assertTrue(readme.contains("icp-core/target/reports/apidocs/index.html"), readme);
  }

  @Test
  void relativeLinks_inTheReadmeAndDocs_resolve() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(Project.root().resolve("README.md"));
    try (var files = Files.walk(Project.root().resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path page : pages) {
      Matcher m = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (m.find()) {
        String target = m.group(1);
        if (target.startsWith("http://") || target.startsWith("https://")) {
          continue;
        }
        links++;
        if (!Files.exists(page.resolveSibling(target))) {
          broken.add(Project.root().relativize(page) + " -> " + target);
        }
      }
    }
    assertTrue(links >= 10, "found only " + links + " relative links");
    assertEquals(List.of(), broken);
  }
}
