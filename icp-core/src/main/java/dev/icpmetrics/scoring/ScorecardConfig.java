package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The immutable configuration of an evidence scorecard, {@link ScoringStrategy#evidenceScorecard}:
 * a naive-Bayes log-odds model with a smoothed weight of evidence per attribute value, on a points
 * scale.
 *
 * <p>Learning counts, over the judged subjects ({@code N} of them, {@code K} positive), the
 * subjects {@code n_v} and positives {@code k_v} of each value {@code v} of each attribute, where
 * the attribute has {@code V} distinct values. The smoothed weight of evidence of {@code v} is
 *
 * <pre>{@code
 * woe_v = ln( ((k_v + a) / (K + a V)) / ((n_v - k_v + a) / (N - K + a V)) )
 * }</pre>
 *
 * <p>with {@code a = smoothing}. The score is on a log-odds points scale: {@code 50} points at even
 * odds, {@code pdo} more points each time the odds of being positive double:
 *
 * <pre>{@code
 * value = 50 + (pdo / ln 2) * (ln(K / (N - K)) + sum over attributes of woe_v)
 * }</pre>
 *
 * <p>clamped to [0, 100] by an explicit {@code clamp} contribution. The contributions are {@code
 * base = 50 + (pdo / ln 2) ln(K / (N - K))} and, per attribute present, {@code (pdo / ln 2) woe_v}
 * with its {@link Evidence}: support {@code n_v}, positives {@code k_v}, lift {@code (k_v / n_v) /
 * (K / N)}. A value not seen in learning has no evidence: it contributes 0 and is not listed as
 * missing; a missing attribute contributes 0 and is listed. Fewer than {@code minPresent} known
 * attributes flag low confidence.
 *
 * @param id the strategy's id, not blank
 * @param version the strategy's version, not blank
 * @param attributes the categorical attributes, not empty, unique names
 * @param smoothing the pseudo-count {@code a} added to each cell, finite and {@code > 0}
 * @param pdo the points to double the odds, finite and {@code > 0}
 * @param minPresent the attributes with evidence needed for a confident score, in [1, size]
 * @param tiers the tier policy
 * @param <S> the subject type
 */
public record ScorecardConfig<S>(
    String id,
    String version,
    List<Attribute<S>> attributes,
    double smoothing,
    double pdo,
    int minPresent,
    TierPolicy tiers)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates the configuration. */
  public ScorecardConfig {
    Checks.notBlank("id", id);
    Checks.notBlank("version", version);
    attributes = List.copyOf(attributes);
    if (attributes.isEmpty()) {
      throw new IllegalArgumentException("attributes must not be empty, got []");
    }
    Set<String> names = new HashSet<>();
    for (Attribute<S> a : attributes) {
      if (!names.add(a.name())) {
        throw new IllegalArgumentException(
            "attribute names must be unique, got " + a.name() + " twice");
      }
    }
    Checks.positive("smoothing", smoothing);
    Checks.positive("pdo", pdo);
    Checks.inRange("minPresent", minPresent, 1, attributes.size());
    requireNonNull(tiers, "tiers");
  }

  /**
   * Returns the defaults for {@code attributes}: id {@code evidence-scorecard}, version {@code 1},
   * smoothing 0.5, 10 points to double the odds, more than half of the attributes for a confident
   * score, {@link TierPolicy#STANDARD} (A from odds of 8:1).
   *
   * @param attributes the attributes
   * @param <S> the subject type
   * @return the configuration
   */
  public static <S> ScorecardConfig<S> of(List<Attribute<S>> attributes) {
    return new ScorecardConfig<>(
        "evidence-scorecard",
        "1",
        attributes,
        0.5,
        10,
        attributes.size() / 2 + 1,
        TierPolicy.STANDARD);
  }

  /** Returns a copy with another smoothing and points-to-double-the-odds. */
  public ScorecardConfig<S> withScale(double smoothing, double pdo) {
    return new ScorecardConfig<>(id, version, attributes, smoothing, pdo, minPresent, tiers);
  }

  /** Returns a copy with another tier policy. */
  public ScorecardConfig<S> withTiers(TierPolicy tiers) {
    return new ScorecardConfig<>(id, version, attributes, smoothing, pdo, minPresent, tiers);
  }

  /** Returns a copy with another id and version. */
  public ScorecardConfig<S> withId(String id, String version) {
    return new ScorecardConfig<>(id, version, attributes, smoothing, pdo, minPresent, tiers);
  }

  /**
   * A categorical attribute of the scorecard.
   *
   * @param name the attribute's name, not blank
   * @param value reads the subject's value, empty if missing
   * @param <S> the subject type
   */
  public record Attribute<S>(String name, Extractor<S, String> value) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Validates the name. */
    public Attribute {
      Checks.notBlank("name", name);
      requireNonNull(value, "value");
    }
  }
}
