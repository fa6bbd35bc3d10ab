package dev.icpmetrics.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The rules-and-points strategy; see {@link RulesConfig} for the arithmetic. */
final class RulesAndPoints<S> implements ScoringStrategy<S> {
  private static final long serialVersionUID = 1L;

  private final RulesConfig<S> config;

  RulesAndPoints(RulesConfig<S> config) {
    this.config = config;
  }

  @Override
  public Score score(S subject) {
    List<String> missing = new ArrayList<>();
    for (Rule<S> r : config.knockOuts()) {
      Optional<Boolean> hit = r.test(subject);
      if (hit.isEmpty()) {
        r.attribute().filter(a -> !missing.contains(a)).ifPresent(missing::add);
      } else if (hit.get()) {
        return Score.disqualified("knock-out: " + r.name())
            .withStrategy(config.id(), config.version());
      }
    }
    List<Scores.Draft> drafts = new ArrayList<>();
    for (RulesConfig.Group<S> g : config.groups()) {
      double sum = 0;
      for (Rule<S> r : g.rules()) {
        Optional<Boolean> hit = r.test(subject);
        if (hit.isEmpty()) {
          r.attribute().filter(a -> !missing.contains(a)).ifPresent(missing::add);
        } else if (hit.get()) {
          drafts.add(new Scores.Draft(r.name(), r.points(), "rule fired in " + g.name()));
          sum += r.points();
        }
      }
      if (sum > g.cap()) {
        drafts.add(
            new Scores.Draft(
                g.name() + " cap",
                g.cap() - sum,
                String.format(Locale.ROOT, "group capped at %s", Scores.format(g.cap()))));
      }
    }
    return Score.scored(Scores.allocate(drafts), config.tiers())
        .withMissing(missing, false)
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
    return "rules and points "
        + config.id()
        + " "
        + config.version()
        + ": "
        + config.groups().size()
        + " groups, "
        + config.knockOuts().size()
        + " knock-outs";
  }
}
