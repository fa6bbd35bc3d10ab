package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.metrics.Proportion;
import java.io.Serializable;
import java.util.Locale;

/**
 * The immutable configuration of the segment-attractiveness strategy, {@link
 * ScoringStrategy#segmentAttractiveness}: it scores a segment from the pessimistic end of its
 * {@link dev.icpmetrics.segment.MetricsSnapshot}, never from a point estimate.
 *
 * <h2>The three attributes</h2>
 *
 * <ul>
 *   <li>{@code retention}: {@code 1 − u}, where {@code u} is the upper bound of the 95% interval of
 *       the monthly churn rate ({@code MetricsSnapshot.monthlyChurnInterval()}: Wilson, or exact
 *       Poisson under an exposure policy), a monthly rate in [0, 1].
 *   <li>{@code ltvToCac}: the pessimistic LTV:CAC, {@code MetricsSnapshot.ltvToCacLowerBound()}:
 *       the CLV at the upper churn bound {@code u}, over CAC; a ratio, no unit.
 *   <li>{@code payback}: the pessimistic end of the churn-adjusted payback, in months: the upper
 *       end of {@link dev.icpmetrics.metrics.Payback#churnAdjustedInterval}, that is {@link
 *       dev.icpmetrics.metrics.Payback#churnAdjusted} with the monthly churn {@code u}, the
 *       snapshot's CAC and ARPA, and its gross margin (1 when no margin is known, so the payback is
 *       on revenue, like the snapshot's own). The snapshot's {@code payback()}, {@code CAC / (ARPA
 *       × margin)}, ignores churn and has no interval; at any churn above 0 the churn-adjusted
 *       payback is longer, so this is the pessimistic end. A cost never recovered, or not within
 *       {@code ceil(payback.zeroAt())} months, has fit 0.
 * </ul>
 *
 * <h2>Transfers, weights and the value</h2>
 *
 * Each attribute's value {@code x} becomes a fit in [0, 1] by a linear {@link Transfer}: {@code fit
 * = clamp((x − zeroAt) / (oneAt − zeroAt), 0, 1)}. With weights {@code w_i}, the contribution of a
 * present attribute is {@code 100 × w_i × fit_i / W} points, where {@code W} sums the weights of
 * the attributes present ({@link MissingPolicy#NEUTRAL}) or of all three ({@link
 * MissingPolicy#ZERO}, {@link MissingPolicy#PENALTY}); under PENALTY a missing attribute
 * contributes {@code −100 × w_i × penalty / W}, and a negative total is floored at 0 by a {@code
 * clamp} contribution. The contributions are rounded to 0.01 point by the largest-remainder method
 * and sum exactly to the value.
 *
 * <h2>Not scored</h2>
 *
 * <ul>
 *   <li>{@link Score.Status#INSUFFICIENT_DATA} when the churn support ({@code
 *       MetricsSnapshot.churnDenominator()}: customers at risk, or customer-months under an
 *       exposure policy) is below {@code minSupport}, as in {@code SegmentAnalysis}: a small
 *       segment is not scored at all, not even on its bounds. Also when, under NEUTRAL, the
 *       attributes present all weigh 0.
 *   <li>{@link Score.Status#DISQUALIFIED} for an unknown cell ({@code Segment.isUnknown()}): no one
 *       can target the accounts a dimension does not apply to, and the report does not rank them.
 * </ul>
 *
 * An attribute whose metric is undefined (no new customer in the window, hence no CAC: both {@code
 * ltvToCac} and {@code payback}) is listed in {@link Score#missingAttributes()} and handled by the
 * missing-value policy; the score is then flagged {@link Score#lowConfidence()}.
 *
 * <h2>Defaults ({@link #defaults()})</h2>
 *
 * <ul>
 *   <li>retention from 0.80 (fit 0: 20% monthly churn, twice the guide's early-stage tolerance) to
 *       0.99 (fit 1: the guide's strictest ceiling, 1% for enterprise); the 5% SMB ceiling scores
 *       0.789;
 *   <li>LTV:CAC from 1 (fit 0: below 1 every customer loses money) to 5 (fit 1: the cap); the
 *       target of 3 scores 0.5;
 *   <li>payback from 24 months (fit 0) to 0 months (fit 1); the 12-month target scores 0.5;
 *   <li>weights 2, 2 and 1: payback shares CAC with LTV:CAC, so it weighs half;
 *   <li>minimum support 30 ({@link Proportion#DEFAULT_MIN_TRIALS}, the default of {@code
 *       SegmentAnalysis}), {@link MissingPolicy#NEUTRAL}, penalty 0.5, {@link TierPolicy#STANDARD},
 *       id {@code segment-attractiveness}, version {@code 1}.
 * </ul>
 *
 * <h2>Against {@code SegmentReport.ranking()}</h2>
 *
 * Both rest on the same pessimistic statistics and refuse the same rows (the ranking leaves out
 * unknown cells and segments below the report's minimum support; this strategy disqualifies the
 * first and gives the second insufficient data, with the same default minimum of 30). On the
 * guide's example base both order the segments mid-market, SMB, enterprise (85.35, 60.74, 31.08
 * points; LTV:CAC lower bounds 5.60, 4.33, 1.27). They differ by design where the ranking is
 * lexicographic and the score a capped blend:
 *
 * <ol>
 *   <li>The ranking orders by the LTV:CAC lower bound alone; retention counts only among segments
 *       without one, and accounts only break ties. The score blends retention and payback in, so a
 *       segment with a slightly lower LTV:CAC bound but a much better retention can score higher.
 *   <li>Every LTV:CAC bound at or above the transfer's {@code oneAt} (5) has fit 1; the ranking
 *       still tells 6 from 9.
 *   <li>The ranking puts every segment without an LTV:CAC (no CAC) after every segment with one.
 *       Under NEUTRAL such a segment is scored on what it has and can score above them; ZERO or
 *       PENALTY keep it lower.
 *   <li>The "all" total is scored (a reference for the cells); the ranking leaves it out.
 *   <li>Equal values (to 0.01 point) are not ordered; the ranking breaks ties by accounts.
 * </ol>
 *
 * With all the weight on LTV:CAC and a transfer that no segment reaches (for example 0 to 100) the
 * score orders the segments that have an LTV:CAC bound exactly as the ranking does, ties apart.
 *
 * @param id the strategy's id, not blank
 * @param version the strategy's version, not blank
 * @param retention the transfer of pessimistic retention: rising, within [0, 1]
 * @param ltvToCac the transfer of the pessimistic LTV:CAC: rising, {@code zeroAt >= 0}
 * @param payback the transfer of the pessimistic payback in months: falling, within [0, 1200]
 * @param retentionWeight the weight of retention, finite and {@code >= 0}
 * @param ltvToCacWeight the weight of LTV:CAC, finite and {@code >= 0}
 * @param paybackWeight the weight of payback, finite and {@code >= 0}; the three not all zero
 * @param minSupport the churn support below which a segment is not scored, {@code >= 1}
 * @param missingPolicy what an undefined metric counts as
 * @param penalty the fit a missing metric counts as under PENALTY, negated; in [0, 1]
 * @param tiers the tier policy
 */
