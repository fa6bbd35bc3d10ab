package dev.icpmetrics.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.Account;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files built to break an importer: each must be refused with a precise problem, or defused. */
class HostileCsvTest {

  /** An input stream of {@code size} bytes {@code 'x'}, generated as it is read. */
  private static final class Repeated extends InputStream {
    private long left;
    private long served;

    Repeated(long size) {
      this.left = size;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      served++;
      return 'x';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(b, off, off + n, (byte) 'x');
      left -= n;
      served += n;
      return n;
    }
  }

  private static InputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void tenMegabyteField_isRefusedAtTheFieldLimit_whileStreaming() {
    // The 10 MB name is generated while it is read, never held whole by the test or the reader:
    // the reader keeps at most maxFieldChars of it and skips the rest.
    Repeated name = new Repeated(10L * 1024 * 1024);
    InputStream in =
        new SequenceInputStream(
            java.util.Collections.enumeration(
                List.of(
                    bytes("id,name,channel,acquired,currency\na-1,"),
                    name,
                    bytes(",outbound,2024-01-01,USD\na-2,Beta,outbound,2024-01-01,USD\n"))));
    CsvException e =
        assertThrows(
            CsvException.class,
            () -> WorksheetCsv.readAccounts(CsvReader.utf8(in), "huge.csv", CsvFormat.defaults()));
    assertEquals(List.of("row 2: field 2 must have at most 65536 characters"), Golden.problems(e));
    assertEquals(10L * 1024 * 1024, name.served, "the whole field was read through, not stored");
  }

  @Test
  void unterminatedQuote_endsTheImportWithItsRow() {
    CsvException e =
        assertThrows(
            CsvException.class,
            () -> WorksheetCsv.readAccounts(Golden.path("hostile/unterminated-quote.csv")));
    assertEquals(
        List.of("row 3: a quoted field must end with a quote, got the end of the file"),
        Golden.problems(e));
  }

  @Test
  void invalidUtf8_isRefusedWithTheRowThatHoldsIt() {
    CsvException e =
        assertThrows(
            CsvException.class,
            () -> WorksheetCsv.readAccounts(Golden.path("hostile/invalid-utf8.csv")));
    assertEquals(List.of("row 3: the input must be UTF-8, got invalid bytes"), Golden.problems(e));
  }

  @Test
  void byteOrderMark_isSkippedAndTheHeaderMatches() throws Exception {
    List<Account> accounts = WorksheetCsv.readAccounts(Golden.path("hostile/bom.csv"));
    assertEquals(1, accounts.size());
    assertEquals("a-1", accounts.get(0).id());
    assertEquals("Müller & Söhne", accounts.get(0).company().name());
  }

  @Test
  void formulaCells_areReadAsTextAndWrittenBackNeutralised() throws Exception {
    List<Account> accounts = WorksheetCsv.readAccounts(Golden.path("hostile/formulas.csv"));
    assertEquals("=HYPERLINK(\"http://evil.example\",\"click\")", accounts.get(0).company().name());
    StringBuilder out = new StringBuilder();
    WorksheetCsv.writeAccounts(accounts, out, CsvFormat.defaults());
    assertEquals(Golden.text("hostile/formulas.written.csv"), out.toString());
    // and the neutralised file reads back as the same accounts
    assertEquals(
        accounts,
        WorksheetCsv.readAccounts(
            new java.io.StringReader(out.toString()), "back.csv", CsvFormat.defaults()));
  }

  @Test
  void missingFile_isAnIOException() {
    Path missing = Golden.path("valid/worksheet.csv").resolveSibling("no-such-file.csv");
    assertThrows(NoSuchFileException.class, () -> WorksheetCsv.readAccounts(missing));
  }

  @Test
  void manyProblems_stopAtTheDefaultLimitOf100() {
    StringBuilder csv = new StringBuilder("id,name,channel,acquired,currency\n");
    for (int i = 0; i < 1000; i++) {
      csv.append("a,A,o,someday,USD\n");
    }
    CsvException e =
        assertThrows(
            CsvException.class,
            () ->
                WorksheetCsv.readAccounts(
                    new java.io.StringReader(csv.toString()), "w.csv", CsvFormat.defaults()));
    assertEquals(100, e.problems().size());
    assertTrue(e.truncated());
  }
}
