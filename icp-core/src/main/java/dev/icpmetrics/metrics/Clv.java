package dev.icpmetrics.metrics;

import static dev.icpmetrics.metrics.MoneyChecks.CONTEXT;
import static dev.icpmetrics.metrics.MoneyChecks.decimal;
import static dev.icpmetrics.metrics.MoneyChecks.nonNegative;
import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.DiscountRate;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.Period;
import dev.icpmetrics.model.PeriodRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ladder of customer lifetime value (CLV) formulas, from the simple SaaS rule of thumb to the
 * shifted-beta-geometric model. Published CLV figures for the same inputs differ by a factor of
 * several across vendors because each uses another formula and timing; every method here states its
 * timing and inputs.
 *
 * <p>Conventions shared by all methods:
 *
 * <ul>
 *   <li>ARPA (average revenue per account) and margin are amounts per period, the period of the
 *       churn rate or model they are combined with; the library cannot check that an amount is per
 *       month, so the caller keeps them consistent.
 *   <li>{@code grossMargin} is a fraction in (0, 1]; a margin amount is ARPA × gross margin.
 *   <li>A discount rate must be per the same period as the churn (see {@link
 *       DiscountRate#requirePeriod}); convert it explicitly with {@link DiscountRate#convertedTo}.
 *   <li>Results are rounded once, at the end, to the currency's minor units with the given {@link
 *       RoundingMode}; intermediate arithmetic is decimal with 34 significant digits.
 *   <li>Undefined results ({@link MetricResult.Undefined}) replace infinite values: a CLV with zero
 *       churn and no discounting, for example.
 * </ul>
 *
 * <p>Thread-safe: stateless.
 */
public final class Clv {
  private Clv() {}

  /**
   * Returns the simple CLV, {@code ARPA / churn}: revenue, not margin, undiscounted, with the first
   * payment now and one at each renewal (expected lifetime {@code 1 / churn} periods).
   *
   * @param arpa the average revenue per account per period of {@code churn}, {@code >= 0}
   * @param churn the constant churn rate per period
   * @param rounding how to round the result to minor units
   * @return the CLV; undefined when churn is 0
   */
  public static MetricResult<Money> simple(Money arpa, PeriodRate churn, RoundingMode rounding) {
    nonNegative("arpa", arpa);
    requireNonNull(churn, "churn");
    requireNonNull(rounding, "rounding");
    if (churn.rate() == 0) {
      return zeroChurn();
    }
    return MetricResult.of(
        arpa.multipliedBy(
            BigDecimal.ONE.divide(decimal("churn", churn.rate()), CONTEXT), rounding));
  }

  /**
   * Returns the margin-adjusted CLV (Skok), {@code ARPA × grossMargin / churn}: undiscounted, first
   * payment now and one at each renewal. $100 ARPA, 80% margin, 5% monthly churn: $1,600.
   *
   * @param arpa the average revenue per account per period of {@code churn}, {@code >= 0}
   * @param grossMargin the gross margin, in (0, 1]
   * @param churn the constant churn rate per period
   * @param rounding how to round the result to minor units
   * @return the CLV; undefined when churn is 0
   */
  public static MetricResult<Money> marginAdjusted(
      Money arpa, double grossMargin, PeriodRate churn, RoundingMode rounding) {
    nonNegative("arpa", arpa);
    Checks.fractionAboveZero("grossMargin", grossMargin);
    requireNonNull(churn, "churn");
    requireNonNull(rounding, "rounding");
    if (churn.rate() == 0) {
      return zeroChurn();
    }
    BigDecimal factor =
        decimal("grossMargin", grossMargin).divide(decimal("churn", churn.rate()), CONTEXT);
    return MetricResult.of(arpa.multipliedBy(factor, rounding));
  }

  /**
   * Returns the equal-weight average of the monthly churn rates of the {@code months} months before
   * {@code current}, which is excluded because it is still incomplete: {@code (c[current - months]
   * + ... + c[current - 1]) / months}.
   *
   * @param monthlyChurnRates the churn rate of each month, each in [0, 1]; other months are ignored
   * @param current the current month, excluded
   * @param months how many months to average, {@code >= 1}
   * @return the average monthly churn; undefined if a month of the window has no rate
   */
  public static MetricResult<PeriodRate> trailingAverageChurn(
      Map<YearMonth, Double> monthlyChurnRates, YearMonth current, int months) {
    requireNonNull(monthlyChurnRates, "monthlyChurnRates");
    requireNonNull(current, "current");
    Checks.positive("months", months);
    for (Map.Entry<YearMonth, Double> e : monthlyChurnRates.entrySet()) {
      requireNonNull(e.getKey(), "monthlyChurnRates key");
      requireNonNull(e.getValue(), "monthlyChurnRates value");
      Checks.fraction("monthlyChurnRates[" + e.getKey() + "]", e.getValue());
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = months; i >= 1; i--) {
      YearMonth month = current.minusMonths(i);
      Double rate = monthlyChurnRates.get(month);
      if (rate == null) {
        return MetricResult.undefined(
            "no churn rate for " + month + " in the " + months + " months before " + current);
      }
      sum = sum.add(decimal("churn", rate));
    }
    double average = sum.divide(BigDecimal.valueOf(months), CONTEXT).doubleValue();
    return MetricResult.of(PeriodRate.monthly(Math.min(1.0, average)));
  }

  /**
   * Returns the margin-adjusted CLV at the trailing-average churn of the {@code months} months
   * before {@code current} ({@link #trailingAverageChurn}): {@code ARPA × grossMargin /
   * averageChurn}, undiscounted, first payment now and one at each renewal. It smooths a noisy
   * monthly churn and ignores the incomplete current month.
   *
   * @param arpa the average revenue per account per month, {@code >= 0}
   * @param grossMargin the gross margin, in (0, 1]
   * @param monthlyChurnRates the churn rate of each month, each in [0, 1]
   * @param current the current month, excluded from the average
   * @param months how many months to average, {@code >= 1}
   * @param rounding how to round the result to minor units
   * @return the CLV; undefined if a month is missing or the average churn is 0
   */
  public static MetricResult<Money> trailingChurn(
      Money arpa,
      double grossMargin,
      Map<YearMonth, Double> monthlyChurnRates,
      YearMonth current,
      int months,
      RoundingMode rounding) {
    nonNegative("arpa", arpa);
    Checks.fractionAboveZero("grossMargin", grossMargin);
    requireNonNull(rounding, "rounding");
    MetricResult<PeriodRate> churn = trailingAverageChurn(monthlyChurnRates, current, months);
    if (!churn.isDefined()) {
      return MetricResult.undefined(churn.undefinedReason().orElseThrow());
    }
    return marginAdjusted(arpa, grossMargin, churn.orElseThrow(), rounding);
  }

  /**
   * Returns the CLV over at most {@code horizonPeriods} periods, undiscounted, first payment now
   * and one at each of the next {@code horizonPeriods - 1} renewals: {@code ARPA × grossMargin × (1
   * - (1 - churn)^N) / churn}, and {@code ARPA × grossMargin × N} when churn is 0. It is always
   * defined, and tends to {@link #marginAdjusted} as the horizon grows.
   *
   * @param arpa the average revenue per account per period of {@code churn}, {@code >= 0}
   * @param grossMargin the gross margin, in (0, 1]
   * @param churn the constant churn rate per period
   * @param horizonPeriods the horizon {@code N} in periods of {@code churn} (months for a monthly
   *     churn), {@code >= 1}
   * @param rounding how to round the result to minor units
   * @return the CLV over the horizon
   */
  public static Money cappedHorizon(
      Money arpa, double grossMargin, PeriodRate churn, int horizonPeriods, RoundingMode rounding) {
    nonNegative("arpa", arpa);
    Checks.fractionAboveZero("grossMargin", grossMargin);
    requireNonNull(churn, "churn");
    Checks.positive("horizonPeriods", horizonPeriods);
    requireNonNull(rounding, "rounding");
    double c = churn.rate();
    double expectedPayments =
        c == 0 ? horizonPeriods : c == 1 ? 1.0 : -Math.expm1(horizonPeriods * Math.log1p(-c)) / c;
    return arpa.multipliedBy(
        decimal("grossMargin", grossMargin).multiply(decimal("payments", expectedPayments)),
        rounding);
  }

  /**
   * Returns the discounted CLV under constant retention {@code r = 1 - churn} with the given timing
   * (Fader &amp; Hardie 2012; see {@link CashFlowTiming} for the four formulas). Gupta, Lehmann
   * &amp; Stuart's example, $100 a year, {@code r = 0.8}, {@code d = 12%}, {@link
   * CashFlowTiming#AT_EACH_RENEWAL}: $250.00.
   *
   * @param margin the margin per period (ARPA × gross margin), {@code >= 0}
   * @param churn the constant churn rate per period
   * @param discountRate the discount rate, per the period of {@code churn}
   * @param timing when the margin is received relative to the valuation
   * @param rounding how to round the result to minor units
   * @return the CLV; undefined when churn and the discount rate are both 0
   * @throws IllegalArgumentException if {@code discountRate} is per another period than {@code
   *     churn}
   */
  public static MetricResult<Money> discounted(
      Money margin,
      PeriodRate churn,
      DiscountRate discountRate,
      CashFlowTiming timing,
      RoundingMode rounding) {
    nonNegative("margin", margin);
    requireNonNull(churn, "churn");
    requireNonNull(discountRate, "discountRate");
    requireNonNull(timing, "timing");
    requireNonNull(rounding, "rounding");
    discountRate.requirePeriod(churn.period());
    BigDecimal c = decimal("churn", churn.rate());
    BigDecimal d = decimal("discountRate", discountRate.rate());
    BigDecimal denominator = d.add(c); // 1 + d - r
    if (denominator.signum() == 0) {
      return MetricResult.undefined(
          "churn and the discount rate are both 0: the discounted lifetime is infinite");
    }
    BigDecimal r = BigDecimal.ONE.subtract(c);
    BigDecimal onePlusD = BigDecimal.ONE.add(d);
    BigDecimal numerator =
        switch (timing) {
          case NOW_AND_AT_EACH_RENEWAL -> onePlusD;
          case AT_EACH_RENEWAL -> r;
          case END_OF_EACH_PERIOD -> BigDecimal.ONE;
          case BEFORE_RENEWAL_DECISION -> r.multiply(onePlusD);
        };
    return MetricResult.of(margin.multipliedBy(numerator.divide(denominator, CONTEXT), rounding));
  }

  /**
   * Returns the CLV of a new customer under a shifted-beta-geometric model, {@code margin × DEL}
   * ({@link ShiftedBetaGeometric#discountedExpectedLifetime}): the first payment now and one at
   * each renewal, discounted, with churn heterogeneous across customers.
   *
   * @param margin the margin per period of the model, {@code >= 0}
   * @param model the retention model
   * @param discountRate the discount rate, per the model's period
   * @param rounding how to round the result to minor units
   * @return the CLV; undefined when the discount rate is 0 and the model's expected lifetime is
   *     infinite ({@code alpha <= 1})
   */
  public static MetricResult<Money> shiftedBetaGeometric(
      Money margin, ShiftedBetaGeometric model, DiscountRate discountRate, RoundingMode rounding) {
    nonNegative("margin", margin);
    requireNonNull(model, "model");
    requireNonNull(rounding, "rounding");
    return model
        .discountedExpectedLifetime(discountRate)
        .map(del -> margin.multipliedBy(decimal("DEL", del), rounding));
  }

  /**
   * Returns the residual value of an existing customer who has made {@code renewalsMade} renewals,
   * valued just before the next renewal decision: {@code margin × DERL} ({@link
   * ShiftedBetaGeometric#discountedExpectedResidualLifetime}). Fader &amp; Hardie's example ({@code
   * alpha 0.764, beta 1.296}, $100 a year, 10%): $288.22 at the end of year 1 (0 renewals), $393.94
   * at the end of year 2, $568.25 at the end of year 5.
   *
   * @param margin the margin per period of the model, {@code >= 0}
   * @param model the retention model
   * @param discountRate the discount rate, per the model's period
   * @param renewalsMade the renewals the customer has made, {@code >= 0}
   * @param rounding how to round the result to minor units
   * @return the residual value; undefined as for {@link #shiftedBetaGeometric}
   */
  public static MetricResult<Money> residual(
      Money margin,
      ShiftedBetaGeometric model,
      DiscountRate discountRate,
      int renewalsMade,
      RoundingMode rounding) {
    nonNegative("margin", margin);
    requireNonNull(model, "model");
    requireNonNull(rounding, "rounding");
    return model
        .discountedExpectedResidualLifetime(discountRate, renewalsMade)
        .map(derl -> margin.multipliedBy(decimal("DERL", derl), rounding));
  }

  /**
   * Returns the residual value of a whole base of active customers, {@code margin × sum_k n_k
   * DERL(k)}, where {@code n_k = activeByRenewalsMade[k]} customers have made {@code k} renewals
   * and each is valued just before their next renewal decision. Rounded once, on the total.
   *
   * @param margin the margin per period of the model, {@code >= 0}
   * @param model the retention model
   * @param discountRate the discount rate, per the model's period
   * @param activeByRenewalsMade the active customers by renewals made, each {@code >= 0}
   * @param rounding how to round the result to minor units
   * @return the value of the base; undefined as for {@link #shiftedBetaGeometric} when a tenure
   *     with customers has no finite value
   */
  public static MetricResult<Money> customerBase(
      Money margin,
      ShiftedBetaGeometric model,
      DiscountRate discountRate,
      long[] activeByRenewalsMade,
      RoundingMode rounding) {
    nonNegative("margin", margin);
    requireNonNull(model, "model");
    requireNonNull(discountRate, "discountRate");
    requireNonNull(activeByRenewalsMade, "activeByRenewalsMade");
    requireNonNull(rounding, "rounding");
    BigDecimal lifetimes = BigDecimal.ZERO;
    for (int k = 0; k < activeByRenewalsMade.length; k++) {
      long n = activeByRenewalsMade[k];
      Checks.nonNegative("activeByRenewalsMade[" + k + "]", n);
      if (n == 0) {
        continue;
      }
      MetricResult<Double> derl = model.discountedExpectedResidualLifetime(discountRate, k);
      if (!derl.isDefined()) {
        return MetricResult.undefined(derl.undefinedReason().orElseThrow());
      }
      lifetimes =
          lifetimes.add(decimal("DERL", derl.orElseThrow()).multiply(BigDecimal.valueOf(n)));
    }
    return MetricResult.of(margin.multipliedBy(lifetimes, rounding));
  }

  /**
   * Returns the cohort-empirical CLV per acquired customer: the margin on the revenue the cohort
   * actually produced, plus an extrapolated tail, divided by the cohort's size, undiscounted.
   *
   * <p>Tail rule: the revenue of the months after the last observed one decays geometrically at the
   * average month-over-month ratio of the last {@code k = min(3, n - 1)} observed months, {@code
   * rho = (R[n-1] / R[n-1-k])^(1/k)}; the tail is {@code R[n-1] × rho / (1 - rho)}. When the last
   * month's revenue is 0 the tail is 0. When revenue did not decline ({@code rho >= 1}, net
   * expansion outweighing churn), the tail has no finite sum and the result is undefined; use
   * {@link #cappedHorizon} for a bounded view.
   *
   * @param revenueByMonth the cohort's total revenue in each month since acquisition, month 0
   *     first; at least 2 months, each {@code >= 0}, in one currency
   * @param cohortSize the customers acquired in the cohort, {@code > 0}
   * @param grossMargin the gross margin, in (0, 1]
   * @param rounding how to round the result to minor units
   * @return the CLV per acquired customer; undefined when the tail cannot be extrapolated
   * @throws dev.icpmetrics.model.CurrencyMismatchException if the months mix currencies
   */
  public static MetricResult<Money> cohortEmpirical(
      List<Money> revenueByMonth, long cohortSize, double grossMargin, RoundingMode rounding) {
    requireNonNull(revenueByMonth, "revenueByMonth");
    Checks.positive("cohortSize", cohortSize);
    Checks.fractionAboveZero("grossMargin", grossMargin);
    requireNonNull(rounding, "rounding");
    int n = revenueByMonth.size();
    if (n < 2) {
      throw new IllegalArgumentException(
          "revenueByMonth must have at least 2 months to extrapolate a tail, got " + n);
    }
    Money total = nonNegative("revenueByMonth[0]", revenueByMonth.get(0));
    for (int i = 1; i < n; i++) {
      total = total.plus(nonNegative("revenueByMonth[" + i + "]", revenueByMonth.get(i)));
    }
    int k = Math.min(3, n - 1);
    BigDecimal last = revenueByMonth.get(n - 1).amount();
    BigDecimal earlier = revenueByMonth.get(n - 1 - k).amount();
    BigDecimal tail;
    if (last.signum() == 0) {
      tail = BigDecimal.ZERO;
    } else if (earlier.signum() == 0) {
      return MetricResult.undefined(
          "revenue grew from 0 over the last " + k + " months: the tail has no finite sum");
    } else {
      double rho = Math.pow(last.doubleValue() / earlier.doubleValue(), 1.0 / k);
      if (rho >= 1) {
        return MetricResult.undefined(
            String.format(
                Locale.ROOT,
                "revenue did not decline over the last %d months (month-over-month ratio %.4f):"
                    + " the tail has no finite sum",
                k,
                rho));
      }
      tail = last.multiply(decimal("rho", rho / (1 - rho)), CONTEXT);
    }
    BigDecimal perCustomer =
        total
            .amount()
            .add(tail)
            .multiply(decimal("grossMargin", grossMargin))
            .divide(BigDecimal.valueOf(cohortSize), CONTEXT);
    return MetricResult.of(Money.of(total.currency(), perCustomer, rounding));
  }

  /**
   * Returns the cohort-empirical CLV per acquired customer of actual accounts: {@link
   * #cohortEmpirical(List, long, double, RoundingMode)} on the cohort's revenue by month since
   * acquisition, read from each account's MRR history and lifecycle in one pass over the cohort's
   * own months, with the cohort's size as the divisor.
   *
   * <p>Month {@code k} of an account is the billing month starting {@code k} months after its
   * acquired date; its revenue is the MRR in force on that first day while the account is active,
   * zero while churned. The months observed are those every member has completed by {@code asOf}.
   *
   * @param cohort the accounts of the cohort, usually those acquired in one month; not empty, one
   *     currency
   * @param grossMargin the gross margin, in (0, 1]
   * @param asOf the day the data run to; on or after every acquired date
   * @param rounding how to round the result to minor units
   * @return the CLV per acquired customer; undefined when fewer than 2 months are observed or the
   *     tail cannot be extrapolated
   * @throws dev.icpmetrics.model.CurrencyMismatchException if the accounts mix currencies
   */
  public static MetricResult<Money> cohortEmpirical(
      List<Account> cohort, double grossMargin, LocalDate asOf, RoundingMode rounding) {
    Checks.fractionAboveZero("grossMargin", grossMargin);
    requireNonNull(rounding, "rounding");
    List<Money> revenue = CohortRevenue.byMonth(cohort, asOf);
    if (revenue.size() < 2) {
      return MetricResult.undefined(
          "the cohort has completed "
              + revenue.size()
              + (revenue.size() == 1 ? " month" : " months")
              + " by "
              + asOf
              + ": at least 2 are needed to extrapolate a tail");
    }
    return cohortEmpirical(revenue, cohort.size(), grossMargin, rounding);
  }

  /**
   * Returns the interval of the margin-adjusted CLV ({@link #marginAdjusted}) implied by a
   * confidence interval of the churn rate. CLV falls as churn rises, so the interval is {@code
   * [CLV(upper churn), CLV(lower churn)]}; when the lower churn is 0 the upper end is undefined
   * (unbounded).
   *
   * @param arpa the average revenue per account per period, {@code >= 0}
   * @param grossMargin the gross margin, in (0, 1]
   * @param churn the churn rate's interval, within [0, 1]
   * @param period the period of the churn rate
   * @param rounding how to round each end to minor units
   * @return the CLV interval at the level of {@code churn}
   */
  public static MoneyInterval marginAdjustedInterval(
      Money arpa, double grossMargin, Interval churn, Period period, RoundingMode rounding) {
    requireChurnInterval(churn);
    requireNonNull(period, "period");
    return new MoneyInterval(
        marginAdjusted(arpa, grossMargin, new PeriodRate(churn.upper(), period), rounding),
        unbounded(
            marginAdjusted(arpa, grossMargin, new PeriodRate(churn.lower(), period), rounding)),
        churn.level());
  }

  /**
   * Returns the interval of the discounted CLV ({@link #discounted}) implied by a confidence
   * interval of the churn rate: {@code [CLV(upper churn), CLV(lower churn)]}, the upper end
   * undefined (unbounded) when the lower churn and the discount rate are both 0.
   *
   * @param margin the margin per period, {@code >= 0}
   * @param churn the churn rate's interval, within [0, 1]
   * @param period the period of the churn rate
   * @param discountRate the discount rate, per {@code period}
   * @param timing when the margin is received
   * @param rounding how to round each end to minor units
   * @return the CLV interval at the level of {@code churn}
   */
  public static MoneyInterval discountedInterval(
      Money margin,
      Interval churn,
      Period period,
      DiscountRate discountRate,
      CashFlowTiming timing,
      RoundingMode rounding) {
    requireChurnInterval(churn);
    requireNonNull(period, "period");
    return new MoneyInterval(
        discounted(margin, new PeriodRate(churn.upper(), period), discountRate, timing, rounding),
        unbounded(
            discounted(
                margin, new PeriodRate(churn.lower(), period), discountRate, timing, rounding)),
        churn.level());
  }

  static void requireChurnInterval(Interval churn) {
    requireNonNull(churn, "churn");
    if (churn.lower() < 0 || churn.upper() > 1) {
      throw new IllegalArgumentException("churn must lie within [0, 1], got " + churn);
    }
  }

  private static MetricResult<Money> unbounded(MetricResult<Money> end) {
    return end.isDefined()
        ? end
        : MetricResult.undefined(
            "unbounded at the lower end of the churn interval, 0: "
                + end.undefinedReason().orElseThrow());
  }

  private static <T> MetricResult<T> zeroChurn() {
    return MetricResult.undefined("churn is 0: the expected lifetime is infinite");
  }
}
