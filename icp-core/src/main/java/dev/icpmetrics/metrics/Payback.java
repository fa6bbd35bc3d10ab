package dev.icpmetrics.metrics;

import static dev.icpmetrics.metrics.MoneyChecks.CONTEXT;
import static dev.icpmetrics.metrics.MoneyChecks.decimal;
import static dev.icpmetrics.metrics.MoneyChecks.nonNegative;
import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.metrics.PaybackPeriod.Basis;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.Period;
import dev.icpmetrics.model.PeriodRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;

/**
 * CAC payback: how many months of a customer's margin it takes to recover what it cost to acquire
 * them. The result is a {@link PaybackPeriod} that says its basis (gross margin or revenue) and is
 * never infinite: a cost that is not recovered is {@link PaybackPeriod.Never} or {@link
 * PaybackPeriod.NotWithinHorizon}.
 *
 * <p>Units: ARPA is per month and the payback is in months. Months are fractional: revenue is taken
 * to accrue evenly within each month, so with a monthly margin {@code m} and no churn the payback
 * is exactly {@code CAC / m}. Every amount of one call must be in one currency ({@link
 * dev.icpmetrics.model.CurrencyMismatchException} otherwise).
 *
 * <p>Thread-safe: stateless.
 */
public final class Payback {
  private Payback() {}

  /**
   * Returns the payback on gross margin, {@code CAC / (ARPA × grossMargin)} months, ignoring churn.
   * $8,900 CAC, $2,000 ARPA a month, 60% margin: 7.42 months.
   *
   * @param cac the acquisition cost per customer, {@code >= 0}
   * @param arpaPerMonth the average revenue per account per month, {@code >= 0}
   * @param grossMargin the gross margin, in (0, 1]
   * @return the payback; {@link PaybackPeriod.Never} if ARPA is 0 and CAC is not
   */
  public static PaybackPeriod months(Money cac, Money arpaPerMonth, double grossMargin) {
    Checks.fractionAboveZero("grossMargin", grossMargin);
    return ratio(cac, arpaPerMonth, grossMargin, Basis.GROSS_MARGIN, "ARPA × grossMargin");
  }

  /**
   * Returns the payback on revenue, {@code CAC / ARPA} months: the variant without margin, shorter
   * than {@link #months} and flagged {@link PaybackPeriod.Basis#REVENUE}.
   *
   * @param cac the acquisition cost per customer, {@code >= 0}
   * @param arpaPerMonth the average revenue per account per month, {@code >= 0}
   * @return the payback; {@link PaybackPeriod.Never} if ARPA is 0 and CAC is not
   */
  public static PaybackPeriod monthsOnRevenue(Money cac, Money arpaPerMonth) {
    return ratio(cac, arpaPerMonth, 1.0, Basis.REVENUE, "ARPA");
  }

  /**
   * Returns Bessemer's aggregate payback, {@code priorPeriodSpend / (newMonthlyRecurringRevenue ×
   * grossMargin)} months: the sales and marketing spend of the prior period (month or quarter) over
   * the gross margin per month that the customers won in the current period add.
   *
   * <p>Unit rule: the denominator must be <em>monthly</em> recurring revenue added (Bessemer's
   * committed MRR, CMRR); the quotient is then in months. Bessemer's example: $770k prior-quarter
   * spend, $100k of CMRR added at 70% margin: 770 / (100 × 0.7) = 11 months. Pass an annual figure
   * (ARR) and the same quotient is in years: divide ARR by 12 first.
   *
   * <p>A note on the reference text: REFERENCES §7 words Bessemer's $100k as "new annualised CMRR",
   * but 11 months comes out only if the $100k is <em>monthly</em> recurring revenue (CMRR is
   * committed <em>monthly</em> recurring revenue). Read "annualised" there as the run-rate of the
   * contracts, not as a yearly amount; were $100k yearly, the same spend would take 132 months.
   *
   * @param priorPeriodSpend the sales and marketing spend of the prior period, {@code >= 0}
   * @param newMonthlyRecurringRevenue the monthly recurring revenue added in the period, {@code >=
   *     0}
   * @param grossMargin the gross margin, in (0, 1]
   * @return the payback in months; {@link PaybackPeriod.Never} if no revenue was added
   */
  public static PaybackPeriod aggregateMonths(
      Money priorPeriodSpend, Money newMonthlyRecurringRevenue, double grossMargin) {
    Checks.fractionAboveZero("grossMargin", grossMargin);
    nonNegative("priorPeriodSpend", priorPeriodSpend);
    nonNegative("newMonthlyRecurringRevenue", newMonthlyRecurringRevenue);
    return ratio(
        priorPeriodSpend,
        newMonthlyRecurringRevenue,
        grossMargin,
        Basis.GROSS_MARGIN,
        "newMonthlyRecurringRevenue × grossMargin");
  }

