package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A deal pursued with a company and one of its people: created on a day, closed as won or lost on a
 * later (or the same) day, or still open. Conversion rate and time to close per segment are
 * measured on these.
 *
 * <p>Rules: an {@link OpportunityOutcome#OPEN} opportunity has no closed date; a won or lost one
 * has one, on or after the created date.
 */
public final class Opportunity {
  private final String id;
  private final Company company;
  private final BuyerPersona persona;
  private final Channel channel;
  private final LocalDate created;
  private final OpportunityOutcome outcome;
  private final @Nullable LocalDate closed;

  private Opportunity(
      String id,
      Company company,
      BuyerPersona persona,
      Channel channel,
      LocalDate created,
      OpportunityOutcome outcome,
      @Nullable LocalDate closed) {
    this.id = Checks.notBlank("id", id);
    this.company = requireNonNull(company, "company");
    this.persona = requireNonNull(persona, "persona");
    this.channel = requireNonNull(channel, "channel");
    this.created = requireNonNull(created, "created");
    this.outcome = requireNonNull(outcome, "outcome");
    if (outcome == OpportunityOutcome.OPEN && closed != null) {
      throw new IllegalArgumentException(
          "closed must be empty for an OPEN opportunity, got " + closed);
    }
    if (outcome != OpportunityOutcome.OPEN) {
      requireNonNull(closed, "closed");
      if (closed.isBefore(created)) {
        throw new IllegalArgumentException(
            "closed must be on or after created " + created + ", got " + closed);
      }
    }
    this.closed = closed;
  }

  /**
   * Returns an open opportunity.
   *
   * @param id the identifier, not blank
   * @param company the company
   * @param persona the person the deal is with
   * @param channel the channel it came through
   * @param created the day it was created
   * @return the opportunity
   */
  public static Opportunity open(
      String id, Company company, BuyerPersona persona, Channel channel, LocalDate created) {
    return new Opportunity(id, company, persona, channel, created, OpportunityOutcome.OPEN, null);
  }

  /**
   * Returns a closed opportunity.
   *
   * @param id the identifier, not blank
   * @param company the company
   * @param persona the person the deal is with
   * @param channel the channel it came through
   * @param created the day it was created
   * @param outcome {@link OpportunityOutcome#WON} or {@link OpportunityOutcome#LOST}
   * @param closed the day it closed, on or after {@code created}
   * @return the opportunity
   * @throws IllegalArgumentException if {@code outcome} is OPEN or {@code closed} is before {@code
   *     created}
   */
  public static Opportunity closed(
      String id,
      Company company,
      BuyerPersona persona,
      Channel channel,
      LocalDate created,
      OpportunityOutcome outcome,
      LocalDate closed) {
    requireNonNull(closed, "closed");
    return new Opportunity(id, company, persona, channel, created, outcome, closed);
  }

  /**
   * Returns this open opportunity closed with {@code outcome} on {@code closed}.
   *
   * @throws IllegalStateException if it is already closed
   */
  public Opportunity closedAs(OpportunityOutcome outcome, LocalDate closed) {
    if (this.outcome != OpportunityOutcome.OPEN) {
      throw new IllegalStateException(
          "closedAs needs an OPEN opportunity, got " + this.outcome + " on " + this.closed);
    }
    return closed(id, company, persona, channel, created, outcome, closed);
  }

  /** Returns the identifier. */
  public String id() {
    return id;
  }

  /** Returns the company. */
  public Company company() {
    return company;
  }

  /** Returns the person the deal is with. */
  public BuyerPersona persona() {
    return persona;
  }

  /** Returns the channel. */
  public Channel channel() {
    return channel;
  }

  /** Returns the day the opportunity was created. */
  public LocalDate created() {
    return created;
  }

  /** Returns the outcome. */
  public OpportunityOutcome outcome() {
    return outcome;
  }

  /** Returns the day it closed; empty while open. */
  public Optional<LocalDate> closed() {
    return Optional.ofNullable(closed);
  }

  /** Returns true if won. */
  public boolean isWon() {
    return outcome == OpportunityOutcome.WON;
  }

  /** Returns the whole days from created to closed ({@code closed - created}); empty while open. */
  public OptionalLong daysToClose() {
    return closed == null
        ? OptionalLong.empty()
        : OptionalLong.of(ChronoUnit.DAYS.between(created, closed));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Opportunity p
        && id.equals(p.id)
        && company.equals(p.company)
        && persona.equals(p.persona)
        && channel.equals(p.channel)
        && created.equals(p.created)
        && outcome == p.outcome
        && Objects.equals(closed, p.closed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, company, persona, channel, created, outcome, closed);
  }

  /** Returns {@code Opportunity[o-1 Acme via outbound, 2024-01-10..2024-02-09 WON]}. */
  @Override
  public String toString() {
    return "Opportunity["
        + id
        + " "
        + company.name()
        + " via "
        + channel
        + ", "
        + created
        + ".."
        + (closed == null ? "" : closed.toString())
        + " "
        + outcome
        + "]";
  }
}
