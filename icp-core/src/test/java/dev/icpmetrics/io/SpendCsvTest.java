package dev.icpmetrics.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.model.AcquisitionSpend;
import dev.icpmetrics.model.Channel;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.SpendKind;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpendCsvTest {

  private static AcquisitionSpend spend(
      int year, int month, String channel, String currency, String amount, SpendKind kind) {
    return new AcquisitionSpend(
        YearMonth.of(year, month), Channel.of(channel), Money.of(currency, amount), kind);
  }

  static List<AcquisitionSpend> expectedValid() {
    return List.of(
        spend(2024, 1, "paid-search", "USD", "1200.00", SpendKind.PAID_MEDIA),
        spend(2024, 1, "paid-search", "USD", "4800.50", SpendKind.FULLY_LOADED),
        spend(2024, 2, "partner", "EUR", "0", SpendKind.PAID_MEDIA),
        spend(2024, 2, "outbound", "JPY", "150000", SpendKind.FULLY_LOADED));
  }

  @Test
  void read_validFile_givesEveryLine() throws Exception {
    assertEquals(expectedValid(), SpendCsv.read(Golden.path("valid/spend.csv")));
  }

  @Test
  void read_semicolonFileWithCrlf() throws Exception {
    assertEquals(
        List.of(spend(2024, 1, "paid-search", "USD", "1200.50", SpendKind.PAID_MEDIA)),
        SpendCsv.read(
            Golden.path("valid/spend-semicolon.csv"),
            CsvFormat.defaults().withDelimiter(';'),
            ProgressListener.none()));
  }

  @Test
  void write_isTheCanonicalFormAndReadsBack() {
    StringBuilder out = new StringBuilder();
    SpendCsv.write(expectedValid(), out, CsvFormat.defaults());
    assertEquals(
        """
        month,channel,kind,amount,currency
        2024-01,paid-search,paid_media,1200.00,USD
        2024-01,paid-search,fully_loaded,4800.50,USD
        2024-02,partner,paid_media,0.00,EUR
        2024-02,outbound,fully_loaded,150000,JPY
        """
            .replace("\n", "\r\n"),
        out.toString());
    assertEquals(
        expectedValid(),
        SpendCsv.read(new StringReader(out.toString()), "s.csv", CsvFormat.defaults()));
  }

  @Test
  void read_malformedFile_listsEveryProblem() {
    CsvException e =
        assertThrows(CsvException.class, () -> SpendCsv.read(Golden.path("malformed/spend.csv")));
    assertEquals(
        List.of(
            "row 2, column month: expected a month yyyy-MM, got \"2024-1\"",
            "row 3, column channel: channel must be a non-empty key of letters, digits and + # ."
                + " / _ -, got \"paid search!\"",
            "row 4, column kind: expected one of [paid_media, fully_loaded], got \"ads\"",
            "row 5, column amount: expected a decimal number such as 1200.50, got \"1,200.00\"",
            "row 6, column amount: amount must be >= 0, got USD -5.00",
            "row 7, column amount: expected at most 0 decimals for JPY, got \"12.5\"",
            "row 8, column amount: must not be empty",
            "row 9: a record must have 5 fields like the header, got 4"),
        Golden.problems(e));
  }

  @Test
  void read_missingColumn_isAHeaderProblem() {
    CsvException e =
        assertThrows(
            CsvException.class,
            () ->
                SpendCsv.read(
                    new StringReader("month,channel,amount,currency\n"),
                    "s.csv",
                    CsvFormat.defaults()));
    assertEquals(
        List.of("row 1: the header must name every required column, missing [kind]"),
        Golden.problems(e));
  }

  @Test
  void columns_areAllRequired() {
    assertEquals(List.of("month", "channel", "kind", "amount", "currency"), SpendCsv.columns());
  }
}
