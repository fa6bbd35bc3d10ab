package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/**
 * Money spent in one month on one acquisition channel: a line of the spend ledger that CAC divides
 * by the customers acquired through that channel.
 *
 * @param period the calendar month of the spend
 * @param channel the channel, joined to {@link Acquisition#channel()} and {@link
 *     Opportunity#channel()}
 * @param amount the amount spent, {@code >= 0}
 * @param kind what the amount covers
 */
public record AcquisitionSpend(YearMonth period, Channel channel, Money amount, SpendKind kind) {

  /** Validates that the amount is not negative. */
  public AcquisitionSpend {
    requireNonNull(period, "period");
    requireNonNull(channel, "channel");
    requireNonNull(amount, "amount");
    requireNonNull(kind, "kind");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must be >= 0, got " + amount);
    }
  }

  /** Returns {@code 2024-03 paid-search USD 1200.00 PAID_MEDIA}. */
  @Override
  public String toString() {
    return period + " " + channel + " " + amount + " " + kind;
  }
}
