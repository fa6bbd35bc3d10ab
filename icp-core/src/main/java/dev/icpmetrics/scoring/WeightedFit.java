package dev.icpmetrics.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The weighted-fit strategy; see {@link WeightedFitConfig} for the formula. */
final class WeightedFit<S> implements ScoringStrategy<S> {
  private static final long serialVersionUID = 1L;

  private final WeightedFitConfig<S> config;

  WeightedFit(WeightedFitConfig<S> config) {
    this.config = config;
  }

  @Override
  public Score score(S subject) {
    List<FitAttribute<S>> attributes = config.attributes();
    int n = attributes.size();
    double[] fits = new double[n];
    boolean[] present = new boolean[n];
    List<String> missing = new ArrayList<>();
    double presentWeight = 0;
    double allWeight = 0;
    int presentCount = 0;
    for (int i = 0; i < n; i++) {
      FitAttribute<S> a = attributes.get(i);
      OptionalDouble f = a.reader().fit(subject);
      allWeight += a.weight();
      if (f.isPresent()) {
        double v = f.getAsDouble();
        if (!(v >= 0 && v <= 1)) {
          throw new IllegalStateException("fit of " + a.name() + " must be in [0, 1], got " + v);
        }
        fits[i] = v;
        present[i] = true;
        presentWeight += a.weight();
        presentCount++;
      } else {
        missing.add(a.name());
      }
    }
    if (presentCount == 0) {
      return stamp(Score.insufficientData("no attribute present", missing));
    }
    MissingPolicy policy = config.missingPolicy();
    double total = policy == MissingPolicy.NEUTRAL ? presentWeight : allWeight;
    if (!(total > 0)) {
      return stamp(Score.insufficientData("the attributes present all weigh 0", missing));
    }
    List<Scores.Draft> drafts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      FitAttribute<S> a = attributes.get(i);
      double share = a.weight() / total;
      if (present[i]) {
        drafts.add(
            new Scores.Draft(
                a.name(),
                100 * share * fits[i],
                String.format(Locale.ROOT, "fit %.3f x weight %.3f", fits[i], share)));
      } else if (policy == MissingPolicy.ZERO) {
        drafts.add(new Scores.Draft(a.name(), 0, "missing, counted as fit 0"));
      } else if (policy == MissingPolicy.PENALTY) {
        drafts.add(
            new Scores.Draft(
                a.name(),
                -100 * share * config.penalty(),
                String.format(
                    Locale.ROOT,
                    "missing, counted as fit -%.3f x weight %.3f",
                    config.penalty(),
                    share)));
      }
    }
    Score s = Score.scored(Scores.allocate(drafts), config.tiers());
    return stamp(s.withMissing(missing, presentCount < config.minPresent()));
  }

  private Score stamp(Score s) {
    return s.withStrategy(config.id(), config.version());
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
    return "weighted fit "
        + config.id()
        + " "
        + config.version()
        + " over "
        + config.attributes().stream().map(FitAttribute::name).toList()
        + ", missing "
        + config.missingPolicy()
        + ", tiers "
        + config.tiers();
  }
}
