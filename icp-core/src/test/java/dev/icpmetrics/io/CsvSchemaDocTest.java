package dev.icpmetrics.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps docs/csv-schema.md and the readers' columns in step, so the documentation cannot rot. */
class CsvSchemaDocTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9_]+)` \\| (yes|no) \\|");

  /** Returns the documented columns of the section that starts with {@code heading}. */
  private static Map<String, Boolean> documented(String heading) throws IOException {
    List<String> lines =
        Files.readAllLines(
            Golden.repositoryRoot().resolve("docs/csv-schema.md"), StandardCharsets.UTF_8);
    Map<String, Boolean> out = new LinkedHashMap<>();
    boolean in = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        in = line.startsWith(heading);
        continue;
      }
      Matcher m = ROW.matcher(line);
      if (in && m.find()) {
        out.put(m.group(1), m.group(2).equals("yes"));
      }
    }
    return out;
  }

  private static Set<String> required(Map<String, Boolean> doc) {
    return doc.entrySet().stream()
        .filter(Map.Entry::getValue)
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void worksheetTable_listsEveryColumnInOrder_personaGroupsOnce() throws IOException {
    Map<String, Boolean> doc = documented("## Worksheet");
    List<String> columns =
        WorksheetCsv.columns().stream().filter(c -> !c.matches("persona[2-5]_.*")).toList();
    assertEquals(columns, List.copyOf(doc.keySet()));
    assertEquals(new TreeSet<>(WorksheetCsv.requiredColumns()), required(doc));
  }

  @Test
  void spendTable_listsEveryColumnInOrder() throws IOException {
    Map<String, Boolean> doc = documented("## Spend");
    assertEquals(SpendCsv.columns(), List.copyOf(doc.keySet()));
    assertEquals(new TreeSet<>(SpendCsv.columns()), required(doc));
  }

  @Test
  void opportunitiesTable_listsEveryColumnInOrder() throws IOException {
    Map<String, Boolean> doc = documented("## Opportunities");
    assertEquals(OpportunitiesCsv.columns(), List.copyOf(doc.keySet()));
    assertEquals(new TreeSet<>(OpportunitiesCsv.requiredColumns()), required(doc));
  }

  @Test
  void minimalWorksheetExample_reads() throws IOException {
    String text =
        Files.readString(
            Golden.repositoryRoot().resolve("docs/csv-schema.md"), StandardCharsets.UTF_8);
    int start = text.indexOf("```\nid,name,channel,acquired,currency,mrr\n");
    String example = text.substring(start + 4, text.indexOf("```", start + 4));
    assertEquals(
        1,
        WorksheetCsv.readAccounts(
                new java.io.StringReader(example), "doc.csv", CsvFormat.defaults())
            .size());
  }
}
