package dev.icpmetrics.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The evidence scorecard; see {@link ScorecardConfig} for the arithmetic. */
final class EvidenceScorecard<S> implements ScoringStrategy<S> {
  private static final long serialVersionUID = 1L;

  private final ScorecardConfig<S> config;
  private final List<Map<String, Tally>> tallies;
  private final long positives;
  private final long judged;

  private EvidenceScorecard(
      ScorecardConfig<S> config, List<Map<String, Tally>> tallies, long positives, long judged) {
    this.config = config;
    this.tallies = tallies;
    this.positives = positives;
    this.judged = judged;
  }

  static <S> EvidenceScorecard<S> learn(
      List<? extends S> base, LabelDefinition<? super S> label, ScorecardConfig<S> config) {
    List<Label> labels = label.label(base);
    long[] classes = Labels.requireBothClasses(label.name(), labels);
    List<Map<String, Tally>> tallies = new ArrayList<>();
    for (ScorecardConfig.Attribute<S> a : config.attributes()) {
      Map<String, Tally> m = new HashMap<>();
      for (int i = 0; i < base.size(); i++) {
        Label l = labels.get(i);
        if (l == Label.UNKNOWN) {
          continue;
        }
        Optional<String> v = a.value().extract(base.get(i));
        if (v.isPresent()) {
          m.merge(
              v.get(),
              new Tally(1, l == Label.POSITIVE ? 1 : 0),
              (x, y) -> new Tally(x.n() + y.n(), x.k() + y.k()));
        }
      }
      tallies.add(Map.copyOf(m));
    }
    return new EvidenceScorecard<>(
        config, List.copyOf(tallies), classes[0], classes[0] + classes[1]);
  }

  /** Returns the smoothed weight of evidence of a value with tally {@code t} among {@code v}. */
  double woe(Tally t, int distinct) {
    double a = config.smoothing();
    double good = (t.k() + a) / (positives + a * distinct);
    double bad = (t.n() - t.k() + a) / (judged - positives + a * distinct);
    return Math.log(good / bad);
  }

  @Override
  public Score score(S subject) {
    double factor = config.pdo() / Math.log(2);
    double priorLogit = Math.log(positives / (double) (judged - positives));
    List<Scores.Draft> drafts = new ArrayList<>();
    drafts.add(
        new Scores.Draft(
            "base",
            50 + factor * priorLogit,
            String.format(Locale.ROOT, "prior odds %d:%d", positives, judged - positives),
            new Evidence(judged, positives, 1.0)));
    List<String> missing = new ArrayList<>();
    int known = 0;
    double baseRate = positives / (double) judged;
    for (int i = 0; i < config.attributes().size(); i++) {
      ScorecardConfig.Attribute<S> a = config.attributes().get(i);
      Optional<String> v = a.value().extract(subject);
      if (v.isEmpty()) {
        missing.add(a.name());
        continue;
      }
      Map<String, Tally> m = tallies.get(i);
      Tally t = m.get(v.get());
      if (t == null) {
        drafts.add(new Scores.Draft(a.name(), 0, v.get() + ": not seen in the base"));
        continue;
      }
      double w = woe(t, m.size());
      drafts.add(
          new Scores.Draft(
              a.name(),
              factor * w,
              String.format(Locale.ROOT, "%s: woe %.4f", v.get(), w),
              new Evidence(t.n(), t.k(), (t.k() / (double) t.n()) / baseRate)));
      known++;
    }
    return Score.scored(Scores.allocate(drafts), config.tiers())
        .withMissing(missing, known < config.minPresent())
        .withStrategy(config.id(), config.version());
  }

  @Override
  public String id() {
    return config.id();
  }

  @Override
  public String version() {
    return config.version();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "evidence scorecard %s %s: %d of %d judged positive, attributes %s, smoothing %s, pdo %s",
        config.id(),
        config.version(),
        positives,
        judged,
        config.attributes().stream().map(ScorecardConfig.Attribute::name).toList(),
        config.smoothing(),
        config.pdo());
  }
}
