package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.model.AcquisitionSpend;
import dev.icpmetrics.model.SpendKind;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The spend basis of a CAC: which kinds of ledger entries count as acquisition spend, and how many
 * months the spend leads the customers it buys. Every CAC result carries its policy.
 *
 * <p><b>Ledger rule.</b> The entries of a spend ledger are disjoint amounts, never a running total
 * or a superset of one another: a {@link SpendKind#PAID_MEDIA} entry is media spend, and a {@link
 * SpendKind#FULLY_LOADED} entry is the rest of the loaded sales and marketing cost (salaries,
 * commissions, tools, overhead) for that month and channel. So:
 *
 * <ul>
 *   <li>{@link #fullyLoaded()}: the sum of every entry, media included;
 *   <li>{@link #paidOnly()}: the {@code PAID_MEDIA} entries only.
 * </ul>
 *
 * <p><b>Spend lag.</b> With a lag of {@code L} months, the customers acquired in month {@code m}
 * are paid for by the spend of month {@code m - L}: a window of acquisition months {@code [from,
 * to)} takes the spend of {@code [from - L, to - L)}. A lag of 0 matches the spend and the
 * customers of the same month.
 *
 * @param kinds the spend kinds included, not empty
 * @param lagMonths the months by which spend leads acquisition, in [0, 120]
 */
public record CacPolicy(Set<SpendKind> kinds, int lagMonths) {

  /** The longest lag accepted, ten years. */
  public static final int MAX_LAG_MONTHS = 120;

  /** Validates the kinds and the lag and copies the set. */
  public CacPolicy {
    requireNonNull(kinds, "kinds");
    for (SpendKind k : kinds) {
      requireNonNull(k, "kind");
    }
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("kinds must not be empty, got []");
    }
    kinds = Set.copyOf(EnumSet.copyOf(kinds));
    Checks.inRange("lagMonths", lagMonths, 0, MAX_LAG_MONTHS);
  }

  /**
   * Returns the fully-loaded policy: every ledger entry ({@code PAID_MEDIA} and {@code
   * FULLY_LOADED}), no lag. This is the default, and the basis of the guide's CAC.
   *
   * @return the policy
   */
  public static CacPolicy fullyLoaded() {
    return new CacPolicy(EnumSet.allOf(SpendKind.class), 0);
  }

  /**
   * Returns the paid-only policy: {@code PAID_MEDIA} entries only, no lag.
   *
   * @return the policy
   */
  public static CacPolicy paidOnly() {
    return new CacPolicy(EnumSet.of(SpendKind.PAID_MEDIA), 0);
  }

  /**
   * Returns a copy with a spend lag.
   *
   * @param lagMonths the months by which spend leads acquisition, in [0, 120]
   * @return the policy
   */
  public CacPolicy withLagMonths(int lagMonths) {
    return new CacPolicy(kinds, lagMonths);
  }

  /**
   * Returns true if {@code entry} is of a kind this policy counts.
   *
   * @param entry a ledger entry
   * @return whether its amount is acquisition spend under this policy
   */
  public boolean includes(AcquisitionSpend entry) {
    requireNonNull(entry, "entry");
    return kinds.contains(entry.kind());
  }

  /**
   * Returns the month whose spend pays for the customers acquired in {@code acquisitionMonth}:
   * {@code acquisitionMonth - lagMonths}.
   *
   * @param acquisitionMonth the month the customers were acquired
   * @return the month of the spend
   */
  public YearMonth spendMonthOf(YearMonth acquisitionMonth) {
    requireNonNull(acquisitionMonth, "acquisitionMonth");
    return acquisitionMonth.minusMonths(lagMonths);
  }

  /** Returns {@code fully loaded, lag 1 month}, {@code paid only, lag 0 months}. */
  @Override
  public String toString() {
    String basis;
    if (kinds.size() == SpendKind.values().length) {
      basis = "fully loaded";
    } else if (kinds.equals(Set.of(SpendKind.PAID_MEDIA))) {
      basis = "paid only";
    } else {
      StringJoiner j = new StringJoiner("+");
      for (SpendKind k : EnumSet.copyOf(kinds)) {
        j.add(k.name());
      }
      basis = j.toString();
    }
    return basis + ", lag " + lagMonths + (lagMonths == 1 ? " month" : " months");
  }
}
