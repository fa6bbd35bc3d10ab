package dev.icpmetrics.segment;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.metrics.AcquisitionTally;
import dev.icpmetrics.metrics.CacTally;
import dev.icpmetrics.metrics.Churn;
import dev.icpmetrics.metrics.ChurnPolicy;
import dev.icpmetrics.metrics.ChurnRate;
import dev.icpmetrics.metrics.ChurnTally;
import dev.icpmetrics.metrics.Clv;
import dev.icpmetrics.metrics.Interval;
import dev.icpmetrics.metrics.LtvToCac;
import dev.icpmetrics.metrics.MetricResult;
import dev.icpmetrics.metrics.MoneyInterval;
import dev.icpmetrics.metrics.MrrMovements;
import dev.icpmetrics.metrics.Payback;
import dev.icpmetrics.metrics.PaybackPeriod;
import dev.icpmetrics.metrics.Proportion;
import dev.icpmetrics.metrics.RevenueRetention;
import dev.icpmetrics.metrics.Window;
import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.Period;
import dev.icpmetrics.model.PeriodRate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * The additive tallies of one segment over a {@link Window}, read at an as-of date, and every
 * metric derived from them.
 *
 * <h2>Tallies</h2>
 *
 * <ul>
 *   <li>{@link ChurnTally}: accounts at the start, new, churned, reactivated, at the end, exposure
 *       (counted at the churn policy's grain);
 *   <li>{@link MrrMovements}: the MRR bridge of the window;
 *   <li>{@code marginMinor}: the monthly gross margin of the customers paying at the start, {@code
 *       sum(MRR_start × grossMargin)} rounded half-even per customer; equal to the start MRR when
 *       no gross margin is known ({@code grossMarginKnown} false);
 *   <li>{@link AcquisitionTally}: the customers acquired in the window, by month and channel, with
 *       their direct costs;
 *   <li>{@link CacTally}: the acquisition spend allocated to the segment ({@link
 *       dev.icpmetrics.metrics.CacAllocation}) and its new customers;
 *   <li>{@link OpportunityTally}: opportunities won, lost and open, and the won ones' sales cycles.
 * </ul>
 *
 * {@link #plus} adds every tally (associative, commutative) and requires the same window, as-of
 * date, churn policy, currency and margin basis; {@link #empty} is its identity. The "all" row of a
 * single-valued segmentation equals the {@code plus} of its cells.
 *
 * <h2>Derived metrics</h2>
 *
 * Every ratio is derived from the tallies with the calculators of {@code metrics}, and is {@link
 * MetricResult.Undefined} with a reason when its denominator is empty:
 *
 * <ul>
 *   <li>churn: {@link Churn#rate} under the policy, converted to a monthly rate by compounding
 *       ({@link ChurnRate#per}); its 95% interval (Wilson, or exact Poisson for an exposure policy)
 *       mapped the same way;
 *   <li>ARPA, NRR and GRR with {@link RevenueRetention}: ARPA is the end MRR over the customers
 *       paying at the end, per month, rounded half-even; NRR {@code (start − churn − contraction +
 *       expansion) / start}; GRR the per-customer capped retained share of the start MRR;
 *   <li>CLV: without a gross margin, the simple CLV {@code ARPA / monthly churn} ({@link
 *       Clv#simple}, the guide's method); with one, the margin-adjusted {@code ARPA × margin /
 *       monthly churn} ({@link Clv#marginAdjusted}), where margin is {@code marginMinor /
 *       startMinor}; its interval from the churn interval ({@link Clv#marginAdjustedInterval});
 *   <li>CAC: allocated spend over new customers ({@link CacTally#cac}), rounded half-even;
 *   <li>payback: {@code CAC / ARPA} months on revenue ({@link Payback#monthsOnRevenue}) without a
 *       gross margin, {@code CAC / (ARPA × margin)} ({@link Payback#months}) with one;
 *   <li>LTV:CAC ({@link LtvToCac#ratio}), and its bounds from the CLV interval: the lower bound is
 *       the CLV at the upper churn bound over CAC;
 *   <li>conversion: won over won + lost, with its Wilson interval; mean and median sales cycle of
 *       the won deals.
 * </ul>
 *
 * @param window the window the tallies cover
 * @param asOf the as-of date: opportunities are read as of it; on or after the window's last day
 * @param churnPolicy the churn definition
 * @param churn the churn tally
 * @param mrr the MRR movements
 * @param marginMinor the monthly gross margin of the start customers, in minor units, {@code [0,
 *     mrr.startMinor()]}
 * @param grossMarginKnown whether a gross margin was given (else CLV and payback are on revenue and
 *     {@code marginMinor == mrr.startMinor()})
 * @param newCustomers the customers acquired in the window
 * @param acquisitionCost the allocated acquisition spend and its new customers
 * @param opportunities the opportunity counts
 */
public record MetricsSnapshot(
    Window window,
    LocalDate asOf,
    ChurnPolicy churnPolicy,
    ChurnTally churn,
    MrrMovements mrr,
    long marginMinor,
    boolean grossMarginKnown,
    AcquisitionTally newCustomers,
    CacTally acquisitionCost,
    OpportunityTally opportunities) {

  private static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  /** Validates the fields against each other. */
  public MetricsSnapshot {
    requireNonNull(window, "window");
    requireNonNull(asOf, "asOf");
    requireNonNull(churnPolicy, "churnPolicy");
    requireNonNull(churn, "churn");
    requireNonNull(mrr, "mrr");
    requireNonNull(newCustomers, "newCustomers");
    requireNonNull(acquisitionCost, "acquisitionCost");
    requireNonNull(opportunities, "opportunities");
    if (asOf.isBefore(window.lastDay())) {
      throw new IllegalArgumentException(
          "asOf must be on or after the window's last day " + window.lastDay() + ", got " + asOf);
    }
    if (!acquisitionCost.spend().currency().equals(mrr.currency())) {
      throw new CurrencyMismatchException(mrr.currency(), acquisitionCost.spend().currency());
    }
    if (marginMinor < 0 || marginMinor > mrr.startMinor()) {
      throw new IllegalArgumentException(
          "marginMinor must be in [0, " + mrr.startMinor() + "], got " + marginMinor);
    }
    if (!grossMarginKnown && marginMinor != mrr.startMinor()) {
      throw new IllegalArgumentException(
          "marginMinor must equal the start MRR "
              + mrr.startMinor()
              + " when no gross margin is known, got "
              + marginMinor);
    }
  }

  /**
   * Returns the snapshot of no account: the identity of {@link #plus} for these settings.
   *
   * @param window the window
   * @param asOf the as-of date, on or after the window's last day
   * @param churnPolicy the churn definition
   * @param currency the currency of every amount
   * @param grossMarginKnown whether a gross margin is known
   * @return the empty snapshot
   */
  public static MetricsSnapshot empty(
      Window window,
      LocalDate asOf,
      ChurnPolicy churnPolicy,
      Currency currency,
      boolean grossMarginKnown) {
    return new MetricsSnapshot(
        window,
        asOf,
        churnPolicy,
        ChurnTally.empty(),
        MrrMovements.empty(currency),
        0,
        grossMarginKnown,
        AcquisitionTally.empty(),
        CacTally.zero(currency),
        OpportunityTally.empty());
  }

  /**
   * Returns the snapshot of this segment and a disjoint {@code other}: every tally added.
   *
   * @param other a snapshot of the same window, as-of date, policy, currency and margin basis
   * @return the merged snapshot
   * @throws IllegalArgumentException if the settings differ
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException on overflow
   */
  public MetricsSnapshot plus(MetricsSnapshot other) {
    requireNonNull(other, "other");
    same("window", window, other.window);
    same("asOf", asOf, other.asOf);
    same("churnPolicy", churnPolicy, other.churnPolicy);
    same("grossMarginKnown", grossMarginKnown, other.grossMarginKnown);
    return new MetricsSnapshot(
        window,
        asOf,
        churnPolicy,
        churn.plus(other.churn),
        mrr.plus(other.mrr),
        Math.addExact(marginMinor, other.marginMinor),
        grossMarginKnown,
        newCustomers.plus(other.newCustomers),
        acquisitionCost.plus(other.acquisitionCost),
        opportunities.plus(other.opportunities));
  }

  private static void same(String field, Object a, Object b) {
    if (!a.equals(b)) {
      throw new IllegalArgumentException(field + " must be " + a + " to add snapshots, got " + b);
    }
  }

  /** Returns true if the snapshot holds no account and no opportunity. */
  public boolean isEmpty() {
    return churn.equals(ChurnTally.empty())
        && newCustomers.isEmpty()
        && opportunities.equals(OpportunityTally.empty())
        && mrr.equals(MrrMovements.empty(mrr.currency()));
  }

  /** Returns the currency of every amount. */
  public Currency currency() {
    return mrr.currency();
  }

  // ---------------------------------------------------------------- churn

  /** Returns the accounts active at the start of the window (the guide's "accounts"). */
  public long accountCount() {
    return churn.startCount();
  }

  /** Returns the churn rate over the window under the policy ({@link Churn#rate}). */
  public MetricResult<ChurnRate> churnRate() {
    return Churn.rate(churn, window, churnPolicy);
  }

  /**
   * Returns the churn denominator in customers (customer-months for an exposure policy): the
   * support a rate is judged on; 0 when the rate is undefined.
   */
  public double churnDenominator() {
    MetricResult<ChurnRate> r = churnRate();
    if (!r.isDefined()) {
      return 0;
    }
    ChurnRate c = r.orElseThrow();
    if (c instanceof ChurnRate.OfCustomers o) {
      return o.denominator();
    }
    return ((ChurnRate.OfExposure) c).eventRate().exposure();
  }

  /** Returns the churned customers counted by the policy; 0 when the rate is undefined. */
  public long churnedCount() {
    return churnRate().map(ChurnRate::churnedCount).orElse(0L);
  }

  /** Returns the monthly churn rate, compounded from the window's rate. */
  public MetricResult<Double> monthlyChurnRate() {
    return churnRate().map(r -> r.per(Period.MONTH).rate());
  }

  /** Returns the 95% interval of the monthly churn rate: the window's bounds, compounded. */
  public MetricResult<Interval> monthlyChurnInterval() {
    return churnRate()
        .map(
            r -> {
              Interval i = r.interval();
              return new Interval(monthly(r, i.lower()), monthly(r, i.upper()), i.level());
            });
  }

  private double monthly(ChurnRate r, double windowRate) {
    if (r instanceof ChurnRate.OfExposure) {
      double m = window.lengthMonths();
      return windowRate >= 1.0 ? 1.0 : -Math.expm1(Math.log1p(-windowRate) / m);
    }
    Optional<Period> p = window.period();
    if (p.isPresent()) {
      return new PeriodRate(windowRate, p.get()).convertedTo(Period.MONTH).rate();
    }
    double k = Window.DAYS_PER_MONTH / window.lengthDays();
    return windowRate >= 1.0 ? 1.0 : Math.min(1.0, -Math.expm1(k * Math.log1p(-windowRate)));
  }

  // ---------------------------------------------------------------- revenue

  /**
   * Returns ARPA per month at the end of the window, {@link RevenueRetention#arpa(MrrMovements,
   * RoundingMode)}: end MRR over the customers paying at the end, rounded half-even.
   */
  public MetricResult<Money> arpa() {
    return RevenueRetention.arpa(mrr, ROUNDING);
  }

  /** Returns the net revenue retention of the start MRR, {@link RevenueRetention#nrr}. */
  public MetricResult<Double> nrr() {
    return RevenueRetention.nrr(mrr);
  }

  /** Returns the gross revenue retention of the start MRR, {@link RevenueRetention#grr}. */
  public MetricResult<Double> grr() {
    return RevenueRetention.grr(mrr);
  }

  /** Returns the gross margin rate, {@code marginMinor / startMinor}; 1 without a known margin. */
  public MetricResult<Double> grossMarginRate() {
    if (!grossMarginKnown) {
      return MetricResult.of(1.0);
    }
    if (mrr.startMinor() == 0 || marginMinor == 0) {
      return MetricResult.undefined("no margin: no MRR at the start of " + window);
    }
    return MetricResult.of(
        BigDecimal.valueOf(marginMinor)
            .divide(BigDecimal.valueOf(mrr.startMinor()), MathContext.DECIMAL64)
            .doubleValue());
  }

  // ---------------------------------------------------------------- value and cost

  /** Returns the CLV: simple without a gross margin, margin-adjusted with one (class comment). */
  public MetricResult<Money> clv() {
    MetricResult<Money> arpa = arpa();
    MetricResult<Double> churnRate = monthlyChurnRate();
    MetricResult<Double> margin = grossMarginRate();
    if (!arpa.isDefined()) {
      return MetricResult.undefined(arpa.undefinedReason().orElseThrow());
    }
    if (!churnRate.isDefined()) {
      return MetricResult.undefined(churnRate.undefinedReason().orElseThrow());
    }
    if (!margin.isDefined()) {
      return MetricResult.undefined(margin.undefinedReason().orElseThrow());
    }
    PeriodRate c = PeriodRate.monthly(churnRate.orElseThrow());
    return grossMarginKnown
        ? Clv.marginAdjusted(arpa.orElseThrow(), margin.orElseThrow(), c, ROUNDING)
        : Clv.simple(arpa.orElseThrow(), c, ROUNDING);
  }

  /** Returns the CLV interval implied by the monthly churn interval; undefined ends unbounded. */
  public MetricResult<MoneyInterval> clvInterval() {
    MetricResult<Money> arpa = arpa();
    MetricResult<Interval> churnInterval = monthlyChurnInterval();
    MetricResult<Double> margin = grossMarginRate();
    if (!arpa.isDefined() || !churnInterval.isDefined() || !margin.isDefined()) {
      return MetricResult.undefined("no CLV: " + clv().undefinedReason().orElse("no interval"));
    }
    return MetricResult.of(
        Clv.marginAdjustedInterval(
            arpa.orElseThrow(),
            margin.orElseThrow(),
            churnInterval.orElseThrow(),
            Period.MONTH,
            ROUNDING));
  }

  /** Returns the CAC: allocated spend over new customers, rounded half-even. */
  public MetricResult<Money> cac() {
    return acquisitionCost.cac(ROUNDING);
  }

  /** Returns LTV:CAC, {@code clv / cac}. */
  public MetricResult<Double> ltvToCac() {
    return ratio(clv(), cac());
  }

  /** Returns the pessimistic LTV:CAC: the CLV at the upper bound of the churn interval over CAC. */
  public MetricResult<Double> ltvToCacLowerBound() {
    MetricResult<MoneyInterval> i = clvInterval();
    if (!i.isDefined()) {
      return MetricResult.undefined(i.undefinedReason().orElseThrow());
    }
    return ratio(i.orElseThrow().lower(), cac());
  }

  /**
   * Returns the optimistic LTV:CAC: the CLV at the lower churn bound over CAC (may be unbounded).
   */
  public MetricResult<Double> ltvToCacUpperBound() {
    MetricResult<MoneyInterval> i = clvInterval();
    if (!i.isDefined()) {
      return MetricResult.undefined(i.undefinedReason().orElseThrow());
    }
    return ratio(i.orElseThrow().upper(), cac());
  }

  private static MetricResult<Double> ratio(MetricResult<Money> ltv, MetricResult<Money> cac) {
    if (!ltv.isDefined()) {
      return MetricResult.undefined(ltv.undefinedReason().orElseThrow());
    }
    if (!cac.isDefined()) {
      return MetricResult.undefined(cac.undefinedReason().orElseThrow());
    }
    return LtvToCac.ratio(ltv.orElseThrow(), cac.orElseThrow());
  }

  /** Returns the CAC payback in months, on revenue or on gross margin (class comment). */
  public MetricResult<PaybackPeriod> payback() {
    MetricResult<Money> cac = cac();
    MetricResult<Money> arpa = arpa();
    MetricResult<Double> margin = grossMarginRate();
    if (!cac.isDefined()) {
      return MetricResult.undefined(cac.undefinedReason().orElseThrow());
    }
    if (!arpa.isDefined()) {
      return MetricResult.undefined(arpa.undefinedReason().orElseThrow());
    }
    if (!margin.isDefined()) {
      return MetricResult.undefined(margin.undefinedReason().orElseThrow());
    }
    return MetricResult.of(
        grossMarginKnown
            ? Payback.months(cac.orElseThrow(), arpa.orElseThrow(), margin.orElseThrow())
            : Payback.monthsOnRevenue(cac.orElseThrow(), arpa.orElseThrow()));
  }

  /** Returns what payback divides by, for explanations: {@code ARPA} or {@code ARPA × margin}. */
  String paybackBasisLabel() {
    return grossMarginKnown
        ? "gross margin " + Format.ratio(grossMarginRate()) + " × ARPA"
        : "ARPA";
  }

  // ---------------------------------------------------------------- sales

  /** Returns the conversion of closed opportunities: won of won + lost, with its interval. */
  public Proportion conversion() {
    return opportunities.conversion();
  }

  /** Returns the median sales cycle of won deals, in days. */
  public MetricResult<Double> medianSalesCycleDays() {
    return opportunities.medianSalesCycleDays();
  }

  /** Returns the mean sales cycle of won deals, in days. */
  public MetricResult<Double> meanSalesCycleDays() {
    return opportunities.meanSalesCycleDays();
  }

  /**
   * Returns a few lines: accounts, churn with its interval, ARPA, NRR, GRR, CLV, CAC, LTV:CAC,
   * payback, conversion and sales cycle.
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "MetricsSnapshot[%s, as of %s, %s]%n"
            + "  accounts %d at start, %d new, %d at end%n"
            + "  monthly churn %s%n"
            + "  ARPA %s, NRR %s, GRR %s%n"
            + "  CLV %s, CAC %s, LTV:CAC %s, payback %s%n"
            + "  conversion %s, median sales cycle %s days",
        window,
        asOf,
        churnPolicy.name(),
        churn.startCount(),
        churn.newCount(),
        churn.endCount(),
        churnRate().isDefined()
            ? Format.churn(monthlyChurnRate(), monthlyChurnInterval())
            : churnRate().toString(),
        arpa(),
        Format.percent(nrr()),
        Format.percent(grr()),
        clv(),
        cac(),
        Format.ratio(ltvToCac()),
        Format.payback(payback()),
        conversion(),
        Format.days(medianSalesCycleDays()));
  }
}
