package dev.icpmetrics.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressListenerTest {

  @Test
  void lambda_usesTheDefaultInterval() {
    ProgressListener lambda = rows -> {};
    assertEquals(100_000L, lambda.intervalRows());
  }

  @Test
  void every_setsTheIntervalAndForwardsTheCount() {
    List<Long> seen = new ArrayList<>();
    ProgressListener p = ProgressListener.every(250, seen::add);
    p.rowsRead(250);
    assertEquals(250L, p.intervalRows());
    assertEquals(List.of(250L), seen);
    assertEquals("ProgressListener[every 250 rows]", p.toString());
  }

  @Test
  void every_nonPositiveInterval_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ProgressListener.every(0, rows -> {}));
    assertEquals("intervalRows must be > 0, got 0", e.getMessage());
  }

  @Test
  void none_neverFiresBeforeTheEnd() {
    assertEquals(Long.MAX_VALUE, ProgressListener.none().intervalRows());
  }

  @Test
  void spendAndOpportunityImports_reportProgressToo() {
    StringBuilder csv = new StringBuilder("month,channel,kind,amount,currency\n");
    for (int i = 0; i < 5; i++) {
      csv.append("2024-01,o,paid_media,1.00,USD\n");
    }
    List<Long> seen = new ArrayList<>();
    SpendCsv.read(
        new java.io.StringReader(csv.toString()),
        "s.csv",
        CsvFormat.defaults(),
        ProgressListener.every(2, seen::add));
    assertEquals(List.of(2L, 4L, 5L), seen);
  }
}
