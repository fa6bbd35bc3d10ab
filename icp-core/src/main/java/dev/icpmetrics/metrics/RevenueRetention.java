package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.Money;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * Revenue retention from {@link MrrMovements}: gross and net MRR churn, NRR, GRR, the quick ratio
 * and ARPA. Every ratio has the start MRR (or the lost MRR, or the paying customers) as its
 * denominator and is {@linkplain MetricResult.Undefined undefined}, with the reason, when that is
 * zero. Ratios are fractions over the movements' window, not percent. Pure, static and thread-safe.
 *
 * <p>REFERENCES §6: start 10,000; churn 800; contraction 90; expansion 100; reactivation 100 give
 * gross MRR churn 8.9%, net MRR churn 6.9% with the reactivation offset and 7.9% without, NRR
 * 92.1%.
 */
public final class RevenueRetention {
  private RevenueRetention() {}

  /** Whether reactivated MRR offsets churned MRR in {@link #netMrrChurn}. */
  public enum ReactivationOffset {
    /** Reactivation offsets churn, as ChartMogul and Maxio compute net MRR churn. */
    ON,
    /** Reactivation does not offset churn, as Baremetrics computes net MRR churn. */
    OFF
  }

  /**
   * Returns the MRR movements of {@code accounts} over {@code window}, summed over the accounts
   * with {@link MrrMovements#of(Account, Window)}'s per-customer classification. One pass over the
   * accounts and their MRR changes.
   *
   * @param accounts the accounts, each counted once
   * @param window the window
   * @param currency the currency of every account's MRR history
   * @return the summed movements; empty in {@code currency} for no accounts
   * @throws CurrencyMismatchException if an account is in another currency
   */
  public static MrrMovements movements(List<Account> accounts, Window window, Currency currency) {
    requireNonNull(accounts, "accounts");
    requireNonNull(window, "window");
    MrrMovements.Accumulator acc = new MrrMovements.Accumulator(currency);
    for (Account a : accounts) {
      acc.add(requireNonNull(a, "account"), window);
    }
    return acc.toMovements();
  }

  /**
   * Returns gross MRR churn, {@code (churn + contraction) / start}, in [0, 1]. Expansion and
   * reactivation do not offset it. Baremetrics' revenue churn (MRR lost to downgrades and
   * cancellations over MRR 30 days ago) is this over a rolling 30-day window.
   *
   * @param m the movements
   * @return the fraction of start MRR lost, or undefined when the start MRR is zero
   */
  public static MetricResult<Double> grossMrrChurn(MrrMovements m) {
    requireNonNull(m, "m");
    if (m.startMinor() == 0) {
      return noStartMrr();
    }
    return MetricResult.of((double) (m.churnMinor() + m.contractionMinor()) / m.startMinor());
  }

  /**
   * Returns net MRR churn, {@code (churn + contraction - expansion - reactivation) / start} with
   * {@link ReactivationOffset#ON}, or {@code (churn + contraction - expansion) / start} with {@link
   * ReactivationOffset#OFF}. New MRR never offsets it. Negative when expansion outgrows the losses
   * ("net negative churn"), so this is not bounded below by 0.
   *
   * @param m the movements
   * @param offset whether reactivation offsets churn
   * @return the net fraction of start MRR lost, or undefined when the start MRR is zero
   */
  public static MetricResult<Double> netMrrChurn(MrrMovements m, ReactivationOffset offset) {
    requireNonNull(m, "m");
    requireNonNull(offset, "offset");
    if (m.startMinor() == 0) {
      return noStartMrr();
    }
    long lost = m.churnMinor() + m.contractionMinor() - m.expansionMinor();
    if (offset == ReactivationOffset.ON) {
      lost -= m.reactivationMinor();
    }
    return MetricResult.of((double) lost / m.startMinor());
  }

  /**
   * Returns net revenue retention, {@code (start - churn - contraction + expansion) / start}: the
   * start customers' MRR kept, with their expansion. New MRR and reactivation (from customers who
   * paid nothing at the start) are excluded. Above 1 when expansion outgrows the losses.
   *
   * @param m the movements
   * @return NRR as a fraction, or undefined when the start MRR is zero
   */
  public static MetricResult<Double> nrr(MrrMovements m) {
    requireNonNull(m, "m");
    if (m.startMinor() == 0) {
      return noStartMrr();
    }
    long kept = m.startMinor() - m.churnMinor() - m.contractionMinor() + m.expansionMinor();
    return MetricResult.of((double) kept / m.startMinor());
  }

