package dev.icpmetrics.testing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Our small seeded property-testing harness (see docs/decisions/0001-property-testing.md).
 *
 * <p>A property runs its explicit edge cases first, then {@code tries} generated cases from one
 * {@link SplittableRandom} seeded with {@link #seed()}. The seed is fixed ({@link #DEFAULT_SEED}),
 * so a run is repeatable; {@code -Dicp.seed=<long>} overrides it. A failure throws an {@link
 * AssertionError} that names the property, the seed, the case number and the failing value, with
 * the original failure as its cause.
 *
 * <pre>{@code
 * Property.named("plus is commutative")
 *     .forAll(Gen.zip(money, money, List::of), pair -> assertEquals(...));
 * }</pre>
 *
 * @param <T> the type of the values checked
 */
public final class Property<T> {
  /** The seed used unless {@code -Dicp.seed} says otherwise. */
  public static final long DEFAULT_SEED = 20261124L;

  /** The system property that overrides the seed. */
  public static final String SEED_PROPERTY = "icp.seed";

  private static final int DEFAULT_TRIES = 200;

  private final String name;
  private final List<T> edgeCases;
  private final int tries;
  private final long seed;

  private Property(String name, List<T> edgeCases, int tries, long seed) {
    this.name = name;
    this.edgeCases = edgeCases;
    this.tries = tries;
    this.seed = seed;
  }

  /** Starts a property with the given human-readable name, {@value #DEFAULT_TRIES} tries. */
  public static <T> Property<T> named(String name) {
    requireNonNull(name, "name");
    return new Property<>(name, List.of(), DEFAULT_TRIES, seed());
  }

  /** Returns the seed in force: {@code -Dicp.seed} if set and not blank, else the default. */
  public static long seed() {
    return parseSeed(System.getProperty(SEED_PROPERTY));
  }

  static long parseSeed(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_SEED;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          SEED_PROPERTY + " must be a whole number, got \"" + value + "\"", e);
    }
  }

  /** Returns a copy that checks {@code cases} first, before any generated value. */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final Property<T> edgeCases(T... cases) {
    List<T> all = new ArrayList<>(edgeCases);
    all.addAll(List.of(cases));
    return new Property<>(name, List.copyOf(all), tries, seed);
  }

  /** Returns a copy that generates {@code tries} cases after the edge cases. */
  public Property<T> tries(int tries) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be >= 1, got " + tries);
    }
    return new Property<>(name, edgeCases, tries, seed);
  }

  /** Returns a copy with an explicit seed, ignoring {@code -Dicp.seed}. */
  public Property<T> seed(long seed) {
    return new Property<>(name, edgeCases, tries, seed);
  }

  /**
   * Checks {@code check} on every edge case, then on {@code tries} values of {@code gen}.
   *
   * @throws AssertionError on the first failing case, naming the seed and the case
   */
  public void forAll(Gen<? extends T> gen, Consumer<? super T> check) {
    requireNonNull(gen, "gen");
    requireNonNull(check, "check");
    for (int i = 0; i < edgeCases.size(); i++) {
      run(check, edgeCases.get(i), "edge case " + (i + 1) + " of " + edgeCases.size());
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < tries; i++) {
      T value = gen.next(random);
      run(check, value, "generated case " + (i + 1) + " of " + tries);
    }
  }

  private void run(Consumer<? super T> check, T value, String which) {
    try {
      check.accept(value);
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError(
          String.format(
              Locale.ROOT,
              "property \"%s\" failed on %s with seed %d (rerun with -D%s=%d)%n  value: %s%n  cause: %s",
              name,
              which,
              seed,
              SEED_PROPERTY,
              seed,
              value,
              e),
          e);
    }
  }
}