  /**
   * Returns the churn-adjusted payback under a constant churn: the months until the expected
   * cumulative margin {@code m × sum_{t<k} (1 - c)^t}, with {@code m = ARPA × grossMargin} paid at
   * the start of each month the customer is active, reaches CAC. The lifetime margin is {@code m /
   * c}; if it does not exceed CAC the cost is never recovered.
   *
   * @param cac the acquisition cost per customer, {@code >= 0}
   * @param arpaPerMonth the average revenue per account per month, {@code >= 0}
   * @param grossMargin the gross margin, in (0, 1]
   * @param churn the constant churn rate, converted to a monthly rate by compounding
   * @param horizonMonths the months to look ahead, {@code >= 1}
   * @return the payback, {@link PaybackPeriod.Never} or {@link PaybackPeriod.NotWithinHorizon}
   */
  public static PaybackPeriod churnAdjusted(
      Money cac, Money arpaPerMonth, double grossMargin, PeriodRate churn, int horizonMonths) {
    requireNonNull(churn, "churn");
    double c = churn.convertedTo(Period.MONTH).rate();
    return churnAdjusted(
        cac,
        arpaPerMonth,
        grossMargin,
        horizonMonths,
        t -> 1 - c,
        c == 0 ? Double.POSITIVE_INFINITY : 1 / c,
        "churn " + MoneyChecks.percent(c) + " a month");
  }

  /**
   * Returns the churn-adjusted payback under a shifted-beta-geometric model: as {@link
   * #churnAdjusted(Money, Money, double, PeriodRate, int)} with the survival {@code S(t)} of the
   * model, whose retention rises with tenure. The lifetime margin is {@code m × E[T]}, infinite
   * when {@code alpha <= 1}.
   *
   * @param cac the acquisition cost per customer, {@code >= 0}
   * @param arpaPerMonth the average revenue per account per month, {@code >= 0}
   * @param grossMargin the gross margin, in (0, 1]
   * @param model a retention model per month
   * @param horizonMonths the months to look ahead, {@code >= 1}
   * @return the payback, {@link PaybackPeriod.Never} or {@link PaybackPeriod.NotWithinHorizon}
   * @throws IllegalArgumentException if the model's period is not a month
   */
  public static PaybackPeriod churnAdjusted(
      Money cac,
      Money arpaPerMonth,
      double grossMargin,
      ShiftedBetaGeometric model,
      int horizonMonths) {
    requireNonNull(model, "model");
    if (model.period() != Period.MONTH) {
      throw new IllegalArgumentException(
          "model period must be MONTH for a payback in months, got " + model.period());
    }
    double a = model.alpha();
    double b = model.beta();
    return churnAdjusted(
        cac,
        arpaPerMonth,
        grossMargin,
        horizonMonths,
        t -> (b + t - 1) / (a + b + t - 1),
        model.expectedLifetime().orElse(Double.POSITIVE_INFINITY),
        model.toString());
  }

