package dev.icpmetrics.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BacktestTest {
  /** A lead: created on a date, with a fit value, and the date it converted, if it did. */
  record Lead(String name, LocalDate created, double fit, Optional<LocalDate> converted) {}

  static final LocalDate CUTOFF = LocalDate.of(2026, 1, 1);
  static final LocalDate END = LocalDate.of(2026, 4, 1);

  @Test
  void run_scoresAsOfCutoffAndLabelsTheWindow() {
    List<Lead> leads =
        List.of(
            new Lead("a", LocalDate.of(2025, 6, 1), 90, Optional.of(LocalDate.of(2026, 2, 1))),
            new Lead("b", LocalDate.of(2025, 6, 1), 70, Optional.of(END)), // on T: inside (T-h, T]
            new Lead("c", LocalDate.of(2025, 6, 1), 40, Optional.of(LocalDate.of(2026, 4, 2))),
            new Lead("d", LocalDate.of(2025, 6, 1), 20, Optional.empty()),
            new Lead("e", LocalDate.of(2025, 6, 1), 95, Optional.of(CUTOFF)), // already converted
            new Lead("f", LocalDate.of(2026, 2, 1), 99, Optional.empty())); // not known yet
    ScoringStrategy<Lead> fit = l -> Score.of(l.fit());
    BacktestResult r =
        Backtest.run(
            leads,
            fit,
            (l, date) -> l.created().isAfter(date) ? Optional.empty() : Optional.of(l),
            Lead::converted,
            CUTOFF,
            END);
    assertArrayEquals(new double[] {90, 70, 40, 20}, r.values());
    assertArrayEquals(new boolean[] {true, true, false, false}, r.outcomes());
    assertEquals(1, r.alreadyPositiveCount());
    assertEquals(1, r.notYetKnownCount());
    assertEquals(1.0, r.rocAuc().orElseThrow());
    assertEquals(
        "backtest (2026-01-01, 2026-04-01]: 4 scored, 2 positive, AUC 1.000; left out: 1 not yet"
            + " known, 1 already positive, 0 insufficient data",
        r.toString());
    assertEquals(1, r.tiers().row(Tier.A).count());
  }

  @Test
  void run_endNotAfterCutoff_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Backtest.<Lead>run(
                    List.of(),
                    l -> Score.of(1),
                    (l, d) -> Optional.of(l),
                    Lead::converted,
                    END,
                    END));
    assertEquals("end must be after cutoff 2026-04-01, got 2026-04-01", e.getMessage());
  }
}
