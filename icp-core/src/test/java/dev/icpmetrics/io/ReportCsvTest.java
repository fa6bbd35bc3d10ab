package dev.icpmetrics.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.metrics.Window;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Acquisition;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.SubscriptionLifecycle;
import dev.icpmetrics.sample.SampleBase;
import dev.icpmetrics.sample.SampleBases;
import dev.icpmetrics.segment.Dimension;
import dev.icpmetrics.segment.SegmentAnalysis;
import dev.icpmetrics.segment.SegmentReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

  @Test
  void toCsv_writesTheTable_headerFirstAndAllLast() {
    SampleBase base = SampleBases.guideExample();
    SegmentReport r =
        SegmentAnalysis.of(base.accounts())
            .segmentBy(Dimension.sizeBand(base.sizePolicy()))
            .window(Window.of(base.windowFrom(), base.windowTo()))
            .spend(base.spend())
            .run();
    List<String> lines = ReportCsv.toCsv(r).lines().toList();
    assertEquals(5, lines.size());
    assertEquals(
        "segment,size,accounts,monthly churn [95% CI],CLV,CAC,LTV:CAC,payback,verdict,play,rank",
        lines.get(0));
    assertEquals(
        "SMB,SMB,150,\"10.00% [6.15%, 15.84%]\",\"USD 2,400\",USD 350,6.86,1.5 mo,fail,"
            + "retention & onboarding,2",
        lines.get(1));
    assertTrue(lines.get(4).startsWith("All,all sizes,500,"), lines.get(4));
  }

  @Test
  void toCsv_neutralisesFormulasInSegmentNames() {
    LocalDate d = LocalDate.of(2025, 1, 1);
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      accounts.add(
          Account.of(
              "a" + i,
              Company.of("c" + i, "C" + i),
              SubscriptionLifecycle.acquiredOn(d),
              MrrHistory.startingAt(d, Money.of("USD", "10")),
              Acquisition.via("x")));
    }
    SegmentReport r =
        SegmentAnalysis.of(accounts)
            .segmentBy(Dimension.of("plan", a -> Optional.of("=HYPERLINK(\"http://x\")")))
            .window(Window.month(YearMonth.of(2025, 6)))
            .run();
    String csv = ReportCsv.toCsv(r);
    assertTrue(csv.contains("\r\n\"'=HYPERLINK(\"\"http://x\"\")\",,3,"), csv);
  }

  @Test
  void write_usesTheFormatsDelimiter() {
    SampleBase base = SampleBases.guideExample();
    SegmentReport r =
        SegmentAnalysis.of(base.accounts())
            .segmentBy(Dimension.channel())
            .window(Window.of(base.windowFrom(), base.windowTo()))
            .run();
    StringBuilder out = new StringBuilder();
    ReportCsv.write(r, out, CsvFormat.defaults().withDelimiter(';'));
    assertTrue(out.toString().startsWith("segment;size;accounts;"), out.toString());
  }
}
