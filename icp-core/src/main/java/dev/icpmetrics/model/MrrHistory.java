package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The monthly recurring revenue of one account over time: a currency and dated {@link MrrChange}s,
 * sorted by date.
 *
 * <p>The MRR on a day is the amount of the latest change effective on or before it, and zero before
 * the first change. Every change must be in the history's currency, and no two changes may share a
 * day. The history does not know when the customer churned: {@link Account#mrrOn} combines it with
 * the lifecycle.
 *
 * @param currency the currency of every amount
 * @param changes the changes, sorted by date on construction
 */
public record MrrHistory(Currency currency, List<MrrChange> changes) {

  /** Sorts the changes and checks currencies and dates. */
  public MrrHistory {
    requireNonNull(currency, "currency");
    requireNonNull(changes, "changes");
    List<MrrChange> sorted = new ArrayList<>(changes.size());
    for (MrrChange c : changes) {
      sorted.add(requireNonNull(c, "change"));
    }
    sorted.sort(null);
    for (int i = 0; i < sorted.size(); i++) {
      MrrChange c = sorted.get(i);
      if (!c.mrr().currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, c.mrr().currency());
      }
      if (i > 0 && sorted.get(i - 1).effective().equals(c.effective())) {
        throw new IllegalArgumentException(
            "changes must have distinct dates, got two on " + c.effective());
      }
    }
    changes = List.copyOf(sorted);
  }

  /** Returns a history in {@code currency} with no change: zero MRR throughout. */
  public static MrrHistory empty(Currency currency) {
    return new MrrHistory(currency, List.of());
  }

  /**
   * Returns the history starting at {@code mrr} on {@code effective}.
   *
   * @param effective the first day at that MRR
   * @param mrr the monthly amount, {@code >= 0}; its currency is the history's
   * @return the history
   */
  public static MrrHistory startingAt(LocalDate effective, Money mrr) {
    return new MrrHistory(mrr.currency(), List.of(MrrChange.of(effective, mrr)));
  }

  /**
   * Returns this history with one more change.
   *
   * @param change the new change; its date must not already have one
   * @return the longer history
   */
  public MrrHistory with(MrrChange change) {
    List<MrrChange> all = new ArrayList<>(changes);
    all.add(requireNonNull(change, "change"));
    return new MrrHistory(currency, all);
  }

  /** Returns this history with a change to {@code mrr} on {@code effective}. */
  public MrrHistory with(LocalDate effective, Money mrr) {
    return with(MrrChange.of(effective, mrr));
  }

  /**
   * Returns the MRR in force on {@code date}: the latest change on or before it, zero before the
   * first change.
   *
   * @param date the day to ask about
   * @return the MRR that day
   */
  public Money mrrOn(LocalDate date) {
    requireNonNull(date, "date");
    Money m = Money.zero(currency);
    for (MrrChange c : changes) {
      if (c.effective().isAfter(date)) {
        break;
      }
      m = c.mrr();
    }
    return m;
  }

  /** Returns the first change, if any. */
  public Optional<MrrChange> first() {
    return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(0));
  }

  /**
   * Returns the changes effective in {@code [from, to)}, in order.
   *
   * @throws IllegalArgumentException unless {@code from < to}
   */
  public List<MrrChange> changesIn(LocalDate from, LocalDate to) {
    Keys.window(from, to);
    List<MrrChange> out = new ArrayList<>();
    for (MrrChange c : changes) {
      if (!c.effective().isBefore(from) && c.effective().isBefore(to)) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  /** Returns {@code MRR[USD: 2024-01-01: USD 100.00, 2024-06-01: USD 150.00]}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("MRR[").append(currency.getCurrencyCode());
    String sep = ": ";
    for (MrrChange c : changes) {
      s.append(sep).append(c);
      sep = ", ";
    }
    return s.append(']').toString();
  }
}
