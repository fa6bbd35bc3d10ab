package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Explicit ways to combine a fit strategy with an engagement strategy, which the library keeps
 * separate: a weighted blend, a fit × engagement matrix, and a disqualifier gate.
 */
public final class Combiners {
  private Combiners() {}

  /**
   * Returns the weighted blend {@code (wf * fit + we * engagement) / (wf + we)}.
   *
   * <p>Each part's contributions are kept, renamed {@code fit.<attribute>} and {@code
   * engagement.<attribute>}, scaled by the part's weight share and re-rounded so that they sum
   * exactly to the blended value. If either part is disqualified the blend is disqualified with its
   * reason; otherwise, if either lacks data, so does the blend. Missing attributes are listed with
   * their prefix; the blend is low-confidence if either part is. Its tier comes from the fit
   * score's tier policy.
   *
   * @param fit the fit strategy
   * @param fitWeight its weight, finite and {@code >= 0}
   * @param engagement the engagement strategy
   * @param engagementWeight its weight, finite and {@code >= 0}; the two do not both weigh 0
   * @param <S> the subject type
   * @return the blend, with id {@code blend(<fit id>,<engagement id>)} and version {@code 1}
   */
  public static <S> ScoringStrategy<S> blend(
      ScoringStrategy<S> fit,
      double fitWeight,
      ScoringStrategy<S> engagement,
      double engagementWeight) {
    requireNonNull(fit, "fit");
    requireNonNull(engagement, "engagement");
    Checks.nonNegative("fitWeight", fitWeight);
    Checks.nonNegative("engagementWeight", engagementWeight);
    if (!(fitWeight + engagementWeight > 0)) {
      throw new IllegalArgumentException(
          "weights must not all be zero, got fitWeight 0.0 and engagementWeight 0.0");
    }
    return new Blend<>(fit, fitWeight, engagement, engagementWeight);
  }

  /**
   * Returns a gate: a subject that {@code gate} disqualifies is disqualified with the gate's
   * reason; any other subject gets {@code inner}'s score. The gate's value is otherwise ignored.
   *
   * @param gate the disqualifier, typically a rules strategy of knock-out rules
   * @param inner the strategy for subjects that pass
   * @param <S> the subject type
   * @return the gated strategy, with {@code inner}'s id and version
   */
  public static <S> ScoringStrategy<S> gate(ScoringStrategy<S> gate, ScoringStrategy<S> inner) {
    requireNonNull(gate, "gate");
    requireNonNull(inner, "inner");
    return new Gate<>(gate, inner);
  }

  /**
   * Returns a fit × engagement matrix: each subject is placed in a cell such as {@code A1}, the fit
   * tier's letter followed by the engagement tier's rank (A = 1, ..., D = 4).
   *
   * @param fit the fit strategy
   * @param engagement the engagement strategy
   * @param <S> the subject type
   * @return the matrix
   */
  public static <S> Matrix<S> matrix(ScoringStrategy<S> fit, ScoringStrategy<S> engagement) {
    return new Matrix<>(requireNonNull(fit, "fit"), requireNonNull(engagement, "engagement"));
  }

  /**
   * Places subjects in a fit × engagement grid.
   *
   * @param <S> the subject type
   */
  public static final class Matrix<S> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ScoringStrategy<S> fit;
    private final ScoringStrategy<S> engagement;

    private Matrix(ScoringStrategy<S> fit, ScoringStrategy<S> engagement) {
      this.fit = fit;
      this.engagement = engagement;
    }

