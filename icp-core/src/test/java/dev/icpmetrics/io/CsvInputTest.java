package dev.icpmetrics.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvInputTest {

  private static final Set<String> REQUIRED = Set.of("id", "employees");
  private static final Set<String> OPTIONAL = Set.of("name", "acquired", "tags");

  private static List<List<String>> records(String csv) {
    return records(csv, CsvFormat.defaults());
  }

  private static List<List<String>> records(String csv, CsvFormat format) {
    List<List<String>> out = new ArrayList<>();
    new CsvInput("t.csv", format, Set.of("a", "b"), Set.of())
        .read(
            new StringReader(csv),
            row -> out.add(List.of(row.text("a").orElse(""), row.text("b").orElse(""))));
    return out;
  }

  private static CsvException failure(String csv) {
    return failure(csv, CsvFormat.defaults());
  }

  private static CsvException failure(String csv, CsvFormat format) {
    return assertThrows(CsvException.class, () -> records(csv, format));
  }

  @Test
  void read_quotedFieldsWithDelimitersQuotesAndLineBreaks() {
    assertEquals(
        List.of(List.of("x,y", "say \"hi\""), List.of("two\r\nlines", "")),
        records("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",\n"));
  }

  @Test
  void read_lfAndCrlfAndMissingFinalLineBreak_areAllAccepted() {
    assertEquals(List.of(List.of("1", "2"), List.of("3", "4")), records("a,b\n1,2\r\n3,4"));
  }

  @Test
  void read_byteOrderMarkAndEmptyLines_areSkipped() {
    assertEquals(List.of(List.of("1", "2")), records("\uFEFFa,b\n\n1,2\n\r\n"));
  }

  @Test
  void read_semicolonDelimiter() {
    assertEquals(
        List.of(List.of("1,5", "2")),
        records("a;b\n1,5;2\n", CsvFormat.defaults().withDelimiter(';')));
  }

  @Test
  void read_headerIsCaseInsensitiveAndTrimmed() {
    assertEquals(List.of(List.of("1", "2")), records(" A ,B\n1,2\n"));
  }

  @Test
  void unterminatedQuote_namesTheRow() {
    CsvException e = failure("a,b\n1,2\n\"open,3\n");
    assertEquals(
        "row 3: a quoted field must end with a quote, got the end of the file",
        e.problems().get(0).toString());
  }

  @Test
  void quoteInsideUnquotedField_isAProblemOfThatRecord() {
    CsvException e = failure("a,b\n1,x\"y\n");
    assertEquals(
        "row 2: field 2 must be quoted to contain a quote, got a quote inside an unquoted field",
        e.problems().get(0).toString());
  }

  @Test
  void textAfterClosingQuote_isAProblem() {
    CsvException e = failure("a,b\n\"1\"x,2\n");
    assertEquals(
        "row 2: field 1 must end at its closing quote, got 'x' after it",
        e.problems().get(0).toString());
  }

  @Test
  void wrongFieldCount_namesExpectedAndActual() {
    CsvException e = failure("a,b\n1,2,3\n4\n");
    assertEquals(
        List.of(
            "row 2: a record must have 2 fields like the header, got 3",
            "row 3: a record must have 2 fields like the header, got 1"),
        e.problems().stream().map(CsvProblem::toString).toList());
  }

  @Test
  void header_unknownDuplicateAndMissingColumns_areAllReported() {
    CsvException e =
        assertThrows(
            CsvException.class,
            () ->
                new CsvInput("w.csv", CsvFormat.defaults(), REQUIRED, OPTIONAL)
                    .read(new StringReader("id,name,name,emploees\n"), row -> {}));
    assertEquals(
        List.of(
            "row 1, column name: a column must appear once, got it twice",
            "row 1: the header must name only known columns, got unknown [emploees]",
            "row 1: the header must name every required column, missing [employees]"),
        e.problems().stream().map(CsvProblem::toString).toList());
  }

  @Test
  void emptyInput_needsAHeader() {
    CsvException e = failure("");
    assertEquals(
        "row 1: the file must start with a header, got nothing", e.problems().get(0).toString());
  }

  @Test
  void oversizedField_isRejectedWithoutBufferingIt() {
    CsvFormat small = CsvFormat.defaults().withLimits(8, 64, 100);
    CsvException e = failure("a,b\n123456789,2\n", small);
    assertEquals("row 2: field 1 must have at most 8 characters", e.problems().get(0).toString());
  }

  @Test
  void oversizedRecord_isRejected() {
    CsvFormat small = CsvFormat.defaults().withLimits(8, 10, 100);
    CsvException e = failure("a,b\n12345678,12345678\n", small);
    assertEquals("row 2: a record must have at most 10 characters", e.problems().get(0).toString());
  }

  @Test
  void tooManyRecords_stopsTheImport() {
    CsvFormat small = CsvFormat.defaults().withLimits(8, 64, 2);
    CsvException e = failure("a,b\n1,2\n3,4\n", small);
    assertEquals("row 3: the file must have at most 2 records", e.problems().get(0).toString());
  }

  @Test
  void invalidUtf8_isRejectedNotReplaced() {
    byte[] bytes = {'a', ',', 'b', '\n', (byte) 0xC3, (byte) 0x28, ',', '2', '\n'};
    Reader in = CsvReader.utf8(new ByteArrayInputStream(bytes));
    CsvException e =
        assertThrows(
            CsvException.class,
            () ->
                new CsvInput("t.csv", CsvFormat.defaults(), Set.of("a", "b"), Set.of())
                    .read(in, r -> {}));
    assertEquals(
        "row 2: the input must be UTF-8, got invalid bytes", e.problems().get(0).toString());
  }

  @Test
  void problems_stopAtTheLimitAndSaySo() {
    StringBuilder csv = new StringBuilder("a,b\n");
    for (int i = 0; i < 50; i++) {
      csv.append("1\n");
    }
    CsvException e = failure(csv.toString(), CsvFormat.defaults().withMaxProblems(3));
    assertEquals(3, e.problems().size());
    assertTrue(e.truncated());
    String message = String.valueOf(e.getMessage());
    assertTrue(
        message.startsWith(
            "t.csv: 3 problems (stopped at the limit; there may be more), nothing was loaded"),
        message);
  }

  @Test
  void typedGetters_parseAndCollectProblemsWithRowAndColumn() {
    List<Object> seen = new ArrayList<>();
    CsvException e =
        assertThrows(
            CsvException.class,
            () ->
                new CsvInput("w.csv", CsvFormat.defaults(), REQUIRED, OPTIONAL)
                    .read(
                        new StringReader(
                            """
                            id,employees,acquired,tags,name
                            a1,120,2024-03-01, crm | billing ||,Acme
                            ,12k,2024-13-01,,
                            """),
                        row -> {
                          seen.add(row.required("id"));
                          seen.add(row.wholeNumber("employees"));
                          seen.add(row.date("acquired"));
                          seen.add(row.list("tags"));
                        }));
    assertEquals(
        List.of(
            "a1",
            OptionalLong.of(120),
            Optional.of(LocalDate.of(2024, 3, 1)),
            List.of("crm", "billing"),
            "",
            OptionalLong.empty(),
            Optional.empty(),
            List.of()),
        seen);
    assertEquals(
        List.of(
            "row 3, column id: must not be empty",
            "row 3, column employees: expected a whole number, got \"12k\"",
            "row 3, column acquired: expected a date yyyy-MM-dd, got \"2024-13-01\""),
        e.problems().stream().map(CsvProblem::toString).toList());
    assertEquals(
        "w.csv: 3 problems, nothing was loaded"
            + System.lineSeparator()
            + "  row 3, column id: must not be empty"
            + System.lineSeparator()
            + "  row 3, column employees: expected a whole number, got \"12k\""
            + System.lineSeparator()
            + "  row 3, column acquired: expected a date yyyy-MM-dd, got \"2024-13-01\"",
        e.getMessage());
  }

  enum Kind {
    PAID_MEDIA,
    FULLY_LOADED
  }

  @Test
  void choiceDecimalAndMonth_parseInRootLocale() {
    List<Object> seen = new ArrayList<>();
    CsvException e =
        assertThrows(
            CsvException.class,
            () ->
                new CsvInput(
                        "s.csv", CsvFormat.defaults(), Set.of("k", "amount", "month"), Set.of())
                    .read(
                        new StringReader(
                            "k,amount,month\npaid media,1200.50,2024-02\nads,\"1,200.50\",2024-2\n"),
                        row -> {
                          seen.add(row.choice("k", Kind.class));
                          seen.add(row.decimal("amount"));
                          seen.add(row.yearMonth("month"));
                        }));
    assertEquals(Optional.of(Kind.PAID_MEDIA), seen.get(0));
    assertEquals(Optional.of(new BigDecimal("1200.50")), seen.get(1));
    assertEquals(Optional.of(YearMonth.of(2024, 2)), seen.get(2));
    assertEquals(
        List.of(
            "row 3, column k: expected one of [paid_media, fully_loaded], got \"ads\"",
            "row 3, column amount: expected a decimal number such as 1200.50, got \"1,200.50\"",
            "row 3, column month: expected a month yyyy-MM, got \"2024-2\""),
        e.problems().stream().map(CsvProblem::toString).toList());
  }

  @Test
  void hostileCell_isCutInTheMessage() {
    assertEquals("\"" + "x".repeat(40) + "...\"", CsvRow.quote("x".repeat(1000)));
  }

  @Test
  void hugeField_isRefusedAtTheDefaultLimit() {
    String csv = "a,b\n" + "x".repeat(5_000_000) + ",1\n";
    CsvException e = failure(csv);
    assertEquals(
        "row 2: field 1 must have at most 65536 characters", e.problems().get(0).toString());
  }
}
