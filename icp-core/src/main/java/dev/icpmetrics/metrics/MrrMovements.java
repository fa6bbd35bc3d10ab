package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrChange;
import java.util.Currency;

/**
 * The MRR bridge of one window, summed over customers, in {@code long} minor units of one currency:
 * {@code start + new + expansion + reactivation - contraction - churn = end}. The identity is
 * checked on construction, so it holds for every customer's movements and for every sum of them; an
 * imbalance is an error that names the amounts.
 *
 * <p>Classification of one customer over a {@link Window}, by its MRR {@code s} at the start (on
 * the day before {@code from}), {@code e} at the end (on the last day), zero while it is not
 * subscribed ({@link Account#mrrOn}), and the lifecycle events inside the window:
 *
 * <ul>
 *   <li>{@code s > 0} and a churn in the window ({@link
 *       dev.icpmetrics.model.SubscriptionLifecycle#churnedIn}): churn {@code s}; if it is paying
 *       again at the end ({@code e > 0}, reactivated in the window), reactivation {@code e}. A
 *       churn undone within the window is still a churn, as logo churn counts it;
 *   <li>otherwise, {@code s > 0, e > s}: expansion {@code e - s}; {@code 0 < e < s}: contraction
 *       {@code s - e}; only for customers continuously active through the window;
 *   <li>{@code s > 0, e = 0}: churn {@code s} (cancelled, or moved to a zero-MRR plan);
 *   <li>{@code s = 0, e > 0}: reactivation {@code e} if the customer paid before the window (an MRR
 *       change above zero effective before {@code from}), else new {@code e};
 *   <li>the GRR-retained amount is {@code min(s, e)} per continuously active customer and {@code 0}
 *       for a customer that churned in the window: capped per customer, so one customer's expansion
 *       never hides another's contraction.
 * </ul>
 *
 * <p>MRR changes without a lifecycle event that cancel out inside the window (a downgrade reversed)
 * leave no movement. Movements are additive: {@link #plus} sums disjoint customers, {@link
 * #empty(Currency)} is the identity.
 *
 * @param currency the currency of every amount
 * @param startMinor MRR at the start, {@code >= 0}
 * @param newMinor MRR of customers who first paid in the window, {@code >= 0}
 * @param expansionMinor increases of customers paying at both ends, {@code >= 0}
 * @param contractionMinor decreases of customers paying at both ends, {@code >= 0}
 * @param churnMinor start MRR of customers paying nothing at the end, {@code >= 0}
 * @param reactivationMinor end MRR of earlier payers who paid nothing at the start, {@code >= 0}
 * @param endMinor MRR at the end, equal to the bridge
 * @param grrRetainedMinor the sum over customers of {@code min(s, e)}, in {@code [0, startMinor]}
 * @param startCustomerCount customers paying at the start, {@code >= 0}
 * @param endCustomerCount customers paying at the end, {@code >= 0}
 */
