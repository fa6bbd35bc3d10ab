package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Channel;
import dev.icpmetrics.model.Money;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The new customers of a population (a segment, or everyone), tallied by acquisition month and
 * channel, with the direct acquisition costs known for some of them: the denominator of CAC and the
 * input of {@link CacAllocation}.
 *
 * <p>Each (month, channel) cell holds the number of new customers, how many of them have a known
 * direct cost ({@link dev.icpmetrics.model.Acquisition#directCost()}) and the sum of those costs. A
 * customer is new in the month of its acquired date; reactivations are not new customers.
 *
 * <p>An additive tally: {@link #plus} is associative and commutative, {@link #empty()} is its
 * identity, and the tally of a union of disjoint populations is the {@code plus} of their tallies.
 * Immutable and thread-safe; the {@link Builder} is not thread-safe.
 */
public final class AcquisitionTally {
  private static final AcquisitionTally EMPTY = new AcquisitionTally(new TreeMap<>());

  private final SortedMap<Cell, Counts> cells;

  private AcquisitionTally(SortedMap<Cell, Counts> cells) {
    this.cells = Collections.unmodifiableSortedMap(cells);
  }

  /**
   * Returns the tally with no customer.
   *
   * @return the empty tally
   */
  public static AcquisitionTally empty() {
    return EMPTY;
  }

  /**
   * Returns the tally of {@code accounts}: each counted once, in the month of its acquired date and
   * its acquisition channel, with its direct cost when known.
   *
   * @param accounts the accounts; each is a new customer of its acquisition month
   * @return the tally
   * @throws dev.icpmetrics.model.CurrencyMismatchException if direct costs mix currencies
   */
  public static AcquisitionTally of(Collection<Account> accounts) {
    requireNonNull(accounts, "accounts");
    Builder b = builder();
    for (Account a : accounts) {
      b.add(requireNonNull(a, "account"));
    }
    return b.build();
  }

  /**
   * Returns an empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the tally of both populations, which must be disjoint.
   *
   * @param other the other tally
   * @return the merged tally
   * @throws dev.icpmetrics.model.CurrencyMismatchException if their direct costs differ in currency
   * @throws ArithmeticException on overflow
   */
  public AcquisitionTally plus(AcquisitionTally other) {
    requireNonNull(other, "other");
    if (other.cells.isEmpty()) {
      return this;
    }
    if (cells.isEmpty()) {
      return other;
    }
    TreeMap<Cell, Counts> merged = new TreeMap<>(cells);
    other.cells.forEach((cell, counts) -> merged.merge(cell, counts, Counts::plus));
    return new AcquisitionTally(merged);
  }

  /** Returns the number of new customers, with or without a direct cost. */
  public long newCustomerCount() {
    long n = 0;
    for (Counts c : cells.values()) {
      n = Math.addExact(n, c.newCustomerCount);
    }
    return n;
  }

  /** Returns the number of new customers whose direct acquisition cost is known. */
  public long directCostCount() {
    long n = 0;
    for (Counts c : cells.values()) {
      n = Math.addExact(n, c.directCostCount);
    }
    return n;
  }

  /** Returns the sum of the known direct acquisition costs, or empty if none is known. */
  public Optional<Money> directCost() {
    @Nullable Money sum = null;
    for (Counts c : cells.values()) {
      sum = Counts.add(sum, c.directCost);
    }
    return Optional.ofNullable(sum);
  }

  /** Returns true if the tally holds no customer. */
  public boolean isEmpty() {
    return cells.isEmpty();
  }

  /** The cells, sorted by month then channel; for the calculators of this package. */
  SortedMap<Cell, Counts> cells() {
    return cells;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AcquisitionTally t && cells.equals(t.cells);
  }

  @Override
  public int hashCode() {
    return cells.hashCode();
  }

  /**
   * Returns a table with one line per cell: month, channel, new customers, those with a direct cost
   * and the sum of their costs.
   */
  @Override
  public String toString() {
    if (cells.isEmpty()) {
      return "AcquisitionTally[empty]";
    }
    int width = "channel".length();
    for (Cell c : cells.keySet()) {
      width = Math.max(width, c.channel.key().length());
    }
    StringBuilder s =
        new StringBuilder("AcquisitionTally[")
            .append(newCustomerCount())
            .append(" new customers]\n");
    String row = "%-7s  %-" + width + "s  %8s  %8s  %s";
    s.append(line(row, "month", "channel", "new", "direct", "directCost"));
    for (Map.Entry<Cell, Counts> e : cells.entrySet()) {
      Counts c = e.getValue();
      s.append(
          line(
              row,
              e.getKey().month,
              e.getKey().channel,
              c.newCustomerCount,
              c.directCostCount,
              c.directCost == null ? "-" : c.directCost.toString()));
    }
    return s.toString().stripTrailing();
  }

  private static String line(String format, Object... args) {
    return String.format(Locale.ROOT, format, args).stripTrailing() + "\n";
  }

  /** A cell of the tally: one acquisition month and one channel. */
  record Cell(YearMonth month, Channel channel) implements Comparable<Cell> {
    private static final Comparator<Cell> ORDER =
        Comparator.comparing(Cell::month).thenComparing(c -> c.channel().key());

    @Override
    public int compareTo(Cell o) {
      return ORDER.compare(this, o);
    }
  }

  /**
   * The counts of a cell: all new customers, those with a direct cost, and the sum of the costs
   * (null when no customer of the cell has one).
   */
  record Counts(long newCustomerCount, long directCostCount, @Nullable Money directCost) {
    Counts plus(Counts o) {
      return new Counts(
          Math.addExact(newCustomerCount, o.newCustomerCount),
          Math.addExact(directCostCount, o.directCostCount),
          add(directCost, o.directCost));
    }

    /** Returns the new customers without a known direct cost. */
    long withoutDirectCostCount() {
      return newCustomerCount - directCostCount;
    }

    static @Nullable Money add(@Nullable Money a, @Nullable Money b) {
      if (a == null) {
        return b;
      }
      return b == null ? a : a.plus(b);
    }
  }

  /** Builds a tally one customer, or one block of customers, at a time. Not thread-safe. */
  public static final class Builder {
    private final TreeMap<Cell, Counts> cells = new TreeMap<>();

    private Builder() {}

    /**
     * Adds one new customer of {@code account}'s acquisition month and channel, with its direct
     * cost when known.
     *
     * @param account the account
     * @return this builder
     */
    public Builder add(Account account) {
      requireNonNull(account, "account");
      YearMonth month = YearMonth.from(account.lifecycle().acquired());
      Channel channel = account.acquisition().channel();
      Optional<Money> cost = account.acquisition().directCost();
      if (cost.isPresent()) {
        return addWithDirectCost(month, channel, 1, cost.get());
      }
      return add(month, channel, 1);
    }

    /**
     * Adds {@code count} new customers without a known direct cost.
     *
     * @param month the acquisition month
     * @param channel the acquisition channel
     * @param count the number of customers, {@code >= 0}
     * @return this builder
     */
    public Builder add(YearMonth month, Channel channel, long count) {
      Checks.nonNegative("count", count);
      merge(month, channel, new Counts(count, 0, null));
      return this;
    }

    /**
     * Adds {@code count} new customers whose direct acquisition costs are known and sum to {@code
     * totalDirectCost}.
     *
     * @param month the acquisition month
     * @param channel the acquisition channel
     * @param count the number of customers, {@code >= 1}
     * @param totalDirectCost the sum of their direct costs, {@code >= 0}
     * @return this builder
     * @throws dev.icpmetrics.model.CurrencyMismatchException if the currency differs from a cost
     *     already added to the same cell
     */
    public Builder addWithDirectCost(
        YearMonth month, Channel channel, long count, Money totalDirectCost) {
      Checks.positive("count", count);
      MoneyChecks.nonNegative("totalDirectCost", totalDirectCost);
      merge(month, channel, new Counts(count, count, totalDirectCost));
      return this;
    }

    private void merge(YearMonth month, Channel channel, Counts counts) {
      requireNonNull(month, "month");
      requireNonNull(channel, "channel");
      if (counts.newCustomerCount == 0) {
        return;
      }
      cells.merge(new Cell(month, channel), counts, Counts::plus);
    }

    /**
     * Returns the tally of everything added so far; the builder can go on.
     *
     * @return the tally
     */
    public AcquisitionTally build() {
      return cells.isEmpty() ? EMPTY : new AcquisitionTally(new TreeMap<>(cells));
    }
  }
}
