package dev.icpmetrics.metrics;

import static dev.icpmetrics.metrics.MoneyChecks.nonNegative;
import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.metrics.AcquisitionTally.Cell;
import dev.icpmetrics.metrics.AcquisitionTally.Counts;
import dev.icpmetrics.model.AcquisitionSpend;
import dev.icpmetrics.model.Channel;
import dev.icpmetrics.model.Money;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Customer acquisition cost: acquisition spend over the new customers it bought. From plain numbers
 * ({@link #blended(Money, long, RoundingMode)}) or from a spend ledger and the new customers by
 * month and channel ({@link #blended(List, AcquisitionTally, CacPolicy, YearMonth, YearMonth,
 * RoundingMode)}, {@link #byChannel}); allocated to segments by {@link CacAllocation}.
 *
 * <p>Definitions. A window of acquisition months {@code [from, to)} holds the new customers
 * acquired in those months. The spend that bought them is the ledger spend of the kinds of the
 * {@link CacPolicy} (fully loaded: every entry; paid only: {@code PAID_MEDIA} entries) dated in
 * {@code [from - lag, to - lag)}. Direct acquisition costs known on accounts are taken to be part
 * of that ledger spend, so they do not change a blended or per-channel CAC; they only move spend
 * between segments in {@link CacAllocation}.
 *
 * <p>Units: money per new customer, in the ledger's currency. No new customer gives an undefined
 * result, never infinity or zero. Thread-safe: stateless.
 */
public final class Cac {
  private Cac() {}

  /**
   * Returns the blended CAC, {@code spend / newCustomers}: every acquisition cost of the period
   * over every customer acquired in it, whatever the channel.
   *
   * @param spend the acquisition spend of the period, {@code >= 0}
   * @param newCustomers the customers acquired in the period, {@code >= 0}
   * @param rounding how to round the result to minor units
   * @return the CAC per new customer; undefined when there is no new customer
   */
  public static MetricResult<Money> blended(Money spend, long newCustomers, RoundingMode rounding) {
    nonNegative("spend", spend);
    Checks.nonNegative("newCustomers", newCustomers);
    requireNonNull(rounding, "rounding");
    if (newCustomers == 0) {
      return MetricResult.undefined("no new customers: the spend of " + spend + " bought nobody");
    }
    return MetricResult.of(spend.dividedBy(newCustomers, rounding));
  }

  /**
   * Returns the blended CAC of a window from a spend ledger: the spend of every channel under
   * {@code policy} over every customer acquired in {@code [from, to)}.
   *
   * <p>REFERENCES §7: ledger entries summing to $445,000 in the window and 50 new customers give a
   * CAC of $8,900.
   *
   * @param ledger the spend ledger, not empty, in one currency
   * @param newCustomers the new customers by acquisition month and channel
   * @param policy the spend kinds and lag
   * @param from the first acquisition month, included
   * @param to the end of the window, excluded; after {@code from}
   * @param rounding how to round the CAC to minor units
   * @return the CAC with its spend, customers, policy and window; undefined CAC with no new
   *     customer
   * @throws IllegalArgumentException if the ledger or the window is empty
   * @throws dev.icpmetrics.model.CurrencyMismatchException if the ledger mixes currencies
   */
  public static CacResult blended(
      List<AcquisitionSpend> ledger,
      AcquisitionTally newCustomers,
      CacPolicy policy,
      YearMonth from,
      YearMonth to,
      RoundingMode rounding) {
    Map<Channel, CacTally> channels = tallyByChannel(ledger, newCustomers, policy, from, to);
    CacTally total = CacTally.zero(Ledger.currency(ledger));
    for (CacTally t : channels.values()) {
      total = total.plus(t);
    }
    return new CacResult(total, policy, from, to, rounding);
  }

  /**
   * Returns the CAC of each channel in a window: the channel's spend under {@code policy} over the
   * customers it acquired in {@code [from, to)}. Every channel with spend or customers in the
   * window is present, sorted by key: one with spend and no customer has an undefined CAC, one with
   * customers and no spend (an organic channel) a CAC of zero.
   *
   * @param ledger the spend ledger, not empty, in one currency
   * @param newCustomers the new customers by acquisition month and channel
   * @param policy the spend kinds and lag
   * @param from the first acquisition month, included
   * @param to the end of the window, excluded; after {@code from}
   * @param rounding how to round each CAC to minor units
   * @return the CAC of each channel, in channel-key order
   * @throws IllegalArgumentException if the ledger or the window is empty
   * @throws dev.icpmetrics.model.CurrencyMismatchException if the ledger mixes currencies
   */
  public static Map<Channel, CacResult> byChannel(
      List<AcquisitionSpend> ledger,
      AcquisitionTally newCustomers,
      CacPolicy policy,
      YearMonth from,
      YearMonth to,
      RoundingMode rounding) {
    Map<Channel, CacTally> channels = tallyByChannel(ledger, newCustomers, policy, from, to);
    requireNonNull(rounding, "rounding");
    Map<Channel, CacResult> out = new LinkedHashMap<>();
    channels.forEach((c, t) -> out.put(c, new CacResult(t, policy, from, to, rounding)));
    return Collections.unmodifiableMap(out);
  }

  private static Map<Channel, CacTally> tallyByChannel(
      List<AcquisitionSpend> ledger,
      AcquisitionTally newCustomers,
      CacPolicy policy,
      YearMonth from,
      YearMonth to) {
    requireNonNull(newCustomers, "newCustomers");
    requireNonNull(policy, "policy");
    Ledger.window(from, to);
    Currency currency = Ledger.currency(ledger);
    SortedMap<String, Channel> order = new TreeMap<>();
    Map<Channel, long[]> sums = new LinkedHashMap<>();
    for (Map.Entry<Cell, Long> e : Ledger.spendByCell(ledger, policy, from, to).entrySet()) {
      Channel c = e.getKey().channel();
      order.put(c.key(), c);
      long[] s = sums.computeIfAbsent(c, k -> new long[2]);
      s[0] = Math.addExact(s[0], e.getValue());
    }
    for (Map.Entry<Cell, Counts> e : newCustomers.cells().entrySet()) {
      if (!Ledger.contains(from, to, e.getKey().month())) {
        continue;
      }
      Channel c = e.getKey().channel();
      order.put(c.key(), c);
      long[] s = sums.computeIfAbsent(c, k -> new long[2]);
      s[1] = Math.addExact(s[1], e.getValue().newCustomerCount());
    }
    Map<Channel, CacTally> out = new LinkedHashMap<>();
    for (Channel c : order.values()) {
      long[] s = sums.get(c);
      if (s != null) {
        out.put(c, new CacTally(Money.ofMinor(currency, s[0]), s[1]));
      }
    }
    return out;
  }
}
