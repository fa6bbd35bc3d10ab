package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.metrics.AcquisitionTally.Cell;
import dev.icpmetrics.metrics.AcquisitionTally.Counts;
import dev.icpmetrics.model.AcquisitionSpend;
import dev.icpmetrics.model.Money;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Acquisition spend allocated to segments, and so a CAC per segment: each segment's {@link
 * CacTally} (allocated spend and new customers), the spend no segment could carry, and the policy
 * and window it was computed under.
 *
 * <h2>The allocation rule</h2>
 *
 * For each acquisition month {@code m} of the window and each channel {@code c}, the spend of the
 * cell is the ledger spend of channel {@code c} in month {@code m - lag}, of the kinds of the
 * {@link CacPolicy}. It is allocated to the segments in three steps:
 *
 * <ol>
 *   <li><b>Direct costs first.</b> A new customer whose direct acquisition cost is known (a
 *       referral fee, a reseller margin) costs exactly that: its segment is charged the cost.
 *       Direct costs are taken to be booked in the ledger, under their channel and a kind the
 *       policy includes; so they are part of the cell's spend, not added to it. A cell whose direct
 *       costs exceed its spend is rejected, since its ledger cannot hold them.
 *   <li><b>The rest by share of new customers.</b> The cell's spend net of its direct costs is
 *       split across the cell's new customers <em>without</em> a direct cost, each segment taking
 *       its share of them. Direct-cost customers draw no share: their cost is already known.
 *   <li><b>Fallbacks.</b> If every new customer of the cell has a direct cost, the net spend is
 *       split across them by count instead. If the cell has no new customer at all, its spend is
 *       {@link #unallocatedSpend() unallocated}: it bought nobody in any segment.
 * </ol>
 *
 * <p>Exactness: each split is in minor units by the largest-remainder method (each segment takes
 * the floor of its exact share, and the leftover units go one each to the largest remainders, ties
 * to the segment that comes first in the input map's iteration order; pass a {@code LinkedHashMap}
 * or {@code TreeMap} for a reproducible order). So the segments' spends plus the unallocated spend
 * equal the total spend of the window exactly, to the minor unit, and each segment's share of a
 * cell is within one minor unit of its exact share. Like every largest-remainder method it can show
 * the Alabama paradox: one more minor unit of spend may move a leftover unit from one segment to
 * another, so a segment's allocation is monotone in spend only to within one minor unit per cell.
 *
 * <p>Customers acquired outside the window and ledger entries outside the lagged window are
 * ignored.
 *
 * @param segments each segment's allocated spend and its new customers in the window, in the input
 *     map's order
 * @param totalSpend the ledger spend of the window under the policy
 * @param unallocatedSpend the spend of cells with no new customer in any segment
 * @param policy the spend basis
 * @param from the first acquisition month of the window, included
 * @param to the end of the window, excluded
 * @param <K> the segment key
 */
public record CacAllocation<K>(
    Map<K, CacTally> segments,
    Money totalSpend,
    Money unallocatedSpend,
    CacPolicy policy,
    YearMonth from,
    YearMonth to) {

  /** Validates that the parts add up to the total and copies the segments, keeping their order. */
  public CacAllocation {
    requireNonNull(segments, "segments");
    MoneyChecks.nonNegative("totalSpend", totalSpend);
    MoneyChecks.nonNegative("unallocatedSpend", unallocatedSpend);
    requireNonNull(policy, "policy");
    Ledger.window(from, to);
    Money sum = unallocatedSpend;
    LinkedHashMap<K, CacTally> copy = new LinkedHashMap<>();
    for (Map.Entry<K, CacTally> e : segments.entrySet()) {
      CacTally t = requireNonNull(e.getValue(), "segment tally");
      copy.put(requireNonNull(e.getKey(), "segment"), t);
      sum = sum.plus(t.spend());
    }
    if (!sum.equals(totalSpend)) {
      throw new IllegalArgumentException(
          "segments and unallocatedSpend must add up to totalSpend " + totalSpend + ", got " + sum);
    }
    segments = Collections.unmodifiableMap(copy);
  }

  /**
   * Allocates the ledger spend of the acquisition months {@code [from, to)} to segments by the rule
   * of this class.
   *
   * @param newCustomers each segment's new customers by month and channel, with known direct costs;
   *     the segments must be disjoint
   * @param ledger the spend ledger, not empty; every amount and direct cost in one currency
   * @param policy the spend kinds and lag
   * @param from the first acquisition month, included
   * @param to the end of the window, excluded; after {@code from}
   * @param <K> the segment key
   * @return the allocation, with a tally for every segment of {@code newCustomers}
   * @throws IllegalArgumentException if the ledger is empty, the window is empty, or a cell's
   *     direct costs exceed its spend
   * @throws dev.icpmetrics.model.CurrencyMismatchException if amounts mix currencies
   */
  public static <K> CacAllocation<K> allocate(
      Map<K, AcquisitionTally> newCustomers,
      List<AcquisitionSpend> ledger,
      CacPolicy policy,
      YearMonth from,
      YearMonth to) {
    requireNonNull(newCustomers, "newCustomers");
    requireNonNull(policy, "policy");
    Ledger.window(from, to);
    Currency currency = Ledger.currency(ledger);

    List<K> keys = new ArrayList<>(newCustomers.size());
    List<AcquisitionTally> tallies = new ArrayList<>(newCustomers.size());
    for (Map.Entry<K, AcquisitionTally> e : newCustomers.entrySet()) {
      keys.add(requireNonNull(e.getKey(), "segment"));
      tallies.add(requireNonNull(e.getValue(), "newCustomers of " + e.getKey()));
    }
    int n = keys.size();

    // Per cell of the window: every segment's counts, in segment order.
    TreeMap<Cell, Counts[]> cells = new TreeMap<>();
    long[] customers = new long[n];
    long[] spend = new long[n];
    for (int i = 0; i < n; i++) {
      for (Map.Entry<Cell, Counts> e : tallies.get(i).cells().entrySet()) {
        if (!Ledger.contains(from, to, e.getKey().month())) {
          continue;
        }
        Counts c = e.getValue();
        if (c.directCost() != null) {
          Money.zero(currency).checkSameCurrency(c.directCost());
        }
        cells.computeIfAbsent(e.getKey(), k -> new Counts[n])[i] = c;
        customers[i] = Math.addExact(customers[i], c.newCustomerCount());
      }
    }

    SortedMap<Cell, Long> spendByCell = Ledger.spendByCell(ledger, policy, from, to);
    long total = 0;
    long unallocated = 0;
    for (Map.Entry<Cell, Long> e : spendByCell.entrySet()) {
      Cell cell = e.getKey();
      long cellSpend = e.getValue();
      total = Math.addExact(total, cellSpend);
      Counts[] counts = cells.remove(cell);
      if (counts == null) {
        unallocated = Math.addExact(unallocated, cellSpend);
        continue;
      }
      allocateCell(cell, cellSpend, counts, spend, currency, policy);
    }
    // Cells with customers but no ledger spend: only direct costs could be charged, and there is
    // no spend to hold them.
    for (Map.Entry<Cell, Counts[]> e : cells.entrySet()) {
      allocateCell(e.getKey(), 0, e.getValue(), spend, currency, policy);
    }

    LinkedHashMap<K, CacTally> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      out.put(keys.get(i), new CacTally(Money.ofMinor(currency, spend[i]), customers[i]));
    }
    return new CacAllocation<>(
        out,
        Money.ofMinor(currency, total),
        Money.ofMinor(currency, unallocated),
        policy,
        from,
        to);
  }

  private static void allocateCell(
      Cell cell,
      long cellSpend,
      Counts[] counts,
      long[] spend,
      Currency currency,
      CacPolicy policy) {
    int n = counts.length;
    long direct = 0;
    long[] withoutDirect = new long[n];
    long[] withDirect = new long[n];
    long withoutTotal = 0;
    for (int i = 0; i < n; i++) {
      Counts c = counts[i];
      if (c == null) {
        continue;
      }
      if (c.directCost() != null) {
        direct = Math.addExact(direct, c.directCost().amountMinor());
        spend[i] = Math.addExact(spend[i], c.directCost().amountMinor());
      }
      withoutDirect[i] = c.withoutDirectCostCount();
      withDirect[i] = c.directCostCount();
      withoutTotal = Math.addExact(withoutTotal, withoutDirect[i]);
    }
    if (direct > cellSpend) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "direct costs of channel %s in %s must be <= the channel's spend under the policy"
                  + " (%s) %s, got %s: direct costs are part of the ledger spend",
              cell.channel(),
              cell.month(),
              policy,
              Money.ofMinor(currency, cellSpend),
              Money.ofMinor(currency, direct)));
    }
    long net = cellSpend - direct;
    long[] shares = largestRemainder(net, withoutTotal > 0 ? withoutDirect : withDirect);
    for (int i = 0; i < n; i++) {
      spend[i] = Math.addExact(spend[i], shares[i]);
    }
  }

  /**
   * Splits {@code amount} minor units in proportion to {@code weights} (not all zero), exactly:
   * floors of the exact shares, then one unit each to the largest remainders, ties to the lower
   * index.
   */
  static long[] largestRemainder(long amount, long[] weights) {
    int n = weights.length;
    long[] shares = new long[n];
    if (amount == 0) {
      return shares;
    }
    BigInteger total = BigInteger.ZERO;
    for (long w : weights) {
      total = total.add(BigInteger.valueOf(w));
    }
    BigInteger a = BigInteger.valueOf(amount);
    long[] remainders = new long[n];
    long left = amount;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = a.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(total);
      shares[i] = qr[0].longValueExact();
      remainders[i] = qr[1].longValueExact();
      left -= shares[i];
    }
    // left < the number of non-zero weights; hand out one unit each by remainder, then by index.
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (weights[i] > 0) {
        order.add(i);
      }
    }
    order.sort((x, y) -> Long.compare(remainders[y], remainders[x]));
    for (int j = 0; j < left; j++) {
      shares[order.get(j)]++;
    }
    return shares;
  }

  /** Returns the spend allocated to segments: {@code totalSpend - unallocatedSpend}. */
  public Money allocatedSpend() {
    return totalSpend.minus(unallocatedSpend);
  }

  /**
   * Returns the tally of one segment.
   *
   * @param segment the segment key
   * @return its allocated spend and new customers, or empty if it was not in the input
   */
  public Optional<CacTally> segment(K segment) {
    requireNonNull(segment, "segment");
    return Optional.ofNullable(segments.get(segment));
  }

  /**
   * Returns the CAC of one segment: its allocated spend over its new customers.
   *
   * @param segment the segment key, one of {@link #segments()}
   * @param rounding how to round to minor units
   * @return the CAC; undefined if the segment acquired nobody in the window
   * @throws IllegalArgumentException if the segment was not in the input
   */
  public MetricResult<Money> cac(K segment, RoundingMode rounding) {
    requireNonNull(segment, "segment");
    CacTally t = segments.get(segment);
    if (t == null) {
      throw new IllegalArgumentException(
          "segment must be one of " + segments.keySet() + ", got " + segment);
    }
    return t.cac(rounding);
  }

  /**
   * Returns a table: one line per segment with its allocated spend, new customers and CAC (rounded
   * half-even), then the unallocated spend and the total.
   */
  @Override
  public String toString() {
    int width = "unallocated".length();
    for (K k : segments.keySet()) {
      width = Math.max(width, String.valueOf(k).length());
    }
    String row = "%-" + width + "s  %18s  %8s  %s";
    StringBuilder s =
        new StringBuilder("CacAllocation[")
            .append(from)
            .append("..")
            .append(to.minusMonths(1))
            .append(", ")
            .append(policy)
            .append("]\n");
    s.append(line(row, "segment", "spend", "new", "CAC"));
    long customers = 0;
    for (Map.Entry<K, CacTally> e : segments.entrySet()) {
      CacTally t = e.getValue();
      customers += t.newCustomerCount();
      s.append(
          line(row, e.getKey(), t.spend(), t.newCustomerCount(), t.cac(RoundingMode.HALF_EVEN)));
    }
    s.append(line(row, "unallocated", unallocatedSpend, "", ""));
    s.append(line(row, "total", totalSpend, customers, ""));
    return s.toString().stripTrailing();
  }

  private static String line(String format, Object... args) {
    return String.format(Locale.ROOT, format, args).stripTrailing() + "\n";
  }
}
