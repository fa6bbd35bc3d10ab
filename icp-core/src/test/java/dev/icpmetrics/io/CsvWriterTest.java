package dev.icpmetrics.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void row_quotesOnlyWhatNeedsIt() {
    StringBuilder out = new StringBuilder();
    CsvWriter.to(out, CsvFormat.defaults()).row("plain", "a,b", "say \"hi\"", "two\nlines", "");
    assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n", out.toString());
  }

  @Test
  void formulas_areNeutralisedWithAnApostrophe() {
    assertEquals("'=HYPERLINK(\"http://x\")", CsvWriter.neutralised("=HYPERLINK(\"http://x\")"));
    assertEquals("'+1+cmd|' /C calc'!A0", CsvWriter.neutralised("+1+cmd|' /C calc'!A0"));
    assertEquals("'-2+3", CsvWriter.neutralised("-2+3"));
    assertEquals("'@SUM(A1)", CsvWriter.neutralised("@SUM(A1)"));
    assertEquals("'\tx", CsvWriter.neutralised("\tx"));
  }

  @Test
  void plainNumbers_areNotNeutralised() {
    assertEquals("-3.50", CsvWriter.neutralised("-3.50"));
    assertEquals("+12", CsvWriter.neutralised("+12"));
    assertEquals("-4.5%", CsvWriter.neutralised("-4.5%"));
    assertEquals("SMB", CsvWriter.neutralised("SMB"));
  }

  @Test
  void neutralised_apostropheBeforeAFormula_getsOneMore() {
    assertEquals("''=1", CsvWriter.neutralised("'=1"));
    assertEquals("'''-x", CsvWriter.neutralised("''-x"));
    assertEquals("'x", CsvWriter.neutralised("'x"));
    assertEquals("'", CsvWriter.neutralised("'"));
  }

  @Test
  void restored_dropsExactlyTheApostropheTheWriterAdded() {
    assertEquals("=1", CsvWriter.restored("'=1"));
    assertEquals("'=1", CsvWriter.restored("''=1"));
    assertEquals("'x", CsvWriter.restored("'x"));
    assertEquals("'", CsvWriter.restored("'"));
    assertEquals("-3.50", CsvWriter.restored("-3.50"));
    assertEquals("", CsvWriter.restored(""));
  }

  @Test
  void semicolonDelimiter_quotesCellsWithSemicolons() {
    StringBuilder out = new StringBuilder();
    CsvWriter.to(out, CsvFormat.defaults().withDelimiter(';')).row("a;b", "c,d");
    assertEquals("\"a;b\";c,d\r\n", out.toString());
  }

  @Test
  void writtenCells_readBackAsWritten() {
    Gen<String> cell =
        Gen.lists(
                Gen.oneOf(
                    'a', 'Z', ',', '"', '\n', '\r', '\t', ' ', '=', '-', '+', '@', '\'', '1', 'é',
                    '€'),
                0,
                12)
            .map(
                chars -> {
                  StringBuilder b = new StringBuilder();
                  chars.forEach(b::append);
                  return b.toString();
                });
    Property.<List<String>>named("CSV written then read gives the cells back, trimmed")
        .edgeCases(
            List.of("", ""),
            List.of("=1", "\"\""),
            List.of(" x ", "\r\n"),
            List.of("'=1", "''-2"),
            List.of("-3.50", "'x"),
            List.of("\t ", " '=x"))
        .forAll(
            Gen.zip(cell, cell, List::of),
            cells -> {
              StringBuilder out = new StringBuilder("a,b\r\n");
              CsvWriter.to(out, CsvFormat.defaults()).row(cells);
              List<List<String>> read = new ArrayList<>();
              new CsvInput("p.csv", CsvFormat.defaults(), Set.of("a", "b"), Set.of())
                  .read(
                      new StringReader(out.toString()),
                      row -> read.add(List.of(row.text("a").orElse(""), row.text("b").orElse(""))));
              List<String> expected = cells.stream().map(String::strip).toList();
              if (expected.equals(List.of("", ""))) {
                // A record of two empty cells is the line "," and is read back as such.
                assertEquals(List.of(List.of("", "")), read);
              } else {
                assertEquals(List.of(expected), read);
              }
            });
  }
}
