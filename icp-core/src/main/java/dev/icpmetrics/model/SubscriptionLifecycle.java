package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a customer was paying: the acquired date, then any number of churns, each but the last
 * followed by a reactivation.
 *
 * <p>Dates are days and spells are half-open: the customer is active from the acquired date (or a
 * reactivation date) included to the next churn date excluded. The churn date is therefore the
 * first day without a subscription. A customer acquired and churned on the same day was never
 * active on any day, but still counts as acquired and as churned on that day.
 *
 * <p>Ordering rules, each checked with its own message: {@code acquired <= churn1 < reactivation1
 * <= churn2 < reactivation2 ...}. A churn may fall on the day its spell started; a reactivation
 * must come strictly after the churn it undoes (otherwise there was no churn).
 *
 * <p>Windows {@code [from, to)} are half-open too and must not be empty.
 */
public final class SubscriptionLifecycle {
  private final LocalDate acquired;
  private final List<LocalDate> churns;
  private final List<LocalDate> reactivations;

  private SubscriptionLifecycle(
      LocalDate acquired, List<LocalDate> churns, List<LocalDate> reactivations) {
    this.acquired = requireNonNull(acquired, "acquired");
    this.churns = List.copyOf(requireNonNull(churns, "churns"));
    this.reactivations = List.copyOf(requireNonNull(reactivations, "reactivations"));
    if (reactivations.size() != churns.size() && reactivations.size() != churns.size() - 1) {
      throw new IllegalArgumentException(
          "reactivations must each follow a churn, got "
              + reactivations.size()
              + " reactivations and "
              + churns.size()
              + " churns");
    }
    LocalDate start = acquired;
    String startName = "acquired";
    for (int i = 0; i < this.churns.size(); i++) {
      LocalDate churn = this.churns.get(i);
      if (churn.isBefore(start)) {
        throw new IllegalArgumentException(
            "churn must be on or after " + startName + " " + start + ", got " + churn);
      }
      if (i < this.reactivations.size()) {
        LocalDate reactivation = this.reactivations.get(i);
        if (!reactivation.isAfter(churn)) {
          throw new IllegalArgumentException(
              "reactivation must be after the churn on " + churn + ", got " + reactivation);
        }
        start = reactivation;
        startName = "the reactivation on";
      }
    }
  }

  /**
   * Returns a subscription acquired on {@code acquired} and active since.
   *
   * @param acquired the first day of the subscription
   * @return the lifecycle
   */
  public static SubscriptionLifecycle acquiredOn(LocalDate acquired) {
    return new SubscriptionLifecycle(acquired, List.of(), List.of());
  }

  /**
   * Returns the lifecycle with every date given: {@code churns.get(i)} ends the i-th spell, and
   * {@code reactivations.get(i)} starts the next one.
   *
   * @param acquired the first day of the subscription
   * @param churns the churn dates in order
   * @param reactivations the reactivation dates in order; as many as the churns, or one fewer
   * @return the lifecycle
   * @throws IllegalArgumentException if the dates are out of order or the counts do not match
   */
  public static SubscriptionLifecycle of(
      LocalDate acquired, List<LocalDate> churns, List<LocalDate> reactivations) {
    return new SubscriptionLifecycle(acquired, churns, reactivations);
  }

  /**
   * Returns this lifecycle with a churn on {@code date}.
   *
   * @param date the first day without a subscription
   * @return the changed lifecycle
   * @throws IllegalStateException if the customer is already churned
   * @throws IllegalArgumentException if {@code date} is before the current spell started
   */
  public SubscriptionLifecycle churnedOn(LocalDate date) {
    requireNonNull(date, "date");
    if (isChurned()) {
      throw new IllegalStateException(
          "churnedOn needs an active subscription, got one churned on "
              + churns.get(churns.size() - 1));
    }
    List<LocalDate> c = new ArrayList<>(churns);
    c.add(date);
    return new SubscriptionLifecycle(acquired, c, reactivations);
  }