public record MrrMovements(
    Currency currency,
    long startMinor,
    long newMinor,
    long expansionMinor,
    long contractionMinor,
    long churnMinor,
    long reactivationMinor,
    long endMinor,
    long grrRetainedMinor,
    long startCustomerCount,
    long endCustomerCount) {

  /**
   * Validates the amounts and the identity.
   *
   * @throws IllegalArgumentException such as {@code endMinor must be start + new + expansion +
   *     reactivation - contraction - churn = 10000 + 0 + 100 + 100 - 90 - 800 = 9310, got 9300}
   * @throws ArithmeticException if the bridge overflows a {@code long}
   */
  public MrrMovements {
    requireNonNull(currency, "currency");
    Checks.nonNegative("startMinor", startMinor);
    Checks.nonNegative("newMinor", newMinor);
    Checks.nonNegative("expansionMinor", expansionMinor);
    Checks.nonNegative("contractionMinor", contractionMinor);
    Checks.nonNegative("churnMinor", churnMinor);
    Checks.nonNegative("reactivationMinor", reactivationMinor);
    Checks.nonNegative("endMinor", endMinor);
    Checks.nonNegative("startCustomerCount", startCustomerCount);
    Checks.nonNegative("endCustomerCount", endCustomerCount);
    long lost = Math.addExact(contractionMinor, churnMinor);
    if (lost > startMinor) {
      throw new IllegalArgumentException(
          "contractionMinor + churnMinor must be <= startMinor "
              + startMinor
              + ", got "
              + contractionMinor
              + " + "
              + churnMinor
              + " = "
              + lost);
    }
    long bridge =
        Math.subtractExact(
            Math.addExact(
                Math.addExact(Math.addExact(startMinor, newMinor), expansionMinor),
                reactivationMinor),
            lost);
    if (bridge != endMinor) {
      throw new IllegalArgumentException(
          "endMinor must be start + new + expansion + reactivation - contraction - churn = "
              + startMinor
              + " + "
              + newMinor
              + " + "
              + expansionMinor
              + " + "
              + reactivationMinor
              + " - "
              + contractionMinor
              + " - "
              + churnMinor
              + " = "
              + bridge
              + ", got "
              + endMinor);
    }
    Checks.inRange("grrRetainedMinor", grrRetainedMinor, 0, startMinor);
  }

  /** Returns no movement in {@code currency}, the identity of {@link #plus}. */
  public static MrrMovements empty(Currency currency) {
    return new MrrMovements(currency, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /**
   * Returns the movements of one customer with MRR {@code startMinor} at the start and {@code
   * endMinor} at the end of a window, classified as in the class comment.
   *
   * @param currency the currency
   * @param startMinor the MRR at the start, {@code >= 0}
   * @param endMinor the MRR at the end, {@code >= 0}
   * @param paidBefore whether the customer paid before the window (decides new or reactivation)
   * @return the customer's movements
   */
  public static MrrMovements ofCustomer(
      Currency currency, long startMinor, long endMinor, boolean paidBefore) {
    Accumulator a = new Accumulator(currency);
    a.add(startMinor, endMinor, paidBefore);
    return a.toMovements();
  }

  /**
   * Returns the movements of {@code account} over {@code window}: its MRR on the day before {@code
   * from} and on the last day ({@link Account#mrrOn}), classified as in the class comment. One pass
   * over the account's MRR changes.
   *
   * @param account the account
   * @param window the window
   * @return the account's movements, in its MRR history's currency
   */
  public static MrrMovements of(Account account, Window window) {
    requireNonNull(account, "account");
    requireNonNull(window, "window");
    Accumulator a = new Accumulator(account.mrrHistory().currency());
    a.add(account, window);
    return a.toMovements();
  }

  /**
   * Returns the sum of these movements and {@code other}'s, over disjoint customers.
   *
   * @param other movements in the same currency
   * @return every amount and count added
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException on overflow
   */
  public MrrMovements plus(MrrMovements other) {
    requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
    return new MrrMovements(
        currency,
        Checks.sum("startMinor", startMinor, other.startMinor),
        Checks.sum("newMinor", newMinor, other.newMinor),
        Checks.sum("expansionMinor", expansionMinor, other.expansionMinor),
        Checks.sum("contractionMinor", contractionMinor, other.contractionMinor),
        Checks.sum("churnMinor", churnMinor, other.churnMinor),
        Checks.sum("reactivationMinor", reactivationMinor, other.reactivationMinor),
        Checks.sum("endMinor", endMinor, other.endMinor),
        Checks.sum("grrRetainedMinor", grrRetainedMinor, other.grrRetainedMinor),
        Checks.sum("startCustomerCount", startCustomerCount, other.startCustomerCount),
        Checks.sum("endCustomerCount", endCustomerCount, other.endCustomerCount));
  }

  /** Returns the start MRR as money. */
  public Money start() {
    return Money.ofMinor(currency, startMinor);
  }

  /** Returns the end MRR as money. */
  public Money end() {
    return Money.ofMinor(currency, endMinor);
  }

  /**
   * Returns {@code USD: start 10000.00 + new 0.00 + expansion 100.00 + reactivation 100.00 -
   * contraction 90.00 - churn 800.00 = end 9310.00 (customers 4 -> 4)}.
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode()
        + ": start "
        + amount(startMinor)
        + " + new "
        + amount(newMinor)
        + " + expansion "
        + amount(expansionMinor)
        + " + reactivation "
        + amount(reactivationMinor)
        + " - contraction "
        + amount(contractionMinor)
        + " - churn "
        + amount(churnMinor)
        + " = end "
        + amount(endMinor)
        + " (customers "
        + startCustomerCount
        + " -> "
        + endCustomerCount
        + ")";
  }

  private String amount(long minor) {
    return Money.ofMinor(currency, minor).amount().toPlainString();
  }

  /**
   * Package-private: a mutable, single-threaded accumulator of {@link MrrMovements} in one
   * currency, for kernels that walk primitive columns: {@link #add(long, long, boolean)} allocates
   * nothing. Use one per thread and merge the results with {@link MrrMovements#plus}.
   */
  static final class Accumulator {
    private final Currency currency;
    private long start;
    private long added;
    private long expansion;
    private long contraction;
    private long churn;
    private long reactivation;
    private long end;
    private long retained;
    private long startCustomers;
    private long endCustomers;

    /**
     * Starts an empty accumulator.
     *
     * @param currency the currency of every amount added
     */
    Accumulator(Currency currency) {
      this.currency = requireNonNull(currency, "currency");
    }

    /**
     * Adds one customer with MRR {@code startMinor} at the start and {@code endMinor} at the end.
     *
     * @param startMinor the MRR at the start, {@code >= 0}
     * @param endMinor the MRR at the end, {@code >= 0}
     * @param paidBefore whether it paid before the window: decides new or reactivation when {@code
     *     startMinor = 0 < endMinor}
     */
    void add(long startMinor, long endMinor, boolean paidBefore) {
      Checks.nonNegative("startMinor", startMinor);
      Checks.nonNegative("endMinor", endMinor);
      start = Math.addExact(start, startMinor);
      end = Math.addExact(end, endMinor);
      retained = Math.addExact(retained, Math.min(startMinor, endMinor));
      if (startMinor > 0) {
        startCustomers++;
      }
      if (endMinor > 0) {
        endCustomers++;
      }
      if (startMinor > 0 && endMinor == 0) {
        churn = Math.addExact(churn, startMinor);
      } else if (startMinor == 0 && endMinor > 0) {
        if (paidBefore) {
          reactivation = Math.addExact(reactivation, endMinor);
        } else {
          added = Math.addExact(added, endMinor);
        }
      } else if (endMinor > startMinor) {
        expansion = Math.addExact(expansion, endMinor - startMinor);
      } else {
        contraction = Math.addExact(contraction, startMinor - endMinor);
      }
    }

    /**
     * Adds {@code account} over {@code window}: its MRR on the day before {@code from} and on the
     * last day, whether an MRR change above zero is effective before {@code from}, and whether it
     * churned in the window, classified as in the class comment.
     *
     * @param account the account, in this accumulator's currency
     * @param window the window
     * @throws CurrencyMismatchException if the account's currency differs
     */
    void add(Account account, Window window) {
      requireNonNull(account, "account");
      requireNonNull(window, "window");
      if (!account.mrrHistory().currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, account.mrrHistory().currency());
      }
      long s = account.mrrOn(window.dayBeforeStart()).amountMinor();
      long e = account.mrrOn(window.lastDay()).amountMinor();
      boolean paidBefore = s > 0;
      if (!paidBefore) {
        for (MrrChange c : account.mrrHistory().changes()) {
          if (!c.effective().isBefore(window.from())) {
            break;
          }
          if (c.mrr().isPositive()) {
            paidBefore = true;
            break;
          }
        }
      }
      if (s > 0 && account.lifecycle().churnedIn(window.from(), window.to())) {
        addChurnedInWindow(s, e);
      } else {
        add(s, e, paidBefore);
      }
    }

    /**
     * Adds one customer that paid {@code startMinor > 0} at the start and churned inside the
     * window: churn {@code startMinor}, and reactivation {@code endMinor} if it pays again at the
     * end.
     */
    void addChurnedInWindow(long startMinor, long endMinor) {
      Checks.positive("startMinor", startMinor);
      Checks.nonNegative("endMinor", endMinor);
      start = Math.addExact(start, startMinor);
      end = Math.addExact(end, endMinor);
      startCustomers++;
      churn = Math.addExact(churn, startMinor);
      if (endMinor > 0) {
        endCustomers++;
        reactivation = Math.addExact(reactivation, endMinor);
      }
    }

    /** Returns the movements of every customer added so far. */
    MrrMovements toMovements() {
      return new MrrMovements(
          currency,
          start,
          added,
          expansion,
          contraction,
          churn,
          reactivation,
          end,
          retained,
          startCustomers,
          endCustomers);
    }
  }
}
