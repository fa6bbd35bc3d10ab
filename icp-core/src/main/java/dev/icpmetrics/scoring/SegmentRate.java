package dev.icpmetrics.scoring;

import dev.icpmetrics.metrics.Proportion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The segment-rate strategy; see {@link SegmentRateConfig} for the arithmetic. */
final class SegmentRate<S> implements ScoringStrategy<S> {
  private static final long serialVersionUID = 1L;

  private final SegmentRateConfig<S> config;
  private final List<Map<String, Tally>> tallies;
  private final long positives;
  private final long judged;

  private SegmentRate(
      SegmentRateConfig<S> config, List<Map<String, Tally>> tallies, long positives, long judged) {
    this.config = config;
    this.tallies = tallies;
    this.positives = positives;
    this.judged = judged;
  }

  static <S> SegmentRate<S> learn(
      List<? extends S> base, LabelDefinition<? super S> label, SegmentRateConfig<S> config) {
    List<Label> labels = label.label(base);
    long[] classes = Labels.requireBothClasses(label.name(), labels);
    List<Map<String, Tally>> tallies = new ArrayList<>();
    for (CellLevel<S> level : config.levels()) {
      Map<String, Tally> m = new HashMap<>();
      for (int i = 0; i < base.size(); i++) {
        Label l = labels.get(i);
        if (l == Label.UNKNOWN) {
          continue;
        }
        Optional<String> key = level.key().extract(base.get(i));
        if (key.isPresent()) {
          m.merge(key.get(), new Tally(1, l == Label.POSITIVE ? 1 : 0), SegmentRate::add);
        }
      }
      tallies.add(Map.copyOf(m));
    }
    return new SegmentRate<>(config, List.copyOf(tallies), classes[0], classes[0] + classes[1]);
  }

  private static Tally add(Tally a, Tally b) {
    return new Tally(a.n() + b.n(), a.k() + b.k());
  }

  @Override
  public Score score(S subject) {
    double p0 = positives / (double) judged;
    double m = config.priorStrength();
    List<Scores.Draft> drafts = new ArrayList<>();
    drafts.add(
        new Scores.Draft(
            "base",
            100 * p0,
            String.format(Locale.ROOT, "base rate %d of %d", positives, judged),
            new Evidence(judged, positives, 1.0)));
    List<String> missing = new ArrayList<>();
    double parent = p0;
    int used = 0;
    boolean backedOff = false;
    for (int i = 0; i < config.levels().size(); i++) {
      CellLevel<S> level = config.levels().get(i);
      Optional<String> key = level.key().extract(subject);
      if (key.isEmpty()) {
        missing.add(level.name());
        continue;
      }
      if (backedOff) {
        continue;
      }
      Tally t = tallies.get(i).getOrDefault(key.get(), new Tally(0, 0));
      if (t.n() < config.minSupport()) {
        backedOff = true;
        continue;
      }
      double r = Proportion.of(t.k(), t.n()).shrunkToward(parent, m).shrunkRate();
      double lift = (t.k() / (double) t.n()) / p0;
      drafts.add(
          new Scores.Draft(
              level.name(),
              100 * (r - parent),
              String.format(
                  Locale.ROOT, "cell %s: %d of %d, shrunk rate %.4f", key.get(), t.k(), t.n(), r),
              new Evidence(t.n(), t.k(), lift)));
      parent = r;
      used++;
    }
    return Score.scored(Scores.allocate(drafts), config.tiers())
        .withMissing(missing, used == 0)
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
        "segment rate %s %s: %d of %d judged positive, levels %s, m=%s, min support %d",
        config.id(),
        config.version(),
        positives,
        judged,
        config.levels().stream().map(CellLevel::name).toList(),
        config.priorStrength(),
        config.minSupport());
  }
}