    /**
     * Scores the subject with both strategies.
     *
     * @param subject the subject
     * @return its placement
     */
    public Placement place(S subject) {
      return new Placement(fit.score(subject), engagement.score(subject));
    }
  }

  /**
   * A subject's fit and engagement scores, and its cell in the grid.
   *
   * @param fit the fit score
   * @param engagement the engagement score
   */
  public record Placement(Score fit, Score engagement) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Validates that both scores are present. */
    public Placement {
      requireNonNull(fit, "fit");
      requireNonNull(engagement, "engagement");
    }

    /**
     * Returns the cell, such as {@code A1} (best fit, most engaged) or {@code D4}; empty if either
     * score has no tier.
     */
    public Optional<String> cell() {
      if (fit.tier().isEmpty() || engagement.tier().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(fit.tier().get().name() + engagement.tier().get().rank());
    }

    /** Returns {@code A1 (fit 85.00 A, engagement 90.00 A)} or {@code - (...)} without a cell. */
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s (fit %s, engagement %s)",
          cell().orElse("-"),
          brief(fit),
          brief(engagement));
    }

    private static String brief(Score s) {
      return s.isScored()
          ? Scores.format(s.value()) + " " + s.tier().map(Tier::name).orElse("-")
          : s.status().name().toLowerCase(Locale.ROOT);
    }
  }

  private static final class Blend<S> implements ScoringStrategy<S> {
    private static final long serialVersionUID = 1L;

    private final ScoringStrategy<S> fit;
    private final double fitShare;
    private final ScoringStrategy<S> engagement;
    private final double engagementShare;

    Blend(ScoringStrategy<S> fit, double fw, ScoringStrategy<S> engagement, double ew) {
      this.fit = fit;
      this.engagement = engagement;
      this.fitShare = fw / (fw + ew);
      this.engagementShare = ew / (fw + ew);
    }

    @Override
    public Score score(S subject) {
      Score f = fit.score(subject);
      Score e = engagement.score(subject);
      List<String> missing = new ArrayList<>();
      f.missingAttributes().forEach(a -> missing.add("fit." + a));
      e.missingAttributes().forEach(a -> missing.add("engagement." + a));
      Score out;
      if (f.status() == Score.Status.DISQUALIFIED || e.status() == Score.Status.DISQUALIFIED) {
        Score d = f.status() == Score.Status.DISQUALIFIED ? f : e;
        out = Score.disqualified(d.reason().orElse("disqualified")).withMissing(missing, false);
      } else if (!f.isScored() || !e.isScored()) {
        Score d = f.isScored() ? e : f;
        out = Score.insufficientData(d.reason().orElse("insufficient data"), missing);
      } else {
        List<Scores.Draft> drafts = new ArrayList<>();
        add(drafts, "fit.", f, fitShare);
        add(drafts, "engagement.", e, engagementShare);
        TierPolicy tiers = f.tierPolicy().orElse(TierPolicy.STANDARD);
        out =
            Score.scored(Scores.allocate(drafts), tiers)
                .withMissing(missing, f.lowConfidence() || e.lowConfidence());
      }
      return out.withStrategy(id(), version());
    }

    private static void add(List<Scores.Draft> drafts, String prefix, Score s, double share) {
      for (Contribution c : s.contributions()) {
        drafts.add(
            new Scores.Draft(
                prefix + c.attribute(),
                c.points() * share,
                String.format(Locale.ROOT, "%s x %.3f", Scores.signed(c.centiPoints()), share),
                c.evidence().orElse(null)));
      }
    }

    @Override
    public String id() {
      return "blend(" + fit.id() + "," + engagement.id() + ")";
    }

    @Override
    public String version() {
      return "1";
    }
  }

  private static final class Gate<S> implements ScoringStrategy<S> {
    private static final long serialVersionUID = 1L;

    private final ScoringStrategy<S> gate;
    private final ScoringStrategy<S> inner;

    Gate(ScoringStrategy<S> gate, ScoringStrategy<S> inner) {
      this.gate = gate;
      this.inner = inner;
    }

    @Override
    public Score score(S subject) {
      Score g = gate.score(subject);
      if (g.status() == Score.Status.DISQUALIFIED) {
        return Score.disqualified(g.reason().orElse("disqualified"))
            .withMissing(g.missingAttributes(), false)
            .withStrategy(id(), version());
      }
      return inner.score(subject);
    }

    @Override
    public String id() {
      return inner.id();
    }

    @Override
    public String version() {
      return inner.version();
    }
  }
}
