package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer: its company, the people who bought, when it was subscribed, what it paid, how it was
 * acquired and what it told us.
 *
 * <pre>{@code
 * Account a = Account.of("a-1", acme,
 *         SubscriptionLifecycle.acquiredOn(LocalDate.of(2024, 1, 15)),
 *         MrrHistory.startingAt(LocalDate.of(2024, 1, 15), Money.of("USD", "500")),
 *         Acquisition.via("outbound").withSalesCycleDays(45))
 *     .withPersonas(vpSales)
 *     .withInsights(Insights.empty().withPainPoints(Tag.of("Manual reporting")));
 * }</pre>
 *
 * <p>Rules: no MRR change before the acquired date; the direct acquisition cost, when known, is in
 * the currency of the MRR history (CAC payback divides one by the other, and the library never
 * converts). The persona list keeps its order; the first is the {@link #primaryPersona()}.
 *
 * @param id the account identifier, not blank
 * @param company the customer's company
 * @param personas the buyers, in order of importance; may be empty
 * @param lifecycle the subscription lifecycle
 * @param mrrHistory the MRR history
 * @param acquisition how the account was acquired
 * @param insights the qualitative insights
 */
public record Account(
    String id,
    Company company,
    List<BuyerPersona> personas,
    SubscriptionLifecycle lifecycle,
    MrrHistory mrrHistory,
    Acquisition acquisition,
    Insights insights) {

  /** Validates the fields against each other and copies the personas. */
  public Account {
    Checks.notBlank("id", id);
    requireNonNull(company, "company");
    requireNonNull(personas, "personas");
    List<BuyerPersona> p = new ArrayList<>(personas.size());
    for (BuyerPersona b : personas) {
      p.add(requireNonNull(b, "persona"));
    }
    personas = List.copyOf(p);
    requireNonNull(lifecycle, "lifecycle");
    requireNonNull(mrrHistory, "mrrHistory");
    requireNonNull(acquisition, "acquisition");
    requireNonNull(insights, "insights");
    Optional<MrrChange> first = mrrHistory.first();
    if (first.isPresent() && first.get().effective().isBefore(lifecycle.acquired())) {
      throw new IllegalArgumentException(
          "mrrHistory must start on or after acquired "
              + lifecycle.acquired()
              + ", got a change on "
              + first.get().effective());
    }
    Optional<Money> cost = acquisition.directCost();
    if (cost.isPresent() && !cost.get().currency().equals(mrrHistory.currency())) {
      throw new CurrencyMismatchException(mrrHistory.currency(), cost.get().currency());
    }
  }

  /**
   * Returns an account with no persona and no insights.
   *
   * @param id the identifier, not blank
   * @param company the company
   * @param lifecycle the subscription lifecycle
   * @param mrrHistory the MRR history, starting on or after the acquired date
   * @param acquisition how it was acquired
   * @return the account
   */
  public static Account of(
      String id,
      Company company,
      SubscriptionLifecycle lifecycle,
      MrrHistory mrrHistory,
      Acquisition acquisition) {
    return new Account(
        id, company, List.of(), lifecycle, mrrHistory, acquisition, Insights.empty());
  }

  /** Returns a copy with these personas, replacing the previous ones. */
  public Account withPersonas(BuyerPersona... personas) {
    return new Account(
        id, company, List.of(personas), lifecycle, mrrHistory, acquisition, insights);
  }

  /** Returns a copy with these insights. */
  public Account withInsights(Insights insights) {
    return new Account(id, company, personas, lifecycle, mrrHistory, acquisition, insights);
  }

  /** Returns a copy with this lifecycle (for example after a churn); rules are checked again. */
  public Account withLifecycle(SubscriptionLifecycle lifecycle) {
    return new Account(id, company, personas, lifecycle, mrrHistory, acquisition, insights);
  }

  /** Returns a copy with this MRR history; rules are checked again. */
  public Account withMrrHistory(MrrHistory mrrHistory) {
    return new Account(id, company, personas, lifecycle, mrrHistory, acquisition, insights);
  }

  /** Returns the first persona, if any. */
  public Optional<BuyerPersona> primaryPersona() {
    return personas.isEmpty() ? Optional.empty() : Optional.of(personas.get(0));
  }

  /**
   * Returns true if the account was subscribed on {@code date}; see {@link SubscriptionLifecycle}.
   */
  public boolean isActiveOn(LocalDate date) {
    return lifecycle.isActiveOn(date);
  }

  /**
   * Returns the MRR the account paid on {@code date}: the history's MRR while active, zero while
   * churned or before it was acquired.
   *
   * @param date the day to ask about
   * @return the MRR, in the history's currency
   */
  public Money mrrOn(LocalDate date) {
    return lifecycle.isActiveOn(date) ? mrrHistory.mrrOn(date) : Money.zero(mrrHistory.currency());
  }

  /** Returns {@code Account[a-1 Acme, 2024-01-15.., MRR[USD: ...], Acquisition[outbound]]}. */
  @Override
  public String toString() {
    return "Account["
        + id
        + " "
        + company.name()
        + ", "
        + lifecycle
        + ", "
        + mrrHistory
        + ", "
        + acquisition
        + (personas.isEmpty() ? "" : ", personas=" + personas.size())
        + (insights.isEmpty() ? "" : ", " + insights)
        + "]";
  }
}