public record AttractivenessConfig(
    String id,
    String version,
    Transfer retention,
    Transfer ltvToCac,
    Transfer payback,
    double retentionWeight,
    double ltvToCacWeight,
    double paybackWeight,
    long minSupport,
    MissingPolicy missingPolicy,
    double penalty,
    TierPolicy tiers)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The longest payback a transfer may reach to, in months (100 years). */
  public static final double MAX_PAYBACK_MONTHS = 1200;

  /** Validates the configuration. */
  public AttractivenessConfig {
    Checks.notBlank("id", id);
    Checks.notBlank("version", version);
    requireNonNull(retention, "retention");
    requireNonNull(ltvToCac, "ltvToCac");
    requireNonNull(payback, "payback");
    if (!(0 <= retention.zeroAt()
        && retention.zeroAt() < retention.oneAt()
        && retention.oneAt() <= 1)) {
      throw invalid("retention", "0 <= zeroAt < oneAt <= 1", retention);
    }
    if (!(0 <= ltvToCac.zeroAt() && ltvToCac.zeroAt() < ltvToCac.oneAt())) {
      throw invalid("ltvToCac", "0 <= zeroAt < oneAt", ltvToCac);
    }
    if (!(MAX_PAYBACK_MONTHS >= payback.zeroAt()
        && payback.zeroAt() > payback.oneAt()
        && payback.oneAt() >= 0)) {
      throw invalid("payback", "1200 >= zeroAt > oneAt >= 0 (months)", payback);
    }
    weight("retention", retentionWeight);
    weight("ltvToCac", ltvToCacWeight);
    weight("payback", paybackWeight);
    double total = retentionWeight + ltvToCacWeight + paybackWeight;
    if (!(total > 0)) {
      throw new IllegalArgumentException("weights must not all be zero, got a sum of " + total);
    }
    Checks.positive("minSupport", minSupport);
    requireNonNull(missingPolicy, "missingPolicy");
    Checks.fraction("penalty", penalty);
    requireNonNull(tiers, "tiers");
  }

  private static IllegalArgumentException invalid(String name, String rule, Transfer t) {
    return new IllegalArgumentException(
        name
            + " transfer must satisfy "
            + rule
            + ", got zeroAt="
            + t.zeroAt()
            + ", oneAt="
            + t.oneAt());
  }

  private static void weight(String name, double w) {
    if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "weight of " + name + " must be finite and >= 0, got " + w);
    }
  }

  /**
   * Returns the defaults listed in the class comment: retention 0.80 to 0.99, LTV:CAC 1 to 5,
   * payback 24 to 0 months, weights 2, 2, 1, minimum support 30, NEUTRAL, penalty 0.5, standard
   * tiers.
   *
   * @return the configuration
   */
  public static AttractivenessConfig defaults() {
    return new AttractivenessConfig(
        "segment-attractiveness",
        "1",
        new Transfer(0.80, 0.99),
        new Transfer(1, 5),
        new Transfer(24, 0),
        2,
        2,
        1,
        Proportion.DEFAULT_MIN_TRIALS,
        MissingPolicy.NEUTRAL,
        0.5,
        TierPolicy.STANDARD);
  }

  /** Returns a copy with another id and version. */
  public AttractivenessConfig withId(String id, String version) {
    return new AttractivenessConfig(
        id,
        version,
        retention,
        ltvToCac,
        payback,
        retentionWeight,
        ltvToCacWeight,
        paybackWeight,
        minSupport,
        missingPolicy,
        penalty,
        tiers);
  }

  /** Returns a copy with other transfers for retention, LTV:CAC and payback. */
  public AttractivenessConfig withTransfers(
      Transfer retention, Transfer ltvToCac, Transfer payback) {
    return new AttractivenessConfig(
        id,
        version,
        retention,
        ltvToCac,
        payback,
        retentionWeight,
        ltvToCacWeight,
        paybackWeight,
        minSupport,
        missingPolicy,
        penalty,
        tiers);
  }

  /** Returns a copy with other weights for retention, LTV:CAC and payback. */
  public AttractivenessConfig withWeights(
      double retentionWeight, double ltvToCacWeight, double paybackWeight) {
    return new AttractivenessConfig(
        id,
        version,
        retention,
        ltvToCac,
        payback,
        retentionWeight,
        ltvToCacWeight,
        paybackWeight,
        minSupport,
        missingPolicy,
        penalty,
        tiers);
  }

  /**
   * Returns a copy that refuses to score segments with a churn support below {@code minSupport}.
   */
  public AttractivenessConfig withMinSupport(long minSupport) {
    return new AttractivenessConfig(
        id,
        version,
        retention,
        ltvToCac,
        payback,
        retentionWeight,
        ltvToCacWeight,
        paybackWeight,
        minSupport,
        missingPolicy,
        penalty,
        tiers);
  }

  /** Returns a copy with another missing-value policy. */
  public AttractivenessConfig withMissingPolicy(MissingPolicy missingPolicy) {
    return new AttractivenessConfig(
        id,
        version,
        retention,
        ltvToCac,
        payback,
        retentionWeight,
        ltvToCacWeight,
        paybackWeight,
        minSupport,
        missingPolicy,
        penalty,
        tiers);
  }

  /** Returns a copy with another penalty (used under {@link MissingPolicy#PENALTY}). */
  public AttractivenessConfig withPenalty(double penalty) {
    return new AttractivenessConfig(
        id,
        version,
        retention,
        ltvToCac,
        payback,
        retentionWeight,
        ltvToCacWeight,
        paybackWeight,
        minSupport,
        missingPolicy,
        penalty,
        tiers);
  }

  /** Returns a copy with another tier policy. */
  public AttractivenessConfig withTiers(TierPolicy tiers) {
    return new AttractivenessConfig(
        id,
        version,
        retention,
        ltvToCac,
        payback,
        retentionWeight,
        ltvToCacWeight,
        paybackWeight,
        minSupport,
        missingPolicy,
        penalty,
        tiers);
  }

  /**
   * A linear transfer from a metric to a fit in [0, 1]: fit 0 at {@code zeroAt} and beyond, fit 1
   * at {@code oneAt} and beyond, linear in between. A metric where less is better (payback) has
   * {@code zeroAt > oneAt}.
   *
   * @param zeroAt the value whose fit is 0, finite
   * @param oneAt the value whose fit is 1, finite, not equal to {@code zeroAt}
   */
  public record Transfer(double zeroAt, double oneAt) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Validates that both ends are finite and differ. */
    public Transfer {
      Checks.finite("zeroAt", zeroAt);
      Checks.finite("oneAt", oneAt);
      if (zeroAt == oneAt) {
        throw new IllegalArgumentException(
            "oneAt must differ from zeroAt " + zeroAt + ", got " + oneAt);
      }
    }

    /**
     * Returns the fit of {@code value}, {@code clamp((value − zeroAt) / (oneAt − zeroAt), 0, 1)}.
     *
     * @param value the metric, finite
     * @return the fit in [0, 1]
     */
    public double fit(double value) {
      Checks.finite("value", value);
      double f = (value - zeroAt) / (oneAt - zeroAt);
      return Math.max(0.0, Math.min(1.0, f));
    }

    /** Returns {@code 0.8 -> 0.99}: the value of fit 0, then the value of fit 1. */
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s -> %s", num(zeroAt), num(oneAt));
    }

    private static String num(double x) {
      return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
  }
}
