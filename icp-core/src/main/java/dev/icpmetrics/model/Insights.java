package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The qualitative side of a customer: its pain points, the events that triggered the purchase, the
 * outcomes it wanted, the benefits it got and the reasons it chose us. Every field holds any number
 * of {@link Tag}s from the user's vocabularies.
 *
 * <p>Each field is a sorted, unmodifiable set (tags by id, events by date); duplicates collapse. A
 * field must not hold two tags with the same id but different labels, which would make a vocabulary
 * ambiguous.
 *
 * @param painPoints the problems the customer had
 * @param triggerEvents the dated events that started the purchase
 * @param desiredOutcomes what the customer wanted to achieve
 * @param benefits what the customer says it got
 * @param reasonsChosen why the customer chose us over the alternatives
 */
public record Insights(
    SortedSet<Tag> painPoints,
    SortedSet<TriggerEvent> triggerEvents,
    SortedSet<Tag> desiredOutcomes,
    SortedSet<Tag> benefits,
    SortedSet<Tag> reasonsChosen) {

  private static final Insights EMPTY =
      new Insights(
          new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());

  /** Copies every field and rejects ambiguous tags. */
  public Insights {
    painPoints = tags("painPoints", painPoints);
    triggerEvents = Collections.unmodifiableSortedSet(copy("triggerEvents", triggerEvents));
    desiredOutcomes = tags("desiredOutcomes", desiredOutcomes);
    benefits = tags("benefits", benefits);
    reasonsChosen = tags("reasonsChosen", reasonsChosen);
  }

  /** Returns insights with nothing recorded. */
  public static Insights empty() {
    return EMPTY;
  }

  /** Returns a copy with {@code tags} added to the pain points. */
  public Insights withPainPoints(Tag... tags) {
    return new Insights(
        union(painPoints, List.of(tags)), triggerEvents, desiredOutcomes, benefits, reasonsChosen);
  }

  /** Returns a copy with {@code events} added to the trigger events. */
  public Insights withTriggerEvents(TriggerEvent... events) {
    return new Insights(
        painPoints,
        union(triggerEvents, List.of(events)),
        desiredOutcomes,
        benefits,
        reasonsChosen);
  }

  /** Returns a copy with {@code tags} added to the desired outcomes. */
  public Insights withDesiredOutcomes(Tag... tags) {
    return new Insights(
        painPoints, triggerEvents, union(desiredOutcomes, List.of(tags)), benefits, reasonsChosen);
  }

  /** Returns a copy with {@code tags} added to the benefits. */
  public Insights withBenefits(Tag... tags) {
    return new Insights(
        painPoints, triggerEvents, desiredOutcomes, union(benefits, List.of(tags)), reasonsChosen);
  }

  /** Returns a copy with {@code tags} added to the reasons the customer chose us. */
  public Insights withReasonsChosen(Tag... tags) {
    return new Insights(
        painPoints, triggerEvents, desiredOutcomes, benefits, union(reasonsChosen, List.of(tags)));
  }

  /** Returns true if nothing is recorded. */
  public boolean isEmpty() {
    return painPoints.isEmpty()
        && triggerEvents.isEmpty()
        && desiredOutcomes.isEmpty()
        && benefits.isEmpty()
        && reasonsChosen.isEmpty();
  }

  /**
   * Returns the non-empty fields on one line, for example {@code Insights[painPoints=[manual-
   * reporting], triggerEvents=[new-cfo@2024-03-01]]}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Insights[");
    String sep = "";
    String[] names = {
      "painPoints", "triggerEvents", "desiredOutcomes", "benefits", "reasonsChosen"
    };
    Collection<?>[] values = {painPoints, triggerEvents, desiredOutcomes, benefits, reasonsChosen};
    for (int i = 0; i < names.length; i++) {
      if (!values[i].isEmpty()) {
        s.append(sep).append(names[i]).append('=').append(values[i]);
        sep = ", ";
      }
    }
    return s.append(']').toString();
  }

  private static <T extends Comparable<T>> TreeSet<T> union(
      Collection<T> existing, Collection<T> added) {
    TreeSet<T> all = new TreeSet<>(existing);
    for (T t : added) {
      all.add(requireNonNull(t, "tag"));
    }
    return all;
  }

  private static <T extends Comparable<T>> TreeSet<T> copy(String field, Collection<T> values) {
    requireNonNull(values, field);
    TreeSet<T> out = new TreeSet<>();
    for (T v : values) {
      out.add(requireNonNull(v, field));
    }
    return out;
  }

  private static SortedSet<Tag> tags(String field, Collection<Tag> values) {
    TreeSet<Tag> out = copy(field, values);
    @Nullable Tag previous = null;
    for (Tag t : out) {
      if (previous != null && previous.id().equals(t.id())) {
        throw new IllegalArgumentException(
            field
                + " must not hold two labels for one id, got \""
                + previous.label()
                + "\" and \""
                + t.label()
                + "\" for "
                + t.id());
      }
      previous = t;
    }
    return Collections.unmodifiableSortedSet(out);
  }
}
