package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The technologies a company uses (its technographics), as a sorted set of normalised keys.
 *
 * <p>Keys are normalised like {@link Channel} keys: trimmed, lower-cased in {@link
 * java.util.Locale#ROOT}, whitespace runs replaced by {@code -}. So {@code "HubSpot"} and {@code "
 * hubspot "} are the same technology, and {@code "Google Analytics"} becomes {@code
 * google-analytics}. Duplicates collapse.
 *
 * @param keys the normalised keys, sorted and unmodifiable
 */
public record TechStack(SortedSet<String> keys) {

  private static final TechStack EMPTY = new TechStack(new TreeSet<>());

  /** Normalises every key and copies the set. */
  public TechStack {
    requireNonNull(keys, "keys");
    TreeSet<String> copy = new TreeSet<>();
    for (String k : keys) {
      copy.add(Keys.normalise("technology", k));
    }
    keys = Collections.unmodifiableSortedSet(copy);
  }

  /** Returns the stack with no technology. */
  public static TechStack empty() {
    return EMPTY;
  }

  /**
   * Returns the stack of the given technologies.
   *
   * @param technologies the technologies as written
   * @return the normalised stack
   */
  public static TechStack of(String... technologies) {
    return of(List.of(technologies));
  }

  /**
   * Returns the stack of the given technologies.
   *
   * @param technologies the technologies as written
   * @return the normalised stack
   */
  public static TechStack of(Collection<String> technologies) {
    requireNonNull(technologies, "technologies");
    TreeSet<String> raw = new TreeSet<>();
    for (String t : technologies) {
      raw.add(requireNonNull(t, "technology"));
    }
    return new TechStack(raw);
  }

  /**
   * Returns true if the stack holds {@code technology}, compared after normalising.
   *
   * @param technology the technology as written
   * @return whether it is in the stack
   */
  public boolean contains(String technology) {
    return keys.contains(Keys.normalise("technology", technology));
  }

  /** Returns the number of technologies. */
  public int size() {
    return keys.size();
  }

  /** Returns the keys in brackets, for example {@code [hubspot, salesforce]}. */
  @Override
  public String toString() {
    return keys.toString();
  }
}