  /**
   * Returns gross revenue retention, {@code sum_i min(s_i, e_i) / start}: each start customer's MRR
   * kept, capped at its own start MRR ({@link MrrMovements#grrRetainedMinor()}). The cap is per
   * customer, never on the total, so one customer's expansion cannot hide another's contraction; in
   * [0, 1]. With {@link MrrMovements#of(Account, Window)}'s classification it equals {@code (start
   * - churn - contraction) / start}.
   *
   * @param m the movements
   * @return GRR as a fraction, or undefined when the start MRR is zero
   */
  public static MetricResult<Double> grr(MrrMovements m) {
    requireNonNull(m, "m");
    if (m.startMinor() == 0) {
      return noStartMrr();
    }
    return MetricResult.of((double) m.grrRetainedMinor() / m.startMinor());
  }

  /**
   * Returns the SaaS quick ratio, {@code (new + expansion + reactivation) / (churn + contraction)}:
   * MRR gained per unit of MRR lost. Not bounded by 1. Baremetrics leaves reactivation out of the
   * numerator ({@code (new + expansion) / (contraction + churn)}, Baremetrics changelog, "New Quick
   * Ratio Metric"); with no reactivation the two agree.
   *
   * @param m the movements
   * @return the ratio, or undefined when no MRR was lost
   */
  public static MetricResult<Double> quickRatio(MrrMovements m) {
    requireNonNull(m, "m");
    long lost = m.churnMinor() + m.contractionMinor();
    if (lost == 0) {
      return MetricResult.undefined("no MRR lost (churn + contraction = 0)");
    }
    long gained =
        Math.addExact(Math.addExact(m.newMinor(), m.expansionMinor()), m.reactivationMinor());
    return MetricResult.of((double) gained / lost);
  }

  /**
   * Returns the average revenue per account at the end of the movements' window, {@code end MRR /
   * customers paying at the end}, rounded to minor units with {@code rounding}.
   *
   * @param m the movements
   * @param rounding how to round to minor units
   * @return ARPA as monthly money, or undefined when nobody pays at the end
   */
  public static MetricResult<Money> arpa(MrrMovements m, RoundingMode rounding) {
    requireNonNull(m, "m");
    requireNonNull(rounding, "rounding");
    if (m.endCustomerCount() == 0) {
      return MetricResult.undefined("no paying customers at the end of the window");
    }
    return MetricResult.of(m.end().dividedBy(m.endCustomerCount(), rounding));
  }

  /**
   * Returns the average revenue per account on {@code date}: {@code sum of MRR / accounts paying
   * (MRR > 0)}, with {@link Account#mrrOn}. Accounts subscribed on a zero-MRR plan are not counted
   * (they would lower the average without paying).
   *
   * @param accounts the accounts
   * @param date the day
   * @param currency the currency of every account
   * @param rounding how to round to minor units
   * @return ARPA as monthly money, or undefined when nobody pays on {@code date}
   * @throws CurrencyMismatchException if an account is in another currency
   */
  public static MetricResult<Money> arpa(
      List<Account> accounts, LocalDate date, Currency currency, RoundingMode rounding) {
    requireNonNull(accounts, "accounts");
    requireNonNull(date, "date");
    requireNonNull(currency, "currency");
    requireNonNull(rounding, "rounding");
    long sum = 0;
    long paying = 0;
    for (Account a : accounts) {
      Money mrr = requireNonNull(a, "account").mrrOn(date);
      if (!mrr.currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, mrr.currency());
      }
      if (mrr.isPositive()) {
        sum = Math.addExact(sum, mrr.amountMinor());
        paying++;
      }
    }
    if (paying == 0) {
      return MetricResult.undefined("no paying customers on " + date);
    }
    return MetricResult.of(Money.ofMinor(currency, sum).dividedBy(paying, rounding));
  }

  private static <T> MetricResult<T> noStartMrr() {
    return MetricResult.undefined("no MRR at the start of the window");
  }
}
