package dev.icpmetrics.scoring.plugin;

import dev.icpmetrics.scoring.Score;
import dev.icpmetrics.scoring.ScoringStrategy;
import dev.icpmetrics.scoring.ScoringStrategyProvider;

/**
 * A provider as a third-party jar would ship it: it uses only the exported API. The test loads it
 * through a separate class loader, in that loader's unnamed module, as the class path would.
 */
public final class DemoProvider implements ScoringStrategyProvider {
  /** Creates the provider; ServiceLoader needs a public no-argument constructor. */
  public DemoProvider() {}

  @Override
  public String id() {
    return "demo-length";
  }

  @Override
  public Class<?> subjectType() {
    return CharSequence.class;
  }

  @Override
  public ScoringStrategy<?> create() {
    ScoringStrategy<CharSequence> s = c -> Score.of(Math.min(100, c.length() * 10));
    return s.named("demo-length", "1");
  }
}
