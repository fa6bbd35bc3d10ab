package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The immutable configuration of a segment-rate strategy, {@link ScoringStrategy#segmentRate}.
 *
 * <p>Learning tallies, per level and cell, the judged subjects {@code n} and the positives {@code
 * k} (subjects labelled unknown are left out). The base rate is {@code p0 = K / N} over all judged
 * subjects. Scoring walks the subject's cells from the coarsest level to the finest, shrinking each
 * cell's rate toward its parent's ({@link dev.icpmetrics.metrics.Proportion#shrunkToward(double,
 * double)}): {@code r = (k + m * r_parent) / (n + m)}, with {@code r_parent = p0} above the
 * coarsest level and {@code m = priorStrength}. A cell with fewer than {@code minSupport} judged
 * subjects is backed off: it and every finer level are skipped (their keys are not listed as
 * missing; their contributions are absent), so the score rests on the finest cell with enough
 * support. The value is {@code 100 * r}; the contributions are {@code base = 100 * p0} and, per
 * level used, {@code 100 * (r - r_parent)} with the cell's {@link Evidence}, which telescope to the
 * value. A subject with no level used gets the base rate and is flagged low-confidence.
 *
 * @param id the strategy's id, not blank
 * @param version the strategy's version, not blank
 * @param levels the cell levels, coarsest first, not empty, unique names
 * @param priorStrength the pseudo-count {@code m} of the shrinkage, finite and {@code > 0}
 * @param minSupport the judged subjects a cell needs to be used, {@code >= 1}
 * @param tiers the tier policy over the value {@code 100 * r}
 * @param <S> the subject type
 */
public record SegmentRateConfig<S>(
    String id,
    String version,
    List<CellLevel<S>> levels,
    double priorStrength,
    long minSupport,
    TierPolicy tiers)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates the configuration. */
  public SegmentRateConfig {
    Checks.notBlank("id", id);
    Checks.notBlank("version", version);
    levels = List.copyOf(levels);
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("levels must not be empty, got []");
    }
    Set<String> names = new HashSet<>();
    for (CellLevel<S> l : levels) {
      if (!names.add(l.name())) {
        throw new IllegalArgumentException(
            "level names must be unique, got " + l.name() + " twice");
      }
    }
    Checks.positive("priorStrength", priorStrength);
    Checks.positive("minSupport", minSupport);
    requireNonNull(tiers, "tiers");
  }

  /**
   * Returns the defaults for {@code levels}: id {@code segment-rate}, version {@code 1}, prior
   * strength 10, minimum support 30, {@link TierPolicy#STANDARD}.
   *
   * @param levels the cell levels, coarsest first
   * @param <S> the subject type
   * @return the configuration
   */
  public static <S> SegmentRateConfig<S> of(List<CellLevel<S>> levels) {
    return new SegmentRateConfig<>("segment-rate", "1", levels, 10, 30, TierPolicy.STANDARD);
  }

  /** Returns a copy with another prior strength and minimum support. */
  public SegmentRateConfig<S> withShrinkage(double priorStrength, long minSupport) {
    return new SegmentRateConfig<>(id, version, levels, priorStrength, minSupport, tiers);
  }

  /** Returns a copy with another tier policy. */
  public SegmentRateConfig<S> withTiers(TierPolicy tiers) {
    return new SegmentRateConfig<>(id, version, levels, priorStrength, minSupport, tiers);
  }

  /** Returns a copy with another id and version. */
  public SegmentRateConfig<S> withId(String id, String version) {
    return new SegmentRateConfig<>(id, version, levels, priorStrength, minSupport, tiers);
  }
}
