package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.model.SubscriptionLifecycle;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The additive counts behind every customer-churn definition for one {@link Window}: who was there
 * at the start, who joined, who churned, who came back, who was there at the end, and the
 * customer-days of exposure. Every {@link ChurnPolicy} and preset is derived from these counts
 * alone by {@link Churn#rate}.
 *
 * <p>A tally is a monoid: {@link #plus} adds every count of disjoint customer sets (associative,
 * commutative, overflow-checked) and {@link #empty()} is its identity, so the tally of a union of
 * segments is the {@code plus} of their tallies. Only tallies of the same window and the same
 * reactivation window may be added; the tally does not record them, the caller keeps them.
 *
 * <p>Classification of one customer over {@code [from, to)} (start state at the end of the day
 * before {@code from}, end state on the last day, see {@link Window}):
 *
 * <ul>
 *   <li>start: active on {@code from - 1}; new: acquired in {@code [from, to)};
 *   <li>churned from start / from new: a start / new customer with at least one churn in the
 *       window;
 *   <li>... reactivated: such a churner whose last churn in the window is undone by a reactivation
 *       at most {@code reactivationWindowDays} days later (possibly after {@code to});
 *   <li>reactivated: an earlier churner (acquired before {@code from}, inactive at the start)
 *       reactivated in the window; its later churns in the window are in no numerator;
 *   <li>end: active on {@code to - 1};
 *   <li>exposure: the days in the window on which the customer was active; the joined-and-churned
 *       exposure is the part of it spent by the new customers who churned in the window.
 * </ul>
 *
 * @param startCount customers active at the start, {@code S >= 0}
 * @param newCount customers acquired in the window, {@code N >= 0}
 * @param churnedFromStartCount start customers who churned in the window, {@code Cs} in {@code [0,
 *     S]}
 * @param churnedFromNewCount new customers who churned in the window (joined and churned), {@code
 *     Cn} in {@code [0, N]}
 * @param churnedFromStartReactivatedCount of {@code Cs}, those reactivated within the reactivation
 *     window, {@code Rs} in {@code [0, Cs]}
 * @param churnedFromNewReactivatedCount of {@code Cn}, those reactivated within the reactivation
 *     window, {@code Rn} in {@code [0, Cn]}
 * @param reactivatedCount earlier churners who came back in the window, {@code >= 0}
 * @param endCount customers active at the end, {@code E} in {@code [S - Cs, S + N +
 *     reactivatedCount]}
 * @param exposureCustomerDays active customer-days in the window, {@code X >= 0}
 * @param joinedAndChurnedExposureCustomerDays the part of {@code X} spent by the {@code Cn}
 *     joined-and-churned customers, in {@code [0, X]}
 */
public record ChurnTally(
    long startCount,
    long newCount,
    long churnedFromStartCount,
    long churnedFromNewCount,
    long churnedFromStartReactivatedCount,
    long churnedFromNewReactivatedCount,
    long reactivatedCount,
    long endCount,
    long exposureCustomerDays,
    long joinedAndChurnedExposureCustomerDays) {

  private static final ChurnTally EMPTY = new ChurnTally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /**
   * Validates every count against the others.
   *
   * @throws IllegalArgumentException such as {@code churnedFromStartCount must be in [0, 100], got
   *     101}
   * @throws ArithmeticException if {@code S + N + reactivatedCount} overflows
   */
  public ChurnTally {
    Checks.nonNegative("startCount", startCount);
    Checks.nonNegative("newCount", newCount);
    Checks.nonNegative("churnedFromStartCount", churnedFromStartCount);
    Checks.nonNegative("churnedFromNewCount", churnedFromNewCount);
    Checks.nonNegative("churnedFromStartReactivatedCount", churnedFromStartReactivatedCount);
    Checks.nonNegative("churnedFromNewReactivatedCount", churnedFromNewReactivatedCount);
    Checks.nonNegative("reactivatedCount", reactivatedCount);
    Checks.nonNegative("endCount", endCount);
    Checks.nonNegative("exposureCustomerDays", exposureCustomerDays);
    Checks.nonNegative(
        "joinedAndChurnedExposureCustomerDays", joinedAndChurnedExposureCustomerDays);
    Checks.inRange("churnedFromStartCount", churnedFromStartCount, 0, startCount);
    Checks.inRange("churnedFromNewCount", churnedFromNewCount, 0, newCount);
    Checks.inRange(
        "churnedFromStartReactivatedCount",
        churnedFromStartReactivatedCount,
        0,
        churnedFromStartCount);
    Checks.inRange(
        "churnedFromNewReactivatedCount", churnedFromNewReactivatedCount, 0, churnedFromNewCount);
    Checks.inRange(
        "endCount",
        endCount,
        startCount - churnedFromStartCount,
        Math.addExact(Math.addExact(startCount, newCount), reactivatedCount));
    Checks.inRange(
        "joinedAndChurnedExposureCustomerDays",
        joinedAndChurnedExposureCustomerDays,
        0,
        exposureCustomerDays);
  }

  /** Returns the tally of no customer, the identity of {@link #plus}. */
  public static ChurnTally empty() {
    return EMPTY;
  }

  /**
   * Returns the tally of one customer's lifecycle over {@code window}, classified with the policy's
   * reactivation window (the grain is the caller's: one lifecycle is one customer here; {@link
   * Churn#tally} groups accounts by company for {@link ChurnPolicy.Grain#CUSTOMER}).
   *
   * @param lifecycle the customer's lifecycle
   * @param window the window
   * @param policy the policy whose {@link ChurnPolicy#reactivationWindowDays()} is used
   * @return a tally of exactly one customer, or of none if it was not active in the window
   */
  public static ChurnTally of(SubscriptionLifecycle lifecycle, Window window, ChurnPolicy policy) {
    requireNonNull(policy, "policy");
    return of(lifecycle, window, policy.reactivationWindowDays());
  }

  /**
   * Returns the tally of one customer's lifecycle over {@code window}; see the class comment for
   * the classification.
   *
   * @param lifecycle the customer's lifecycle
   * @param window the window
   * @param reactivationWindowDays how many days after a churn a reactivation still undoes it,
   *     {@code >= 0}
   * @return a tally of one customer or none
   */
  public static ChurnTally of(
      SubscriptionLifecycle lifecycle, Window window, int reactivationWindowDays) {
    requireNonNull(lifecycle, "lifecycle");
    Accumulator a = new Accumulator(window, reactivationWindowDays);
    a.add(lifecycle);
    return a.toTally();
  }

  /**
   * Returns the sum of this tally and {@code other}'s, over disjoint customers of the same window.
   *
   * @param other the tally of other customers
   * @return every count added
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public ChurnTally plus(ChurnTally other) {
    requireNonNull(other, "other");
    return new ChurnTally(
        Checks.sum("startCount", startCount, other.startCount),
        Checks.sum("newCount", newCount, other.newCount),
        Checks.sum("churnedFromStartCount", churnedFromStartCount, other.churnedFromStartCount),
        Checks.sum("churnedFromNewCount", churnedFromNewCount, other.churnedFromNewCount),
        Checks.sum(
            "churnedFromStartReactivatedCount",
            churnedFromStartReactivatedCount,
            other.churnedFromStartReactivatedCount),
        Checks.sum(
            "churnedFromNewReactivatedCount",
            churnedFromNewReactivatedCount,
            other.churnedFromNewReactivatedCount),
        Checks.sum("reactivatedCount", reactivatedCount, other.reactivatedCount),
        Checks.sum("endCount", endCount, other.endCount),
        Checks.sum("exposureCustomerDays", exposureCustomerDays, other.exposureCustomerDays),
        Checks.sum(
            "joinedAndChurnedExposureCustomerDays",
            joinedAndChurnedExposureCustomerDays,
            other.joinedAndChurnedExposureCustomerDays));
  }

  /** Returns the exposure in customer-months, {@code exposureCustomerDays / 30.436875}. */
  public double exposureCustomerMonths() {
    return exposureCustomerDays / Window.DAYS_PER_MONTH;
  }

  /**
   * Returns {@code start 100, new 10, churned 8+2 (reactivated 1+0), reactivated 0, end 101,
   * exposure 3240.5 customer-months}.
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "start %d, new %d, churned %d+%d (reactivated %d+%d), reactivated %d, end %d,"
            + " exposure %.1f customer-months",
        startCount,
        newCount,
        churnedFromStartCount,
        churnedFromNewCount,
        churnedFromStartReactivatedCount,
        churnedFromNewReactivatedCount,
        reactivatedCount,
        endCount,
        exposureCustomerMonths());
  }

  /**
   * Package-private: a mutable, single-threaded accumulator of a {@link ChurnTally} for one window,
   * for kernels that walk primitive columns: {@link #add(long, long[], int, long[], int)} allocates
   * nothing. Use one per thread and merge the results with {@link ChurnTally#plus}.
   */
  static final class Accumulator {
    private final long from;
    private final long to;
    private final int reactivationWindowDays;
    private long start;
    private long added;
    private long churnedFromStart;
    private long churnedFromNew;
    private long churnedFromStartReactivated;
    private long churnedFromNewReactivated;
    private long reactivated;
    private long end;
    private long exposure;
    private long joinedAndChurnedExposure;

    /**
     * Starts an empty accumulator.
     *
     * @param window the window every customer is classified over
     * @param reactivationWindowDays how many days after a churn a reactivation still undoes it,
     *     {@code >= 0}
     */
    Accumulator(Window window, int reactivationWindowDays) {
      requireNonNull(window, "window");
      this.from = window.from().toEpochDay();
      this.to = window.to().toEpochDay();
      this.reactivationWindowDays =
          Checks.nonNegative("reactivationWindowDays", reactivationWindowDays);
    }

    /**
     * Adds one customer's lifecycle.
     *
     * @param lifecycle the lifecycle
     */
    void add(SubscriptionLifecycle lifecycle) {
      requireNonNull(lifecycle, "lifecycle");
      List<LocalDate> c = lifecycle.churns();
      List<LocalDate> r = lifecycle.reactivations();
      long[] churns = new long[c.size()];
      long[] reactivations = new long[r.size()];
      for (int i = 0; i < churns.length; i++) {
        churns[i] = c.get(i).toEpochDay();
      }
      for (int i = 0; i < reactivations.length; i++) {
        reactivations[i] = r.get(i).toEpochDay();
      }
      addChecked(
          lifecycle.acquired().toEpochDay(),
          churns,
          churns.length,
          reactivations,
          reactivations.length);
    }

    /**
     * Adds one customer given as epoch days, the layout of a columnar base: the acquired day, the
     * first {@code churnCount} entries of {@code churnDays} and the first {@code reactivationCount}
     * of {@code reactivationDays} (scratch arrays may be reused between calls). The order rules of
     * {@link SubscriptionLifecycle} apply: {@code acquired <= churn[0] < reactivation[0] <=
     * churn[1] < ...}, and {@code reactivationCount} is {@code churnCount} or {@code churnCount -
     * 1}.
     *
     * @param acquiredDay the acquired date as an epoch day
     * @param churnDays the churn dates as epoch days, in order
     * @param churnCount how many entries of {@code churnDays} are used
     * @param reactivationDays the reactivation dates as epoch days, in order
     * @param reactivationCount how many entries of {@code reactivationDays} are used
     * @throws IllegalArgumentException if the dates are out of order or the counts do not match
     */
    void add(
        long acquiredDay,
        long[] churnDays,
        int churnCount,
        long[] reactivationDays,
        int reactivationCount) {
      requireNonNull(churnDays, "churnDays");
      requireNonNull(reactivationDays, "reactivationDays");
      Checks.inRange("churnCount", churnCount, 0, churnDays.length);
      Checks.inRange("reactivationCount", reactivationCount, 0, reactivationDays.length);
      if (reactivationCount != churnCount && reactivationCount != churnCount - 1) {
        throw new IllegalArgumentException(
            "reactivationCount must be churnCount "
                + churnCount
                + " or one fewer, got "
                + reactivationCount);
      }
      long spellStart = acquiredDay;
      for (int i = 0; i < churnCount; i++) {
        if (churnDays[i] < spellStart) {
          throw new IllegalArgumentException(
              "churnDays["
                  + i
                  + "] must be >= "
                  + LocalDate.ofEpochDay(spellStart)
                  + ", got "
                  + LocalDate.ofEpochDay(churnDays[i]));
        }
        if (i < reactivationCount) {
          if (reactivationDays[i] <= churnDays[i]) {
            throw new IllegalArgumentException(
                "reactivationDays["
                    + i
                    + "] must be after "
                    + LocalDate.ofEpochDay(churnDays[i])
                    + ", got "
                    + LocalDate.ofEpochDay(reactivationDays[i]));
          }
          spellStart = reactivationDays[i];
        }
      }
      addChecked(acquiredDay, churnDays, churnCount, reactivationDays, reactivationCount);
    }

    private void addChecked(
        long acquiredDay,
        long[] churnDays,
        int churnCount,
        long[] reactivationDays,
        int reactivationCount) {
      long dayBefore = from - 1;
      long lastDay = to - 1;
      boolean activeAtStart = false;
      boolean activeAtEnd = false;
      long days = 0;
      for (int i = 0; i <= reactivationCount; i++) {
        long s = i == 0 ? acquiredDay : reactivationDays[i - 1];
        long e = i < churnCount ? churnDays[i] : Long.MAX_VALUE;
        activeAtStart |= s <= dayBefore && dayBefore < e;
        activeAtEnd |= s <= lastDay && lastDay < e;
        long overlap = Math.min(e, to) - Math.max(s, from);
        if (overlap > 0) {
          days += overlap;
        }
      }
      boolean isNew = from <= acquiredDay && acquiredDay < to;
      int lastChurn = -1;
      for (int i = 0; i < churnCount; i++) {
        if (from <= churnDays[i] && churnDays[i] < to) {
          lastChurn = i;
        }
      }
      boolean churned = lastChurn >= 0;
      boolean undone =
          churned
              && lastChurn < reactivationCount
              && reactivationDays[lastChurn] - churnDays[lastChurn] <= reactivationWindowDays;
      if (activeAtStart) {
        start = Math.addExact(start, 1);
        if (churned) {
          churnedFromStart = Math.addExact(churnedFromStart, 1);
          if (undone) {
            churnedFromStartReactivated = Math.addExact(churnedFromStartReactivated, 1);
          }
        }
      } else if (isNew) {
        added = Math.addExact(added, 1);
        if (churned) {
          churnedFromNew = Math.addExact(churnedFromNew, 1);
          joinedAndChurnedExposure = Math.addExact(joinedAndChurnedExposure, days);
          if (undone) {
            churnedFromNewReactivated = Math.addExact(churnedFromNewReactivated, 1);
          }
        }
      } else if (acquiredDay < from) {
        for (int i = 0; i < reactivationCount; i++) {
          if (from <= reactivationDays[i] && reactivationDays[i] < to) {
            reactivated = Math.addExact(reactivated, 1);
            break;
          }
        }
      }
      if (activeAtEnd) {
        end = Math.addExact(end, 1);
      }
      exposure = Math.addExact(exposure, days);
    }

    /** Returns the tally of every customer added so far. */
    ChurnTally toTally() {
      return new ChurnTally(
          start,
          added,
          churnedFromStart,
          churnedFromNew,
          churnedFromStartReactivated,
          churnedFromNewReactivated,
          reactivated,
          end,
          exposure,
          joinedAndChurnedExposure);
    }
  }
}
