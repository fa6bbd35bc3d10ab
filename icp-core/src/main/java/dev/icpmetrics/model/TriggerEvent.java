package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * Something that happened at a customer and started the buying process: a new executive, a funding
 * round, a failed audit. The type comes from the user's vocabulary.
 *
 * @param type the kind of event
 * @param date the day it happened
 */
public record TriggerEvent(Tag type, LocalDate date) implements Comparable<TriggerEvent> {

  /** Validates the fields. */
  public TriggerEvent {
    requireNonNull(type, "type");
    requireNonNull(date, "date");
  }

  /** Returns the event {@code type} on {@code date}. */
  public static TriggerEvent of(Tag type, LocalDate date) {
    return new TriggerEvent(type, date);
  }

  /** Orders by date, then type. */
  @Override
  public int compareTo(TriggerEvent other) {
    int c = date.compareTo(other.date);
    return c != 0 ? c : type.compareTo(other.type);
  }

  /** Returns {@code new-cfo@2024-03-01}. */
  @Override
  public String toString() {
    return type + "@" + date;
  }
}
