package dev.icpmetrics.testing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A generator of test values from a seeded random source. Generators build valid inputs directly
 * (no filtering), so a property never waits on rejection sampling.
 *
 * @param <T> the generated type
 */
@FunctionalInterface
public interface Gen<T> {

  /** Returns the next value drawn from {@code random}. */
  T next(SplittableRandom random);

  /** Returns a generator of {@code f} applied to this generator's values. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    requireNonNull(f, "f");
    return r -> f.apply(next(r));
  }

  /** Returns a generator of uniform longs in {@code [min, max]}, both included. */
  static Gen<Long> longs(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("max must be >= min " + min + ", got " + max);
    }
    if (max == Long.MAX_VALUE) {
      return min == Long.MIN_VALUE ? SplittableRandom::nextLong : r -> r.nextLong(min - 1, max) + 1;
    }
    return r -> r.nextLong(min, max + 1);
  }

  /** Returns a generator of uniform ints in {@code [min, max]}, both included. */
  static Gen<Integer> ints(int min, int max) {
    return longs(min, max).map(Long::intValue);
  }

  /** Returns a generator of uniform doubles in {@code [min, max)}. */
  static Gen<Double> doubles(double min, double max) {
    if (!(min < max)) {
      throw new IllegalArgumentException("max must be > min " + min + ", got " + max);
    }
    return r -> r.nextDouble(min, max);
  }

  /** Returns a generator that picks one of {@code values} uniformly. */
  @SafeVarargs
  @SuppressWarnings("varargs")
  static <T> Gen<T> oneOf(T... values) {
    List<T> copy = List.of(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("values must not be empty, got []");
    }
    return r -> copy.get(r.nextInt(copy.size()));
  }

  /** Returns a generator of lists of {@code element} values with a size in {@code [min, max]}. */
  static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
    requireNonNull(element, "element");
    Gen<Integer> size = ints(minSize, maxSize);
    return r -> {
      int n = size.next(r);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(element.next(r));
      }
      return List.copyOf(out);
    };
  }

  /** Returns a generator that combines one value of {@code a} and one of {@code b}. */
  static <A, B, R> Gen<R> zip(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, R> f) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(f, "f");
    return r -> f.apply(a.next(r), b.next(r));
  }
}
