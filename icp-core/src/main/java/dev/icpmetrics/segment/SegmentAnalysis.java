package dev.icpmetrics.segment;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.metrics.AcquisitionTally;
import dev.icpmetrics.metrics.CacAllocation;
import dev.icpmetrics.metrics.CacPolicy;
import dev.icpmetrics.metrics.CacTally;
import dev.icpmetrics.metrics.Churn;
import dev.icpmetrics.metrics.ChurnPolicy;
import dev.icpmetrics.metrics.ChurnTally;
import dev.icpmetrics.metrics.MrrMovements;
import dev.icpmetrics.metrics.Window;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.AcquisitionSpend;
import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.Opportunity;
import dev.icpmetrics.model.OpportunityOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a segment analysis: tallies every cell of a {@link Segmentation} over a window, derives the
 * metrics, assesses them against {@link Targets}, ranks the cells and names the ICP.
 *
 * <pre>{@code
 * SampleBase base = SampleBases.guideExample();
 * SegmentReport report = SegmentAnalysis.of(base.accounts())
 *     .segmentBy(Dimension.sizeBand(SizePolicy.guide()))
 *     .window(Window.of(base.windowFrom(), base.windowTo()))
 *     .opportunities(base.opportunities())
 *     .spend(base.spend())
 *     .run();
 * System.out.println(report);   // the guide's table, with verdicts and plays
 * }</pre>
 *
 * <h2>What is counted</h2>
 *
 * <ul>
 *   <li>An account is in the analysis when it was active at some point of the window or acquired in
 *       it (its churn tally is not empty); one that churned before the window or was acquired after
 *       it is left out of every cell, the total included.
 *   <li>An opportunity is counted as won or lost when it closed in the window, and as open when it
 *       was created on or before the as-of date and had not closed by then.
 *   <li>CAC: with a spend ledger, the ledger's spend of the window's months (the months the window
 *       touches) is allocated to the cells by {@link CacAllocation} (direct costs first, the rest
 *       of a channel's spend by share of its new customers); a multi-valued segmentation allocates
 *       each cell against the rest of the base, since its cells overlap. Without a ledger, CAC is
 *       the mean known direct cost of the new customers that have one.
 *   <li>Without a gross margin, CLV and payback are on revenue (the guide's method); with one (a
 *       rate, or a function of the account), margin-adjusted.
 * </ul>
 *
 * <h2>Bad input</h2>
 *
 * An empty account list is rejected by {@link #of}. A window in which no account and no opportunity
 * is active gives an explicit empty report ({@link SegmentReport#isEmpty()}), whose text says so.
 * All accounts must share one currency ({@link CurrencyMismatchException}).
 *
 * <h2>Logging</h2>
 *
 * Each {@link Builder#run()} logs one line at debug level through SLF4J (logger {@code
 * dev.icpmetrics.segment.SegmentAnalysis}): the segmentation, the accounts and opportunities given,
 * the cells and the milliseconds taken. Nothing is logged per account.
 */
public final class SegmentAnalysis {
  private static final Logger LOG = LoggerFactory.getLogger(SegmentAnalysis.class);

  private SegmentAnalysis() {}

  /**
   * Starts an analysis of {@code accounts}.
   *
   * @param accounts the customer base, not empty
   * @return a builder; set at least the segmentation and the window
   * @throws IllegalArgumentException if {@code accounts} is empty
   */
  public static Builder of(List<Account> accounts) {
    requireNonNull(accounts, "accounts");
    if (accounts.isEmpty()) {
      throw new IllegalArgumentException(
          "accounts must hold at least one account to segment, got an empty base");
    }
    List<Account> copy = new ArrayList<>(accounts.size());
    for (Account a : accounts) {
      copy.add(requireNonNull(a, "account"));
    }
    return new Builder(List.copyOf(copy));
  }

  /** Collects the inputs and settings of an analysis; {@link #run()} computes it. */
  public static final class Builder {
    private final List<Account> accounts;
    private @Nullable Segmentation segmentation;
    private @Nullable Window window;
    private @Nullable LocalDate asOf;
    private List<Opportunity> opportunities = List.of();
    private List<AcquisitionSpend> spend = List.of();
    private CacPolicy cacPolicy = CacPolicy.fullyLoaded();
    private ChurnPolicy churnPolicy = ChurnPolicy.defaults();
    private @Nullable ToDoubleFunction<Account> grossMargin;
    private Targets targets = Targets.guide();
    private long minSupport = dev.icpmetrics.metrics.Proportion.DEFAULT_MIN_TRIALS;
    private int maxIcpSegments = 3;

    private Builder(List<Account> accounts) {
      this.accounts = accounts;
    }

    /** Sets the segmentation. */
    public Builder segmentBy(Segmentation segmentation) {
      this.segmentation = requireNonNull(segmentation, "segmentation");
      return this;
    }

    /**
     * Sets the segmentation to {@link Segmentation#by} these dimensions (at most three).
     *
     * @param dimensions one to three dimensions
     * @return this builder
     */
    public Builder segmentBy(Dimension... dimensions) {
      return segmentBy(Segmentation.by(dimensions));
    }

    /** Sets the window; required. */
    public Builder window(Window window) {
      this.window = requireNonNull(window, "window");
      return this;
    }

    /**
     * Sets the as-of date; by default the window's end ({@code window.to()}).
     *
     * @param asOf on or after the window's last day
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = requireNonNull(asOf, "asOf");
      return this;
    }

    /** Sets the opportunities, for conversion and sales cycle; none by default. */
    public Builder opportunities(List<Opportunity> opportunities) {
      this.opportunities = List.copyOf(requireNonNull(opportunities, "opportunities"));
      return this;
    }

    /** Sets the acquisition spend ledger; none by default (CAC from direct costs only). */
    public Builder spend(List<AcquisitionSpend> spend) {
      this.spend = List.copyOf(requireNonNull(spend, "spend"));
      return this;
    }

    /** Sets the CAC spend basis; {@link CacPolicy#fullyLoaded()} by default. */
    public Builder cacPolicy(CacPolicy policy) {
      this.cacPolicy = requireNonNull(policy, "policy");
      return this;
    }

    /** Sets the churn definition; {@link ChurnPolicy#defaults()} by default. */
    public Builder churnPolicy(ChurnPolicy policy) {
      this.churnPolicy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets one gross margin for every account; CLV and payback become margin-adjusted.
     *
     * @param grossMargin the margin, in (0, 1]
     * @return this builder
     */
    public Builder grossMargin(double grossMargin) {
      Checks.fractionAboveZero("grossMargin", grossMargin);
      this.grossMargin = a -> grossMargin;
      return this;
    }

    /**
     * Sets a gross margin per account (by plan or product line, say); each value in (0, 1].
     *
     * @param grossMargin the account's margin
     * @return this builder
     */
    public Builder grossMargin(ToDoubleFunction<Account> grossMargin) {
      this.grossMargin = requireNonNull(grossMargin, "grossMargin");
      return this;
    }

    /** Sets the targets; {@link Targets#guide()} by default. */
    public Builder targets(Targets targets) {
      this.targets = requireNonNull(targets, "targets");
      return this;
    }

    /**
     * Sets the minimum support: the churn denominator (customers at risk) below which a segment has
     * insufficient data; 30 by default.
     *
     * @param minSupport {@code >= 1}
     * @return this builder
     */
    public Builder minSupport(long minSupport) {
      this.minSupport = Checks.positive("minSupport", minSupport);
      return this;
    }

    /**
     * Sets how many segments the ICP may hold at most; 3 by default.
     *
     * @param maxIcpSegments {@code >= 1}
     * @return this builder
     */
    public Builder maxIcpSegments(int maxIcpSegments) {
      this.maxIcpSegments = Checks.positive("maxIcpSegments", maxIcpSegments);
      return this;
    }

    /**
     * Runs the analysis, and logs its size and time at debug level once (see the class comment).
     *
     * @return the report
     * @throws IllegalStateException if the segmentation or the window is not set
     * @throws IllegalArgumentException if the as-of date is before the window's last day, or a
     *     gross margin is outside (0, 1]
     * @throws CurrencyMismatchException if the accounts, costs or ledger mix currencies
     */
    public SegmentReport run() {
      if (segmentation == null) {
        throw new IllegalStateException("segmentBy must be called before run");
      }
      if (window == null) {
        throw new IllegalStateException("window must be called before run");
      }
      LocalDate at = asOf != null ? asOf : window.to();
      long start = System.nanoTime();
      SegmentReport report = new Run(this, segmentation, window, at).report();
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "segment analysis by {} over {}: {} accounts, {} opportunities, {} cells in {} ms",
            String.join(" x ", segmentation.names()),
            window,
            accounts.size(),
            opportunities.size(),
            report.rows().size(),
            (System.nanoTime() - start) / 1_000_000);
      }
      return report;
    }
  }

  /** One computation. */
  private static final class Run {
    private final Builder b;
    private final Segmentation segmentation;
    private final Window window;
    private final LocalDate asOf;
    private final Currency currency;

    Run(Builder b, Segmentation segmentation, Window window, LocalDate asOf) {
      this.b = b;
      this.segmentation = segmentation;
      this.window = window;
      this.asOf = asOf;
      this.currency = b.accounts.get(0).mrrHistory().currency();
      for (Account a : b.accounts) {
        if (!a.mrrHistory().currency().equals(currency)) {
          throw new CurrencyMismatchException(currency, a.mrrHistory().currency());
        }
      }
      MetricsSnapshot.empty(window, asOf, b.churnPolicy, currency, b.grossMargin != null);
    }

    SegmentReport report() {
      List<Account> inWindow = new ArrayList<>();
      for (Account a : b.accounts) {
        if (!ChurnTally.of(a.lifecycle(), window, b.churnPolicy).equals(ChurnTally.empty())) {
          inWindow.add(a);
        }
      }
      List<Opportunity> opps = new ArrayList<>();
      for (Opportunity o : b.opportunities) {
        if (countsAs(o).isPresent()) {
          opps.add(o);
        }
      }
      TreeMap<Segment, List<Account>> accountsByCell = new TreeMap<>(segmentation.cellOrder());
      for (Account a : inWindow) {
        for (Segment s : segmentation.cellsOf(a)) {
          accountsByCell.computeIfAbsent(s, k -> new ArrayList<>()).add(a);
        }
      }
      TreeMap<Segment, List<Opportunity>> oppsByCell = new TreeMap<>(segmentation.cellOrder());
      for (Opportunity o : opps) {
        for (Segment s : segmentation.cellsOf(o)) {
          oppsByCell.computeIfAbsent(s, k -> new ArrayList<>()).add(o);
          accountsByCell.computeIfAbsent(s, k -> new ArrayList<>());
        }
      }
      Map<Segment, CacTally> cac = allocate(accountsByCell, inWindow);

      LinkedHashMap<Segment, MetricsSnapshot> cells = new LinkedHashMap<>();
      for (Map.Entry<Segment, List<Account>> e : accountsByCell.entrySet()) {
        Segment s = e.getKey();
        cells.put(
            s,
            snapshot(
                e.getValue(),
                oppsByCell.getOrDefault(s, List.of()),
                requireNonNull(cac.get(s), "cac")));
      }
      MetricsSnapshot all =
          snapshot(inWindow, opps, requireNonNull(cac.get(Segment.all()), "cac of all"));
      return SegmentReport.of(
          segmentation, b.targets, b.minSupport, b.maxIcpSegments, all, cells, !b.spend.isEmpty());
    }

    private Optional<OpportunityOutcome> countsAs(Opportunity o) {
      Optional<LocalDate> closed = o.closed();
      if (closed.isPresent() && window.contains(closed.get()) && !closed.get().isAfter(asOf)) {
        return Optional.of(o.outcome());
      }
      boolean openAtAsOf =
          !o.created().isAfter(asOf) && (closed.isEmpty() || closed.get().isAfter(asOf));
      return openAtAsOf ? Optional.of(OpportunityOutcome.OPEN) : Optional.empty();
    }

    private MetricsSnapshot snapshot(
        List<Account> accounts, List<Opportunity> opps, CacTally cacTally) {
      ChurnTally churn = Churn.tally(accounts, window, b.churnPolicy);
      MrrMovements mrr = MrrMovements.empty(currency);
      long margin = 0;
      AcquisitionTally.Builder acquired = AcquisitionTally.builder();
      for (Account a : accounts) {
        MrrMovements m = MrrMovements.of(a, window);
        mrr = mrr.plus(m);
        margin = Math.addExact(margin, marginOf(a, m.startMinor()));
        if (window.contains(a.lifecycle().acquired())) {
          acquired.add(a);
        }
      }
      OpportunityTally ot = OpportunityTally.empty();
      for (Opportunity o : opps) {
        OpportunityOutcome outcome = countsAs(o).orElseThrow();
        ot =
            ot.plus(
                switch (outcome) {
                  case WON -> OpportunityTally.won(o.daysToClose().orElseThrow());
                  case LOST -> OpportunityTally.lost();
                  case OPEN -> OpportunityTally.open();
                });
      }
      return new MetricsSnapshot(
          window,
          asOf,
          b.churnPolicy,
          churn,
          mrr,
          margin,
          b.grossMargin != null,
          acquired.build(),
          cacTally,
          ot);
    }

    private long marginOf(Account a, long startMinor) {
      ToDoubleFunction<Account> f = b.grossMargin;
      if (f == null || startMinor == 0) {
        return startMinor;
      }
      double m = Checks.fractionAboveZero("grossMargin of account " + a.id(), f.applyAsDouble(a));
      return BigDecimal.valueOf(startMinor)
          .multiply(BigDecimal.valueOf(m))
          .setScale(0, RoundingMode.HALF_EVEN)
          .longValueExact();
    }

    /** Returns the CAC tally of every cell and of {@link Segment#all()}. */
    private Map<Segment, CacTally> allocate(
        Map<Segment, List<Account>> accountsByCell, List<Account> inWindow) {
      Map<Segment, AcquisitionTally> newByCell = new LinkedHashMap<>();
      for (Map.Entry<Segment, List<Account>> e : accountsByCell.entrySet()) {
        newByCell.put(e.getKey(), acquiredIn(e.getValue()));
      }
      AcquisitionTally allNew = acquiredIn(inWindow);
      Map<Segment, CacTally> out = new LinkedHashMap<>();
      if (b.spend.isEmpty()) {
        newByCell.forEach((s, t) -> out.put(s, directOnly(t)));
        out.put(Segment.all(), directOnly(allNew));
        return out;
      }
      YearMonth from = YearMonth.from(window.from());
      YearMonth to = YearMonth.from(window.lastDay()).plusMonths(1);
      if (!segmentation.isMultiValued()) {
        out.putAll(CacAllocation.allocate(newByCell, b.spend, b.cacPolicy, from, to).segments());
      } else {
        for (Map.Entry<Segment, List<Account>> e : accountsByCell.entrySet()) {
          List<Account> rest = new ArrayList<>(inWindow);
          rest.removeAll(e.getValue());
          Map<String, AcquisitionTally> pair = new LinkedHashMap<>();
          pair.put("in", newByCell.get(e.getKey()));
          pair.put("rest", acquiredIn(rest));
          CacAllocation<String> a = CacAllocation.allocate(pair, b.spend, b.cacPolicy, from, to);
          out.put(e.getKey(), a.segments().get("in"));
        }
      }
      out.put(
          Segment.all(),
          CacAllocation.allocate(Map.of(Segment.all(), allNew), b.spend, b.cacPolicy, from, to)
              .segments()
              .get(Segment.all()));
      return out;
    }

    private AcquisitionTally acquiredIn(List<Account> accounts) {
      AcquisitionTally.Builder t = AcquisitionTally.builder();
      for (Account a : accounts) {
        if (window.contains(a.lifecycle().acquired())) {
          t.add(a);
        }
      }
      return t.build();
    }

    private CacTally directOnly(AcquisitionTally t) {
      Money cost = t.directCost().orElse(Money.zero(currency));
      Money.zero(currency).checkSameCurrency(cost);
      return new CacTally(cost, t.directCostCount());
    }
  }
}