  /**
   * Returns the interval of the churn-adjusted payback implied by a confidence interval of the
   * churn rate: the payback at the lower churn and at the upper churn (payback lengthens as churn
   * rises).
   *
   * @param cac the acquisition cost per customer, {@code >= 0}
   * @param arpaPerMonth the average revenue per account per month, {@code >= 0}
   * @param grossMargin the gross margin, in (0, 1]
   * @param churn the churn rate's interval, within [0, 1]
   * @param period the period of the churn rate
   * @param horizonMonths the months to look ahead, {@code >= 1}
   * @return the payback interval at the level of {@code churn}
   */
  public static PaybackInterval churnAdjustedInterval(
      Money cac,
      Money arpaPerMonth,
      double grossMargin,
      Interval churn,
      Period period,
      int horizonMonths) {
    Clv.requireChurnInterval(churn);
    requireNonNull(period, "period");
    return new PaybackInterval(
        churnAdjusted(
            cac, arpaPerMonth, grossMargin, new PeriodRate(churn.lower(), period), horizonMonths),
        churnAdjusted(
            cac, arpaPerMonth, grossMargin, new PeriodRate(churn.upper(), period), horizonMonths),
        churn.level());
  }

  /**
   * Returns the cohort-realised payback: the months until the margin on the revenue a cohort
   * actually produced, {@code grossMargin × (R[0] + R[1] + ...)}, reaches what it cost to acquire
   * it. Use totals for both (the cohort's acquisition spend and its total revenue) or per-customer
   * amounts for both.
   *
   * @param acquisitionCost the cost of acquiring the cohort (or one customer), {@code >= 0}
   * @param revenueByMonth the revenue in each month since acquisition, month 0 first, each {@code
   *     >= 0}
   * @param grossMargin the gross margin, in (0, 1]
   * @return the payback, or {@link PaybackPeriod.NotWithinHorizon} over the months observed
   */
  public static PaybackPeriod cohortRealised(
      Money acquisitionCost, List<Money> revenueByMonth, double grossMargin) {
    nonNegative("acquisitionCost", acquisitionCost);
    requireNonNull(revenueByMonth, "revenueByMonth");
    Checks.fractionAboveZero("grossMargin", grossMargin);
    BigDecimal cost = acquisitionCost.amount();
    BigDecimal margin = decimal("grossMargin", grossMargin);
    BigDecimal cumulative = BigDecimal.ZERO;
    if (cost.signum() == 0) {
      return new PaybackPeriod.Reached(0, Basis.GROSS_MARGIN);
    }
    for (int k = 0; k < revenueByMonth.size(); k++) {
      Money revenue = nonNegative("revenueByMonth[" + k + "]", revenueByMonth.get(k));
      acquisitionCost.checkSameCurrency(revenue);
      BigDecimal earned = revenue.amount().multiply(margin);
      BigDecimal next = cumulative.add(earned);
      if (next.compareTo(cost) >= 0) {
        double within = cost.subtract(cumulative).divide(earned, CONTEXT).doubleValue();
        return new PaybackPeriod.Reached(k + within, Basis.GROSS_MARGIN);
      }
      cumulative = next;
    }
    return new PaybackPeriod.NotWithinHorizon(
        revenueByMonth.size(),
        Basis.GROSS_MARGIN,
        "cumulative margin "
            + Money.of(acquisitionCost.currency(), cumulative, java.math.RoundingMode.HALF_EVEN)
            + " of acquisitionCost "
            + acquisitionCost
            + " after the months observed");
  }

