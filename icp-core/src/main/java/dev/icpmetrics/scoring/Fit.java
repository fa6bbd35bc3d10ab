package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The usual attribute fit functions, each into [0, 1]. All are pure and serializable.
 *
 * <ul>
 *   <li>{@link #exact}: 1 if the value is one of the targets, else 0.
 *   <li>{@link #ordinal}: {@code 1 - |i - j| / (levels - 1)} between ordinal levels.
 *   <li>{@link #hierarchy}: shared prefix length over the target's depth, for hierarchical codes
 *       such as NAICS.
 *   <li>{@link #jaccard} and {@link #overlap}: set overlap.
 * </ul>
 */
public final class Fit {
  private Fit() {}

  /**
   * Returns 1 for a value in {@code targets}, 0 otherwise.
   *
   * @param targets the ideal values, not empty
   * @param <V> the value type
   * @return the fit function
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public static <V> FitFunction<V> exact(V... targets) {
    Set<V> set = Set.of(targets);
    if (set.isEmpty()) {
      throw new IllegalArgumentException("targets must not be empty, got []");
    }
    return v -> set.contains(v) ? 1.0 : 0.0;
  }

  /**
   * Returns the ordinal distance fit {@code 1 - |i - j| / (levels - 1)}.
   *
   * @param i one level, in {@code [0, levels)}
   * @param j the other level, in {@code [0, levels)}
   * @param levels the number of levels, {@code >= 2}
   * @return the fit in [0, 1]: 1 at the same level, 0 at opposite ends
   */
  public static double ordinal(int i, int j, int levels) {
    Checks.inRange("levels", levels, 2, Integer.MAX_VALUE);
    Checks.inRange("i", i, 0, levels - 1);
    Checks.inRange("j", j, 0, levels - 1);
    return 1.0 - Math.abs(i - j) / (double) (levels - 1);
  }

  /**
   * Returns the ordinal fit to the ideal level {@code target} of an enum: {@code 1 - |v.ordinal() -
   * target.ordinal()| / (levels - 1)}, with {@code levels} the number of constants.
   *
   * @param target the ideal level
   * @param <E> the ordered enum type (declared in order)
   * @return the fit function
   */
  @SuppressWarnings("EnumOrdinal") // the declaration order is the ordinal scale, by contract
  public static <E extends Enum<E>> FitFunction<E> ordinal(E target) {
    requireNonNull(target, "target");
    int levels = target.getDeclaringClass().getEnumConstants().length;
    int t = target.ordinal();
    return v -> ordinal(v.ordinal(), t, levels);
  }

  /**
   * Returns the hierarchy fit of a code to a target code, where a code's prefixes name its
   * ancestors (NAICS has 2 to 6 digits, say): the length of their common prefix over the target's
   * depth (its length). A value at or below the target fits 1; a coarser or sibling value fits by
   * the share of the target's levels it shares. Against target {@code "5415"}: {@code "541511"}
   * fits 4/4 = 1, {@code "5416"} fits 3/4, {@code "54"} fits 2/4, {@code "52"} fits 1/4 and {@code
   * "31"} fits 0.
   *
   * @param value the subject's code, not blank
   * @param target the ideal code, not blank
   * @return the fit in [0, 1]
   */
  public static double hierarchy(String value, String target) {
    Checks.notBlank("value", value);
    Checks.notBlank("target", target);
    int common = 0;
    int max = Math.min(value.length(), target.length());
    while (common < max && value.charAt(common) == target.charAt(common)) {
      common++;
    }
    return common / (double) target.length();
  }

  /**
   * Returns the best {@link #hierarchy(String, String)} fit of a code against any of {@code
   * targets}.
   *
   * @param targets the ideal codes, not empty
   * @return the fit function
   */
  public static FitFunction<String> hierarchy(String... targets) {
    List<String> list = List.of(targets);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("targets must not be empty, got []");
    }
    list.forEach(t -> Checks.notBlank("targets", t));
    return v -> {
      double best = 0;
      for (String t : list) {
        best = Math.max(best, hierarchy(v, t));
      }
      return best;
    };
  }

  /**
   * Returns the Jaccard index {@code |a ∩ b| / |a ∪ b|}; two empty sets fit 0.
   *
   * @param a one set
   * @param b the other set
   * @param <V> the element type
   * @return the fit in [0, 1]
   */
  public static <V> double jaccard(Set<? extends V> a, Set<? extends V> b) {
    int common = intersection(a, b);
    int union = a.size() + b.size() - common;
    return union == 0 ? 0.0 : common / (double) union;
  }

  /**
   * Returns the overlap coefficient {@code |a ∩ b| / min(|a|, |b|)}; a fit of 0 if either set is
   * empty. Unlike Jaccard it is 1 when one set contains the other.
   *
   * @param a one set
   * @param b the other set
   * @param <V> the element type
   * @return the fit in [0, 1]
   */
  public static <V> double overlapCoefficient(Set<? extends V> a, Set<? extends V> b) {
    int min = Math.min(a.size(), b.size());
    return min == 0 ? 0.0 : intersection(a, b) / (double) min;
  }

  /**
   * Returns the Jaccard fit of a value set against the ideal set {@code targets}.
   *
   * @param targets the ideal set, not empty
   * @param <V> the element type
   * @return the fit function
   */
  public static <V> FitFunction<Set<V>> jaccard(Set<V> targets) {
    Set<V> t = nonEmptyCopy(targets);
    return v -> jaccard(v, t);
  }

  /**
   * Returns the overlap-coefficient fit of a value set against the ideal set {@code targets}.
   *
   * @param targets the ideal set, not empty
   * @param <V> the element type
   * @return the fit function
   */
  public static <V> FitFunction<Set<V>> overlap(Set<V> targets) {
    Set<V> t = nonEmptyCopy(targets);
    return v -> overlapCoefficient(v, t);
  }

  private static <V> Set<V> nonEmptyCopy(Set<V> targets) {
    Set<V> t = Set.copyOf(targets);
    if (t.isEmpty()) {
      throw new IllegalArgumentException("targets must not be empty, got []");
    }
    return t;
  }

  private static int intersection(Set<?> a, Set<?> b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    Set<?> small = a.size() <= b.size() ? a : b;
    Set<?> large = small == a ? b : a;
    Set<Object> seen = new HashSet<>();
    for (Object x : small) {
      if (large.contains(x)) {
        seen.add(x);
      }
    }
    return seen.size();
  }
}