  /**
   * Returns this lifecycle with a reactivation on {@code date}.
   *
   * @param date the first day of the new spell
   * @return the changed lifecycle
   * @throws IllegalStateException if the customer is active
   * @throws IllegalArgumentException if {@code date} is not after the last churn
   */
  public SubscriptionLifecycle reactivatedOn(LocalDate date) {
    requireNonNull(date, "date");
    if (!isChurned()) {
      throw new IllegalStateException(
          "reactivatedOn needs a churned subscription, got an active one");
    }
    List<LocalDate> r = new ArrayList<>(reactivations);
    r.add(date);
    return new SubscriptionLifecycle(acquired, churns, r);
  }

  /** Returns the first day of the subscription. */
  public LocalDate acquired() {
    return acquired;
  }

  /** Returns the churn dates in order; empty if the customer never churned. */
  public List<LocalDate> churns() {
    return churns;
  }

  /** Returns the reactivation dates in order. */
  public List<LocalDate> reactivations() {
    return reactivations;
  }

  /** Returns the date of the churn that ended the last spell, or empty if it is still running. */
  public Optional<LocalDate> churned() {
    return isChurned() ? Optional.of(churns.get(churns.size() - 1)) : Optional.empty();
  }

  /** Returns true if the last spell has ended (there is no later reactivation). */
  public boolean isChurned() {
    return churns.size() > reactivations.size();
  }

  /**
   * Returns true if the customer was subscribed on {@code date}: some spell {@code [start, churn)}
   * contains it.
   *
   * @param date the day to ask about
   * @return whether the customer was active that day
   */
  public boolean isActiveOn(LocalDate date) {
    requireNonNull(date, "date");
    LocalDate start = acquired;
    for (int i = 0; i <= churns.size(); i++) {
      if (date.isBefore(start)) {
        return false;
      }
      if (i == churns.size() || date.isBefore(churns.get(i))) {
        return true;
      }
      if (i == reactivations.size()) {
        return false;
      }
      start = reactivations.get(i);
    }
    return false;
  }

  /**
   * Returns true if the customer was acquired in {@code [from, to)}.
   *
   * @throws IllegalArgumentException unless {@code from < to}
   */
  public boolean acquiredIn(LocalDate from, LocalDate to) {
    Keys.window(from, to);
    return within(acquired, from, to);
  }

  /**
   * Returns the number of churns in {@code [from, to)}; a customer can churn, come back and churn
   * again within one window.
   *
   * @throws IllegalArgumentException unless {@code from < to}
   */
  public int churnCountIn(LocalDate from, LocalDate to) {
    Keys.window(from, to);
    return count(churns, from, to);
  }

  /**
   * Returns true if the customer churned at least once in {@code [from, to)}.
   *
   * @throws IllegalArgumentException unless {@code from < to}
   */
  public boolean churnedIn(LocalDate from, LocalDate to) {
    return churnCountIn(from, to) > 0;
  }

  /**
   * Returns the number of reactivations in {@code [from, to)}.
   *
   * @throws IllegalArgumentException unless {@code from < to}
   */
  public int reactivationCountIn(LocalDate from, LocalDate to) {
    Keys.window(from, to);
    return count(reactivations, from, to);
  }

  /**
   * Returns true if the customer was reactivated at least once in {@code [from, to)}.
   *
   * @throws IllegalArgumentException unless {@code from < to}
   */
  public boolean reactivatedIn(LocalDate from, LocalDate to) {
    return reactivationCountIn(from, to) > 0;
  }

  private static int count(List<LocalDate> dates, LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d : dates) {
      if (within(d, from, to)) {
        n++;
      }
    }
    return n;
  }

  private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
    return !d.isBefore(from) && d.isBefore(to);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubscriptionLifecycle l
        && acquired.equals(l.acquired)
        && churns.equals(l.churns)
        && reactivations.equals(l.reactivations);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(acquired, churns, reactivations);
  }

  /**
   * Returns the spells on one line: {@code 2024-01-15..2024-06-01, 2024-09-01..} (an open end means
   * still active).
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(acquired).append("..");
    for (int i = 0; i < churns.size(); i++) {
      s.append(churns.get(i));
      if (i < reactivations.size()) {
        s.append(", ").append(reactivations.get(i)).append("..");
      }
    }
    return s.toString();
  }
}
