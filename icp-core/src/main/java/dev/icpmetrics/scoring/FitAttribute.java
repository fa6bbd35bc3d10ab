package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.io.Serializable;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One attribute of a weighted-fit strategy: its name, its weight and how to read its fit from a
 * subject.
 *
 * @param name the attribute's name, not blank; unique within a strategy
 * @param weight the weight, finite and {@code >= 0}; weights are normalised, so only ratios matter
 * @param reader reads the fit in [0, 1], or empty if the subject does not have the attribute
 * @param <S> the subject type
 */
public record FitAttribute<S>(String name, double weight, Reader<S> reader)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates the name and the weight. */
  public FitAttribute {
    Checks.notBlank("name", name);
    if (!(weight >= 0 && weight < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "weight of " + name + " must be finite and >= 0, got " + weight);
    }
    requireNonNull(reader, "reader");
  }

  /**
   * Returns an attribute that extracts a value and scores it with a fit function.
   *
   * @param name the attribute's name
   * @param weight its weight
   * @param extractor reads the value, empty if missing
   * @param fit the value's fit in [0, 1]
   * @param <S> the subject type
   * @param <V> the value type
   * @return the attribute
   */
  public static <S, V> FitAttribute<S> of(
      String name, double weight, Extractor<S, V> extractor, FitFunction<? super V> fit) {
    requireNonNull(extractor, "extractor");
    requireNonNull(fit, "fit");
    return new FitAttribute<>(
        name,
        weight,
        s -> {
          Optional<V> v = extractor.extract(s);
          return v.isPresent() ? OptionalDouble.of(fit.fit(v.get())) : OptionalDouble.empty();
        });
  }

  /**
   * Reads an attribute's fit from a subject.
   *
   * @param <S> the subject type
   */
  @FunctionalInterface
  public interface Reader<S> extends Serializable {
    /**
     * Returns the fit in [0, 1], or empty if the subject does not have the attribute.
     *
     * @param subject the subject
     * @return the fit, or empty
     */
    OptionalDouble fit(S subject);
  }
}
