package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The immutable configuration of a weighted-fit strategy, {@link ScoringStrategy#weightedFit}.
 *
 * <p>For attribute {@code i} with weight {@code w_i} and fit {@code f_i} in [0, 1], the
 * contribution is {@code 100 * w_i * f_i / W} points, where {@code W} is the sum of the weights
 * over the attributes present ({@link MissingPolicy#NEUTRAL}) or over all attributes ({@link
 * MissingPolicy#ZERO}, {@link MissingPolicy#PENALTY}). Under PENALTY a missing attribute
 * contributes {@code -100 * w_i * penalty / W}. A subject with no attribute present, or whose
 * present attributes all weigh 0 under NEUTRAL, gets {@link Score.Status#INSUFFICIENT_DATA}; one
 * with fewer than {@code minPresent} attributes present is flagged {@link Score#lowConfidence()}.
 *
 * @param id the strategy's id, not blank
 * @param version the strategy's version, not blank
 * @param attributes the attributes, not empty, unique names, weights not all zero
 * @param missingPolicy what a missing attribute counts as
 * @param penalty the fit a missing attribute counts as under PENALTY, negated; in [0, 1]
 * @param minPresent the attributes that must be present for a confident score, in [1, size]
 * @param tiers the tier policy
 * @param <S> the subject type
 */
public record WeightedFitConfig<S>(
    String id,
    String version,
    List<FitAttribute<S>> attributes,
    MissingPolicy missingPolicy,
    double penalty,
    int minPresent,
    TierPolicy tiers)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates the configuration. */
  public WeightedFitConfig {
    Checks.notBlank("id", id);
    Checks.notBlank("version", version);
    attributes = List.copyOf(attributes);
    if (attributes.isEmpty()) {
      throw new IllegalArgumentException("attributes must not be empty, got []");
    }
    Set<String> names = new HashSet<>();
    double total = 0;
    for (FitAttribute<S> a : attributes) {
      if (!names.add(a.name())) {
        throw new IllegalArgumentException(
            "attribute names must be unique, got " + a.name() + " twice");
      }
      total += a.weight();
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("weights must not all be zero, got a sum of " + total);
    }
    requireNonNull(missingPolicy, "missingPolicy");
    Checks.fraction("penalty", penalty);
    Checks.inRange("minPresent", minPresent, 1, attributes.size());
    requireNonNull(tiers, "tiers");
  }

  /**
   * Returns the defaults for {@code attributes}: id {@code weighted-fit}, version {@code 1}, {@link
   * MissingPolicy#NEUTRAL}, penalty 0.5, a confident score needing more than half of the attributes
   * ({@code floor(n / 2) + 1}), {@link TierPolicy#STANDARD}.
   *
   * @param attributes the attributes
   * @param <S> the subject type
   * @return the configuration
   */
  public static <S> WeightedFitConfig<S> of(List<FitAttribute<S>> attributes) {
    return new WeightedFitConfig<>(
        "weighted-fit",
        "1",
        attributes,
        MissingPolicy.NEUTRAL,
        0.5,
        attributes.size() / 2 + 1,
        TierPolicy.STANDARD);
  }

  /** Returns a copy with another id and version. */
  public WeightedFitConfig<S> withId(String id, String version) {
    return new WeightedFitConfig<>(
        id, version, attributes, missingPolicy, penalty, minPresent, tiers);
  }

  /** Returns a copy with another missing-value policy. */
  public WeightedFitConfig<S> withMissingPolicy(MissingPolicy missingPolicy) {
    return new WeightedFitConfig<>(
        id, version, attributes, missingPolicy, penalty, minPresent, tiers);
  }

  /** Returns a copy with another penalty (used under {@link MissingPolicy#PENALTY}). */
  public WeightedFitConfig<S> withPenalty(double penalty) {
    return new WeightedFitConfig<>(
        id, version, attributes, missingPolicy, penalty, minPresent, tiers);
  }

  /** Returns a copy that flags low confidence below {@code minPresent} present attributes. */
  public WeightedFitConfig<S> withMinPresent(int minPresent) {
    return new WeightedFitConfig<>(
        id, version, attributes, missingPolicy, penalty, minPresent, tiers);
  }

  /** Returns a copy with another tier policy. */
  public WeightedFitConfig<S> withTiers(TierPolicy tiers) {
    return new WeightedFitConfig<>(
        id, version, attributes, missingPolicy, penalty, minPresent, tiers);
  }
}