  /**
   * Returns the cohort-realised payback of actual accounts: {@link #cohortRealised(Money, List,
   * double)} on the cohort's revenue by month since acquisition, read from each account's MRR
   * history and lifecycle in one pass over the cohort's own months.
   *
   * <p>Month {@code k} of an account is the billing month starting {@code k} months after its
   * acquired date; its revenue is the MRR in force on that first day while the account is active,
   * zero while churned. The months observed are those every member has completed by {@code asOf}.
   *
   * @param cohort the accounts of the cohort, usually those acquired in one month; not empty, one
   *     currency
   * @param acquisitionCost what the whole cohort cost to acquire, {@code >= 0}, in the cohort's
   *     currency
   * @param grossMargin the gross margin, in (0, 1]
   * @param asOf the day the data run to; on or after every acquired date
   * @return the payback in months since acquisition, or {@link PaybackPeriod.NotWithinHorizon} over
   *     the months observed
   * @throws dev.icpmetrics.model.CurrencyMismatchException if the accounts or the cost mix
   *     currencies
   */
  public static PaybackPeriod cohortRealised(
      List<Account> cohort, Money acquisitionCost, double grossMargin, LocalDate asOf) {
    nonNegative("acquisitionCost", acquisitionCost);
    Checks.fractionAboveZero("grossMargin", grossMargin);
    List<Money> revenue = CohortRevenue.byMonth(cohort, asOf);
    Money.zero(cohort.get(0).mrrHistory().currency()).checkSameCurrency(acquisitionCost);
    return cohortRealised(acquisitionCost, revenue, grossMargin);
  }

  private static PaybackPeriod ratio(
      Money cost, Money arpa, double grossMargin, Basis basis, String denominatorName) {
    nonNegative("cac", cost);
    nonNegative("arpaPerMonth", arpa);
    cost.checkSameCurrency(arpa);
    if (cost.isZero()) {
      return new PaybackPeriod.Reached(0, basis);
    }
    BigDecimal perMonth = arpa.amount().multiply(decimal("grossMargin", grossMargin));
    if (perMonth.signum() == 0) {
      return new PaybackPeriod.Never(basis, denominatorName + " is 0: nothing is recovered");
    }
    return new PaybackPeriod.Reached(cost.amount().divide(perMonth, CONTEXT).doubleValue(), basis);
  }

  private static PaybackPeriod churnAdjusted(
      Money cac,
      Money arpaPerMonth,
      double grossMargin,
      int horizonMonths,
      IntToDoubleFunction retentionOfPeriod,
      double expectedLifetimeMonths,
      String retentionText) {
    nonNegative("cac", cac);
    nonNegative("arpaPerMonth", arpaPerMonth);
    cac.checkSameCurrency(arpaPerMonth);
    Checks.fractionAboveZero("grossMargin", grossMargin);
    Checks.positive("horizonMonths", horizonMonths);
    if (cac.isZero()) {
      return new PaybackPeriod.Reached(0, Basis.GROSS_MARGIN);
    }
    double cost = cac.amount().doubleValue();
    double m = arpaPerMonth.amount().doubleValue() * grossMargin;
    if (m == 0) {
      return new PaybackPeriod.Never(
          Basis.GROSS_MARGIN, "ARPA × grossMargin is 0: nothing is recovered");
    }
    double lifetimeMargin = m * expectedLifetimeMonths;
    if (lifetimeMargin <= cost) {
      return new PaybackPeriod.Never(
          Basis.GROSS_MARGIN,
          String.format(
              Locale.ROOT,
              "the expected lifetime margin %.2f at %s does not exceed cac %s",
              lifetimeMargin,
              retentionText,
              cac));
    }
    double cumulative = 0;
    double survival = 1;
    for (int k = 0; k < horizonMonths; k++) {
      double earned = m * survival;
      if (cumulative + earned >= cost) {
        return new PaybackPeriod.Reached(k + (cost - cumulative) / earned, Basis.GROSS_MARGIN);
      }
      cumulative += earned;
      survival *= retentionOfPeriod.applyAsDouble(k + 1);
    }
    return new PaybackPeriod.NotWithinHorizon(
        horizonMonths,
        Basis.GROSS_MARGIN,
        String.format(
            Locale.ROOT,
            "expected cumulative margin %.2f of cac %s at %s",
            cumulative,
            cac,
            retentionText));
  }
}
