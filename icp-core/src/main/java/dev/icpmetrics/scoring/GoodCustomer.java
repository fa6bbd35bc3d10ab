package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * Ready-made {@link LabelDefinition}s of a good customer for {@link Account}s, judged as of an
 * explicit date (never the wall clock).
 */
public final class GoodCustomer {
  private GoodCustomer() {}

  /**
   * Returns "retained at least {@code months} months, with lifetime revenue above the median".
   *
   * <ul>
   *   <li>Judgeable: acquired at least {@code months} months before {@code asOf} ({@code
   *       acquired.plusMonths(months) <= asOf}); younger accounts are {@link Label#UNKNOWN}.
   *   <li>Retained: no churn in {@code [acquired, acquired.plusMonths(months))}.
   *   <li>Lifetime revenue: {@link #revenueToDate(Account, LocalDate)}, compared with the median
   *       over the judgeable accounts of the base, strictly above.
   * </ul>
   *
   * @param asOf the date the base is judged on
   * @param months the retention needed, {@code >= 1}
   * @return the definition, named {@code retained-<months>m-revenue-above-median}
   * @throws IllegalArgumentException when labelling a base whose judgeable accounts use more than
   *     one currency
   */
  public static LabelDefinition<Account> retainedWithRevenueAboveMedian(
      LocalDate asOf, int months) {
    requireNonNull(asOf, "asOf");
    Checks.positive("months", months);
    LabelDefinition<Account> inner =
        LabelDefinition.aboveMedian(
            "retained-" + months + "m-revenue-above-median",
            a -> !a.lifecycle().acquired().plusMonths(months).isAfter(asOf),
            a -> retained(a, months),
            a -> revenueToDate(a, asOf));
    return new SingleCurrency(inner, asOf, months);
  }

  /**
   * Returns "retained at least {@code months} months" (judgeable as above).
   *
   * @param asOf the date the base is judged on
   * @param months the retention needed, {@code >= 1}
   * @return the definition, named {@code retained-<months>m}
   */
  public static LabelDefinition<Account> retained(LocalDate asOf, int months) {
    requireNonNull(asOf, "asOf");
    Checks.positive("months", months);
    return LabelDefinition.of(
        "retained-" + months + "m",
        a -> !a.lifecycle().acquired().plusMonths(months).isAfter(asOf),
        a -> retained(a, months));
  }

  static boolean retained(Account a, int months) {
    LocalDate acquired = a.lifecycle().acquired();
    return a.lifecycle().churnCountIn(acquired, acquired.plusMonths(months)) == 0;
  }

  /**
   * Returns the revenue an account has paid up to {@code asOf}, in minor units: the MRR on each
   * monthly anniversary of the acquired date before {@code asOf} on which the account was active,
   * summed. An account acquired on 15 January with MRR 100 and {@code asOf} 1 April has paid on 15
   * January, 15 February and 15 March: 300.
   *
   * @param account the account
   * @param asOf the date, exclusive
   * @return the revenue to date in minor units of the account's currency
   */
  public static double revenueToDate(Account account, LocalDate asOf) {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    LocalDate acquired = account.lifecycle().acquired();
    long total = 0;
    for (int m = 0; ; m++) {
      LocalDate d = acquired.plusMonths(m);
      if (!d.isBefore(asOf)) {
        break;
      }
      if (account.lifecycle().isActiveOn(d)) {
        Money mrr = account.mrrOn(d);
        total = Math.addExact(total, mrr.amountMinor());
      }
    }
    return total;
  }

  /** Rejects a base whose judgeable accounts mix currencies: their revenues do not compare. */
  private record SingleCurrency(LabelDefinition<Account> inner, LocalDate asOf, int months)
      implements LabelDefinition<Account> {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
      return inner.name();
    }

    @Override
    public List<Label> label(List<? extends Account> base) {
      Currency currency = null;
      for (Account a : base) {
        if (a.lifecycle().acquired().plusMonths(months).isAfter(asOf)) {
          continue;
        }
        Currency c = a.mrrHistory().currency();
        if (currency == null) {
          currency = c;
        } else if (!currency.equals(c)) {
          throw new IllegalArgumentException(
              "accounts must share one currency to compare revenue, got "
                  + currency.getCurrencyCode()
                  + " and "
                  + c.getCurrencyCode());
        }
      }
      return inner.label(base);
    }
  }
}
