package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * How an account was won: the channel, optionally the campaign, the direct acquisition cost that
 * can be attributed to this one account (a referral fee, a reseller margin) and the length of the
 * sales cycle in days.
 *
 * <p>The channel joins the account to {@link AcquisitionSpend} by {@link Channel}. The direct cost
 * must not be negative. The sales cycle is whole days, {@code >= 0}, from first contact to the
 * signed contract.
 */
public final class Acquisition {
  private final Channel channel;
  private final @Nullable String campaign;
  private final @Nullable Money directCost;
  private final @Nullable Integer salesCycleDays;

  private Acquisition(
      Channel channel,
      @Nullable String campaign,
      @Nullable Money directCost,
      @Nullable Integer salesCycleDays) {
    this.channel = requireNonNull(channel, "channel");
    this.campaign = campaign;
    this.directCost = directCost;
    this.salesCycleDays = salesCycleDays;
  }

  /**
   * Returns an acquisition through {@code channel}, with nothing else known.
   *
   * @param channel the channel
   * @return the acquisition
   */
  public static Acquisition via(Channel channel) {
    return new Acquisition(channel, null, null, null);
  }

  /** Returns an acquisition through {@code Channel.of(channel)}. */
  public static Acquisition via(String channel) {
    return via(Channel.of(channel));
  }

  /**
   * Returns a copy with the campaign.
   *
   * @param campaign the campaign name, not blank; kept as written (trimmed)
   */
  public Acquisition withCampaign(String campaign) {
    return new Acquisition(
        channel, Checks.notBlank("campaign", campaign).strip(), directCost, salesCycleDays);
  }

  /**
   * Returns a copy with the direct acquisition cost.
   *
   * @param directCost the cost, {@code >= 0}
   */
  public Acquisition withDirectCost(Money directCost) {
    requireNonNull(directCost, "directCost");
    if (directCost.isNegative()) {
      throw new IllegalArgumentException("directCost must be >= 0, got " + directCost);
    }
    return new Acquisition(channel, campaign, directCost, salesCycleDays);
  }

  /**
   * Returns a copy with the sales-cycle length.
   *
   * @param salesCycleDays whole days, {@code >= 0}
   */
  public Acquisition withSalesCycleDays(int salesCycleDays) {
    return new Acquisition(
        channel, campaign, directCost, Checks.nonNegative("salesCycleDays", salesCycleDays));
  }

  /** Returns the channel. */
  public Channel channel() {
    return channel;
  }

  /** Returns the campaign, if known. */
  public Optional<String> campaign() {
    return Optional.ofNullable(campaign);
  }

  /** Returns the direct acquisition cost of this account, if known. */
  public Optional<Money> directCost() {
    return Optional.ofNullable(directCost);
  }

  /** Returns the sales cycle in days, if known. */
  public OptionalInt salesCycleDays() {
    return salesCycleDays == null ? OptionalInt.empty() : OptionalInt.of(salesCycleDays);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Acquisition a
        && channel.equals(a.channel)
        && Objects.equals(campaign, a.campaign)
        && Objects.equals(directCost, a.directCost)
        && Objects.equals(salesCycleDays, a.salesCycleDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(channel, campaign, directCost, salesCycleDays);
  }

  /** Returns {@code Acquisition[paid-search, campaign=Q1 brand, cost=USD 120.00, cycle=30d]}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Acquisition[").append(channel);
    if (campaign != null) {
      s.append(", campaign=").append(campaign);
    }
    if (directCost != null) {
      s.append(", cost=").append(directCost);
    }
    if (salesCycleDays != null) {
      s.append(", cycle=").append(salesCycleDays.intValue()).append('d');
    }
    return s.append(']').toString();
  }
}
