package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The score of one subject: a status, a value in [0, 100], a tier, the contributions that make up
 * the value, the attributes that were missing, and the strategy that produced it.
 *
 * <p><b>Exact sums.</b> Values and contributions live on a fixed-point scale of 0.01 point: {@link
 * #centiPoints()} is the value in hundredths, and the {@link Contribution#centiPoints()} of {@link
 * #contributions()} sum to it exactly, as integers. Strategies round their exact points with the
 * largest-remainder method, so no hundredth is lost or invented; a score pushed outside [0, 100]
 * carries an explicit {@code clamp} contribution.
 *
 * <p><b>Status.</b> {@link Status#SCORED} scores have a tier. {@link Status#DISQUALIFIED} scores (a
 * knock-out rule fired) have value 0, no contributions, no tier and a reason. {@link
 * Status#INSUFFICIENT_DATA} scores have value 0, no tier, a reason and the missing attributes.
 *
 * <p>Instances are immutable, thread-safe and serializable.
 */
public final class Score implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The outcome of scoring a subject. */
  public enum Status {
    /** The subject was scored and has a tier. */
    SCORED,
    /** A knock-out rule excluded the subject; the score says why. */
    DISQUALIFIED,
    /** Too little was known about the subject to score it. */
    INSUFFICIENT_DATA
  }

  /** The strategy id of a score built without a strategy, for example by a lambda. */
  public static final String CUSTOM_ID = "custom";

  private final Status status;
  private final int centiPoints;
  private final @Nullable Tier tier;
  private final @Nullable TierPolicy tierPolicy;
  private final List<Contribution> contributions;
  private final List<String> missingAttributes;
  private final boolean lowConfidence;
  private final @Nullable String reason;
  private final String strategyId;
  private final String strategyVersion;

  private Score(
      Status status,
      @Nullable TierPolicy tierPolicy,
      List<Contribution> contributions,
      List<String> missingAttributes,
      boolean lowConfidence,
      @Nullable String reason,
      String strategyId,
      String strategyVersion) {
    this.status = status;
    this.contributions = List.copyOf(contributions);
    this.centiPoints = Scores.sum(this.contributions);
    if (centiPoints < 0 || centiPoints > Scores.MAX_CENTI) {
      throw new IllegalArgumentException(
          "value must be in [0, 100], got " + Scores.format(centiPoints / 100.0));
    }
    this.tierPolicy = status == Status.SCORED ? requireNonNull(tierPolicy, "tierPolicy") : null;
    this.tier = this.tierPolicy == null ? null : this.tierPolicy.tierOf(centiPoints / 100.0);
    this.missingAttributes = List.copyOf(missingAttributes);
    this.lowConfidence = lowConfidence;
    this.reason = reason;
    this.strategyId = Checks.notBlank("strategyId", strategyId);
    this.strategyVersion = Checks.notBlank("strategyVersion", strategyVersion);
  }

  /**
   * Returns a scored value with a single contribution named {@code value}, tiered by {@link
   * TierPolicy#STANDARD}, from strategy {@value #CUSTOM_ID}: the shortest way for a lambda strategy
   * to answer.
   *
   * @param value the value in [0, 100], rounded half up to 0.01
   * @return the score
   */
  public static Score of(double value) {
    Scores.checkValue("value", value);
    return scored(List.of(Contribution.of("value", value, "")), TierPolicy.STANDARD);
  }

  /**
   * Returns a scored value whose value is the exact sum of {@code contributions}.
   *
   * @param contributions the contributions, summing to a value in [0, 100]
   * @param tiers the policy that gives the tier
   * @return the score, from strategy {@value #CUSTOM_ID}
   * @throws IllegalArgumentException if the contributions sum outside [0, 100]
   */
  public static Score scored(List<Contribution> contributions, TierPolicy tiers) {
    requireNonNull(tiers, "tiers");
    return new Score(Status.SCORED, tiers, contributions, List.of(), false, null, CUSTOM_ID, "0");
  }

  /**
   * Returns a disqualified score: value 0, no tier, no contributions.
   *
   * @param reason why, for example {@code "knock-out: competitor"}
   * @return the score
   */
  public static Score disqualified(String reason) {
    Checks.notBlank("reason", reason);
    return new Score(
        Status.DISQUALIFIED, null, List.of(), List.of(), false, reason, CUSTOM_ID, "0");
  }

  /**
   * Returns a score refused for lack of data: value 0, no tier.
   *
   * @param reason why, for example {@code "no attribute present"}
   * @param missingAttributes the attributes that were missing
   * @return the score
   */
  public static Score insufficientData(String reason, List<String> missingAttributes) {
    Checks.notBlank("reason", reason);
    return new Score(
        Status.INSUFFICIENT_DATA, null, List.of(), missingAttributes, true, reason, CUSTOM_ID, "0");
  }

  /** Returns a copy stamped with the id and version of the strategy that produced it. */
  public Score withStrategy(String id, String version) {
    return new Score(
        status, tierPolicy, contributions, missingAttributes, lowConfidence, reason, id, version);
  }

  /** Returns a copy listing {@code missing} attributes and the given low-confidence flag. */
  public Score withMissing(List<String> missing, boolean lowConfidence) {
    return new Score(
        status,
        tierPolicy,
        contributions,
        missing,
        lowConfidence,
        reason,
        strategyId,
        strategyVersion);
  }

  /** Returns a copy whose tier comes from {@code tiers}; a score without a tier keeps none. */
  public Score withTiers(TierPolicy tiers) {
    requireNonNull(tiers, "tiers");
    return new Score(
        status,
        status == Status.SCORED ? tiers : null,
        contributions,
        missingAttributes,
        lowConfidence,
        reason,
        strategyId,
        strategyVersion);
  }

  /** Returns the status. */
  public Status status() {
    return status;
  }

  /** Returns true if the status is {@link Status#SCORED}. */
  public boolean isScored() {
    return status == Status.SCORED;
  }

  /** Returns the value in [0, 100], {@code centiPoints() / 100.0}; 0 unless scored. */
  public double value() {
    return centiPoints / 100.0;
  }

  /** Returns the value in hundredths of a point, in [0, 10000]: the exact sum of contributions. */
  public int centiPoints() {
    return centiPoints;
  }

  /** Returns the tier of a scored subject, or empty if disqualified or without enough data. */
  public Optional<Tier> tier() {
    return Optional.ofNullable(tier);
  }

  /** Returns the policy that gave the tier, or empty if there is no tier. */
  public Optional<TierPolicy> tierPolicy() {
    return Optional.ofNullable(tierPolicy);
  }

  /** Returns the contributions, in the strategy's attribute order; they sum to the value. */
  public List<Contribution> contributions() {
    return contributions;
  }

  /** Returns the attributes the strategy needed but the subject did not have. */
  public List<String> missingAttributes() {
    return missingAttributes;
  }

  /** Returns true if the score rests on fewer attributes than the strategy asks for. */
  public boolean lowConfidence() {
    return lowConfidence;
  }

  /** Returns why a subject was disqualified or not scored, or empty if scored. */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** Returns the id of the strategy that produced the score. */
  public String strategyId() {
    return strategyId;
  }

  /** Returns the version of the strategy that produced the score. */
  public String strategyVersion() {
    return strategyVersion;
  }

  /**
   * Returns up to {@code limit} contributions with positive points, largest first, ties in
   * attribute order.
   */
  public List<Contribution> topPositive(int limit) {
    Checks.nonNegative("limit", limit);
    return contributions.stream()
        .filter(c -> c.centiPoints() > 0)
        .sorted(Comparator.comparingInt(Contribution::centiPoints).reversed())
        .limit(limit)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns up to {@code limit} contributions with negative points, most negative first, ties in
   * attribute order.
   */
  public List<Contribution> topNegative(int limit) {
    Checks.nonNegative("limit", limit);
    return contributions.stream()
        .filter(c -> c.centiPoints() < 0)
        .sorted(Comparator.comparingInt(Contribution::centiPoints))
        .limit(limit)
        .collect(Collectors.toUnmodifiableList());
  }

  /** Returns an aligned table of the contributions, one per line, after the one-line summary. */
  public String explain() {
    StringBuilder s = new StringBuilder(toString());
    int width = 0;
    for (Contribution c : contributions) {
      width = Math.max(width, c.attribute().length());
    }
    for (Contribution c : contributions) {
      s.append(System.lineSeparator())
          .append("  ")
          .append(
              String.format(
                  java.util.Locale.ROOT,
                  "%-" + width + "s %8s",
                  c.attribute(),
                  Scores.signed(c.centiPoints())));
      if (!c.detail().isEmpty() || c.evidence().isPresent()) {
        s.append("  ").append(c.detail());
        c.evidence().ifPresent(e -> s.append(c.detail().isEmpty() ? "" : "; ").append(e));
      }
    }
    return s.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Score s
        && s.status == status
        && s.centiPoints == centiPoints
        && Objects.equals(s.tierPolicy, tierPolicy)
        && s.contributions.equals(contributions)
        && s.missingAttributes.equals(missingAttributes)
        && s.lowConfidence == lowConfidence
        && Objects.equals(s.reason, reason)
        && s.strategyId.equals(strategyId)
        && s.strategyVersion.equals(strategyVersion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        status, centiPoints, tierPolicy, contributions, missingAttributes, reason, strategyId);
  }

  /**
   * Returns a one-line summary such as {@code 72.50 B by weighted-fit 1: +industry +30.00, -size
   * -5.00; missing [region]; low confidence}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    switch (status) {
      case SCORED -> s.append(Scores.format(value())).append(' ').append(tier);
      case DISQUALIFIED -> s.append("disqualified (").append(reason).append(')');
      case INSUFFICIENT_DATA -> s.append("insufficient data (").append(reason).append(')');
    }
    s.append(" by ").append(strategyId).append(' ').append(strategyVersion);
    List<String> reasons = new ArrayList<>();
    for (Contribution c : topPositive(3)) {
      reasons.add(c.attribute() + " " + Scores.signed(c.centiPoints()));
    }
    for (Contribution c : topNegative(2)) {
      reasons.add(c.attribute() + " " + Scores.signed(c.centiPoints()));
    }
    if (!reasons.isEmpty()) {
      s.append(": ").append(String.join(", ", reasons));
    }
    if (!missingAttributes.isEmpty()) {
      s.append("; missing ").append(missingAttributes);
    }
    if (lowConfidence && status == Status.SCORED) {
      s.append("; low confidence");
    }
    return s.toString();
  }
}
