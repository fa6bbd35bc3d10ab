package dev.icpmetrics.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.AcquisitionSpend;
import dev.icpmetrics.model.Opportunity;
import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties: whatever the writers write, the readers read back as equal values. */
class CsvRoundTripTest {
  private static final CsvFormat COMMA = CsvFormat.defaults();
  private static final CsvFormat TAB = CsvFormat.defaults().withDelimiter('\t');

  @Test
  void accounts_writtenThenRead_areEqual() {
    Property.<List<Account>>named("worksheet round-trip")
        .edgeCases(List.of(), WorksheetCsvTest.expectedValid())
        .forAll(
            Gen.lists(CsvGenerators.ACCOUNT, 0, 6),
            accounts -> {
              for (CsvFormat format : List.of(COMMA, TAB)) {
                StringBuilder out = new StringBuilder();
                WorksheetCsv.writeAccounts(accounts, out, format);
                assertEquals(
                    accounts,
                    WorksheetCsv.readAccounts(new StringReader(out.toString()), "p.csv", format));
              }
            });
  }

  @Test
  void spend_writtenThenRead_isEqual() {
    Property.<List<AcquisitionSpend>>named("spend round-trip")
        .edgeCases(List.of(), SpendCsvTest.expectedValid())
        .forAll(
            Gen.lists(CsvGenerators.SPEND, 0, 6),
            spend -> {
              StringBuilder out = new StringBuilder();
              SpendCsv.write(spend, out, COMMA);
              assertEquals(spend, SpendCsv.read(new StringReader(out.toString()), "p.csv", COMMA));
            });
  }

  @Test
  void opportunities_writtenThenRead_areEqual() {
    Property.<List<Opportunity>>named("opportunities round-trip")
        .edgeCases(List.of(), OpportunitiesCsvTest.expectedValid())
        .forAll(
            Gen.lists(CsvGenerators.OPPORTUNITY, 0, 6),
            opportunities -> {
              for (CsvFormat format : List.of(COMMA, TAB)) {
                StringBuilder out = new StringBuilder();
                OpportunitiesCsv.write(opportunities, out, format);
                assertEquals(
                    opportunities,
                    OpportunitiesCsv.read(new StringReader(out.toString()), "p.csv", format));
              }
            });
  }
}
