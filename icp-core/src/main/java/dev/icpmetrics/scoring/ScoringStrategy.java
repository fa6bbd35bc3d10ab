package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The extension point: scores a subject (a company, an account, a segment) into a {@link Score}.
 *
 * <p>A lambda is a valid strategy, {@code ScoringStrategy<Company> s = c -> Score.of(...)}; the
 * defaults give it the id {@value Score#CUSTOM_ID} and version {@code 0}, and {@link #named} stamps
 * another. The built-ins come from the static factories here ({@link #weightedFit}, {@link
 * #rulesAndPoints}); {@link Combiners} joins fit and engagement strategies, and {@link
 * ScoringStrategyProvider} discovers strategies supplied by other jars.
 *
 * <p>A strategy must be deterministic (the same subject gives an equal score), return values in [0,
 * 100] whose contributions sum to the value, give no tier to a disqualified subject, and list the
 * attributes it found missing. The interface is {@link Serializable} so that strategies can be
 * shipped to the workers of a distributed engine: lambdas and the built-ins are serializable when
 * what they capture is. Implementations must be thread-safe; the built-ins are immutable.
 *
 * @param <S> the subject type
 */
@FunctionalInterface
public interface ScoringStrategy<S> extends Serializable {

  /**
   * Scores one subject.
   *
   * @param subject the subject
   * @return its score, never null
   */
  Score score(S subject);

  /** Returns the strategy's id, {@value Score#CUSTOM_ID} unless overridden. */
  default String id() {
    return Score.CUSTOM_ID;
  }

  /** Returns the strategy's version, {@code 0} unless overridden. */
  default String version() {
    return "0";
  }

  /**
   * Scores every subject, in order.
   *
   * @param subjects the subjects
   * @return their scores, unmodifiable
   */
  default List<Score> scoreAll(Collection<? extends S> subjects) {
    List<Score> out = new ArrayList<>(subjects.size());
    for (S s : subjects) {
      out.add(requireNonNull(score(s), "score"));
    }
    return List.copyOf(out);
  }

  /**
   * Returns this strategy under another id and version; every score it returns is stamped with
   * them.
   *
   * @param id the id, not blank
   * @param version the version, not blank
   * @return the renamed strategy
   */
  default ScoringStrategy<S> named(String id, String version) {
    Checks.notBlank("id", id);
    Checks.notBlank("version", version);
    return new Named<>(this, id, version);
  }

  /**
   * Returns a weighted-fit strategy: each attribute's fit in [0, 1] times its normalised weight,
   * scaled to 100; see {@link WeightedFitConfig} for the formula and the missing-value policies.
   *
   * @param config the configuration
   * @param <S> the subject type
   * @return the strategy
   */
  static <S> ScoringStrategy<S> weightedFit(WeightedFitConfig<S> config) {
    return new WeightedFit<>(requireNonNull(config, "config"));
  }

  /**
   * Returns a rules-and-points strategy: knock-out rules, then groups of points rules with caps;
   * see {@link RulesConfig}.
   *
   * @param config the configuration
   * @param <S> the subject type
   * @return the strategy
   */
  static <S> ScoringStrategy<S> rulesAndPoints(RulesConfig<S> config) {
    return new RulesAndPoints<>(requireNonNull(config, "config"));
  }

  /**
   * Returns the weighted fit of companies to an ideal customer profile, with the defaults of {@link
   * WeightedFitConfig#of} and id {@code company-fit}. For another missing-value policy or tier
   * policy, start from {@code WeightedFitConfig.of(profile.companyAttributes())}.
   *
   * @param profile the profile
   * @return the strategy
   */
  static ScoringStrategy<dev.icpmetrics.model.Company> companyFit(FitProfile profile) {
    requireNonNull(profile, "profile");
    return weightedFit(
        WeightedFitConfig.of(profile.companyAttributes()).withId("company-fit", "1"));
  }

  /**
   * Returns the weighted fit of accounts (company, primary buyer, insights) to an ideal customer
   * profile, with the defaults of {@link WeightedFitConfig#of} and id {@code account-fit}.
   *
   * @param profile the profile
   * @return the strategy
   */
  static ScoringStrategy<dev.icpmetrics.model.Account> accountFit(FitProfile profile) {
    requireNonNull(profile, "profile");
    return weightedFit(
        WeightedFitConfig.of(profile.accountAttributes()).withId("account-fit", "1"));
  }

  /**
   * Learns a segment-rate strategy from a labelled customer base: the shrunk rate of good customers
   * in the subject's segment cell, backing off to coarser cells when support is small; see {@link
   * SegmentRateConfig}.
   *
   * @param base the customer base to learn from
   * @param label what a good customer is; unknown subjects are left out
   * @param config the configuration
   * @param <S> the subject type
   * @return the learned strategy, immutable and independent of {@code base}
   * @throws IllegalArgumentException if the label marks no judged subject positive, or none
   *     negative
   */
  static <S> ScoringStrategy<S> segmentRate(
      List<? extends S> base, LabelDefinition<? super S> label, SegmentRateConfig<S> config) {
    requireNonNull(base, "base");
    requireNonNull(label, "label");
    requireNonNull(config, "config");
    return SegmentRate.learn(base, label, config);
  }

  /**
   * Learns an evidence scorecard from a labelled customer base: a smoothed weight of evidence per
   * attribute value, summed as naive-Bayes log-odds and scaled to points; see {@link
   * ScorecardConfig}. Each contribution carries its support, positives and lift.
   *
   * @param base the customer base to learn from
   * @param label what a good customer is; unknown subjects are left out
   * @param config the configuration
   * @param <S> the subject type
   * @return the learned strategy, immutable and independent of {@code base}
   * @throws IllegalArgumentException if the label marks no judged subject positive, or none
   *     negative
   */
  static <S> ScoringStrategy<S> evidenceScorecard(
      List<? extends S> base, LabelDefinition<? super S> label, ScorecardConfig<S> config) {
    requireNonNull(base, "base");
    requireNonNull(label, "label");
    requireNonNull(config, "config");
    return EvidenceScorecard.learn(base, label, config);
  }
}

/** A strategy under another id and version. */
final class Named<S> implements ScoringStrategy<S> {
  private static final long serialVersionUID = 1L;

  private final ScoringStrategy<S> delegate;
  private final String id;
  private final String version;

  Named(ScoringStrategy<S> delegate, String id, String version) {
    this.delegate = delegate;
    this.id = id;
    this.version = version;
  }

  @Override
  public Score score(S subject) {
    return delegate.score(subject).withStrategy(id, version);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public String toString() {
    return id + " " + version + " (" + delegate + ")";
  }
}
