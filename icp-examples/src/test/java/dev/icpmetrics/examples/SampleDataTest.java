package dev.icpmetrics.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.icpmetrics.io.CsvFormat;
import dev.icpmetrics.io.OpportunitiesCsv;
import dev.icpmetrics.io.SpendCsv;
import dev.icpmetrics.io.WorksheetCsv;
import dev.icpmetrics.metrics.Window;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.AcquisitionSpend;
import dev.icpmetrics.model.Opportunity;
import dev.icpmetrics.sample.SampleBase;
import dev.icpmetrics.sample.SampleBases;
import dev.icpmetrics.segment.Dimension;
import dev.icpmetrics.segment.SegmentAnalysis;
import dev.icpmetrics.segment.SegmentReport;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample data, {@code examples/data/}, is the guide's example base as the generator
 * writes it: regenerate it with {@code java -cp icp-examples/target/icp-quickstart.jar
 * dev.icpmetrics.examples.SampleData examples/data} (a deliberate act, explained in the commit).
 */
class SampleDataTest {
  private static final CsvFormat F = CsvFormat.defaults();

  @Test
  void committedFiles_areExactlyWhatTheGeneratorWrites(@TempDir Path dir) throws IOException {
    List<Path> written = SampleData.write(dir);
    assertEquals(3, written.size());
    for (Path p : written) {
      Path committed = Project.data().resolve(p.getFileName().toString());
      assertEquals(
          Files.readString(p),
          Files.readString(committed),
          committed + " differs from the generator's output: regenerate it with SampleData");
    }
  }

  @Test
  void committedFiles_readAsTheGuideExampleWrittenAndReadAgain() throws IOException {
    SampleBase base = SampleBases.guideExample();
    StringBuilder w = new StringBuilder();
    WorksheetCsv.writeAccounts(base.accounts(), w, F);
    StringBuilder s = new StringBuilder();
    SpendCsv.write(base.spend(), s, F);
    StringBuilder o = new StringBuilder();
    OpportunitiesCsv.write(base.opportunities(), o, F);

    List<Account> accounts = WorksheetCsv.readAccounts(Project.data().resolve("worksheet.csv"));
    List<AcquisitionSpend> spend = SpendCsv.read(Project.data().resolve("spend.csv"));
    List<Opportunity> opps = OpportunitiesCsv.read(Project.data().resolve("opportunities.csv"));

    assertEquals(WorksheetCsv.readAccounts(new StringReader(w.toString()), "memory", F), accounts);
    assertEquals(SpendCsv.read(new StringReader(s.toString()), "memory", F), spend);
    assertEquals(OpportunitiesCsv.read(new StringReader(o.toString()), "memory", F), opps);
    // The round trip is lossless for this base: the files read back as the generator's values.
    assertEquals(base.accounts(), accounts);
    assertEquals(base.spend(), spend);
    assertEquals(base.opportunities(), opps);
  }

  @Test
  void analysingTheFiles_givesTheSameReportAsTheInMemoryBase() throws IOException {
    SampleBase base = SampleBases.guideExample();
    SegmentReport memory = report(base.accounts(), base.spend(), base.opportunities());
    SegmentReport files =
        report(
            WorksheetCsv.readAccounts(Project.data().resolve("worksheet.csv")),
            SpendCsv.read(Project.data().resolve("spend.csv")),
            OpportunitiesCsv.read(Project.data().resolve("opportunities.csv")));
    assertFalse(memory.isEmpty());
    assertEquals(memory.toString(), files.toString());
    assertEquals(memory.toMarkdown(), files.toMarkdown());
    assertEquals(memory.table(), files.table());
  }

  private static SegmentReport report(
      List<Account> accounts, List<AcquisitionSpend> spend, List<Opportunity> opps) {
    SampleBase base = SampleBases.guideExample();
    return SegmentAnalysis.of(accounts)
        .segmentBy(Dimension.sizeBand(base.sizePolicy()))
        .window(Window.of(base.windowFrom(), base.windowTo()))
        .asOf(base.asOf())
        .opportunities(opps)
        .spend(spend)
        .run();
  }
}
