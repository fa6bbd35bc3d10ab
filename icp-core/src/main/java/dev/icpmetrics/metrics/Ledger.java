package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.metrics.AcquisitionTally.Cell;
import dev.icpmetrics.model.AcquisitionSpend;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads a spend ledger under a {@link CacPolicy}, for the CAC calculators. */
final class Ledger {
  private Ledger() {}

  /**
   * Requires a half-open window of acquisition months {@code [from, to)} with {@code from < to}.
   */
  static void window(YearMonth from, YearMonth to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("to must be after from " + from + ", got " + to);
    }
  }

  /**
   * Returns the currency of every entry of {@code ledger}, which must not be empty.
   *
   * @throws dev.icpmetrics.model.CurrencyMismatchException if entries mix currencies
   */
  static Currency currency(List<AcquisitionSpend> ledger) {
    requireNonNull(ledger, "ledger");
    if (ledger.isEmpty()) {
      throw new IllegalArgumentException(
          "ledger must not be empty (its entries fix the currency of the spend), got []");
    }
    AcquisitionSpend first = requireNonNull(ledger.get(0), "ledger entry");
    for (AcquisitionSpend e : ledger) {
      first.amount().checkSameCurrency(requireNonNull(e, "ledger entry").amount());
    }
    return first.amount().currency();
  }

  /**
   * Returns the spend in minor units that pays for each (acquisition month, channel) cell of the
   * window {@code [from, to)}: the entries of the policy's kinds dated {@code month - lag}.
   */
  static SortedMap<Cell, Long> spendByCell(
      List<AcquisitionSpend> ledger, CacPolicy policy, YearMonth from, YearMonth to) {
    TreeMap<Cell, Long> spend = new TreeMap<>();
    for (AcquisitionSpend e : ledger) {
      if (!policy.includes(e)) {
        continue;
      }
      YearMonth acquisitionMonth = e.period().plusMonths(policy.lagMonths());
      if (acquisitionMonth.isBefore(from) || !acquisitionMonth.isBefore(to)) {
        continue;
      }
      spend.merge(
          new Cell(acquisitionMonth, e.channel()), e.amount().amountMinor(), Math::addExact);
    }
    return spend;
  }

  /** Returns true if {@code month} is in {@code [from, to)}. */
  static boolean contains(YearMonth from, YearMonth to, YearMonth month) {
    return !month.isBefore(from) && month.isBefore(to);
  }
}
