package dev.icpmetrics.sample;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.AcquisitionSpend;
import dev.icpmetrics.model.Opportunity;
import dev.icpmetrics.model.SizePolicy;
import java.time.LocalDate;
import java.util.List;

/**
 * A ready-made customer base: accounts, opportunities, a spend ledger, the window it is meant to be
 * analysed over and the size policy its companies were drawn for.
 *
 * @param name a short name
 * @param description what the base reproduces and how
 * @param accounts the accounts
 * @param opportunities the opportunities
 * @param spend the acquisition spend ledger
 * @param windowFrom the first day of the analysed window, included
 * @param windowTo the end of the analysed window, excluded
 * @param asOf the as-of date of the analysis
 * @param sizePolicy the size policy that bands the companies as intended
 */
public record SampleBase(
    String name,
    String description,
    List<Account> accounts,
    List<Opportunity> opportunities,
    List<AcquisitionSpend> spend,
    LocalDate windowFrom,
    LocalDate windowTo,
    LocalDate asOf,
    SizePolicy sizePolicy) {

  /** Validates and copies the fields. */
  public SampleBase {
    Checks.notBlank("name", name);
    Checks.notBlank("description", description);
    accounts = List.copyOf(requireNonNull(accounts, "accounts"));
    opportunities = List.copyOf(requireNonNull(opportunities, "opportunities"));
    spend = List.copyOf(requireNonNull(spend, "spend"));
    requireNonNull(windowFrom, "windowFrom");
    requireNonNull(windowTo, "windowTo");
    requireNonNull(asOf, "asOf");
    requireNonNull(sizePolicy, "sizePolicy");
    if (!windowTo.isAfter(windowFrom)) {
      throw new IllegalArgumentException(
          "windowTo must be after windowFrom " + windowFrom + ", got " + windowTo);
    }
  }

  /**
   * Returns {@code SampleBase[guide example: 537 accounts, 420 opportunities, 64 spend lines,
   * window 2025-06-01..2025-07-01]}.
   */
  @Override
  public String toString() {
    return "SampleBase["
        + name
        + ": "
        + accounts.size()
        + " accounts, "
        + opportunities.size()
        + " opportunities, "
        + spend.size()
        + " spend lines, window "
        + windowFrom
        + ".."
        + windowTo
        + "]";
  }
}
