package dev.icpmetrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A lambda is a valid strategy: the defaults and the contract hold for it too. */
class LambdaStrategyTest implements ScoringStrategyContract<Integer> {

  @Override
  public ScoringStrategy<Integer> strategy() {
    ScoringStrategy<Integer> employees =
        n -> n < 0 ? Score.disqualified("no headcount") : Score.of(Math.min(100, n / 10.0));
    return employees;
  }

  @Override
  public List<Integer> subjects() {
    return List.of(0, 5, 399, 1000, 50_000, -1);
  }

  @Override
  public Integer subjectWithMissing() {
    return 0;
  }

  @Override
  public List<String> expectedMissing() {
    return List.of();
  }

  @Override
  public Optional<Integer> disqualifiedSubject() {
    return Optional.of(-1);
  }

  @Test
  void lambda_hasDefaultIdAndVersion() {
    assertEquals("custom", strategy().id());
    assertEquals("0", strategy().version());
    assertEquals("39.90 D by custom 0: value +39.90", strategy().score(399).toString());
  }

  @Test
  void named_stampsEveryScore() {
    ScoringStrategy<Integer> named = strategy().named("headcount", "2");
    Score s = named.score(850);
    assertEquals("headcount", s.strategyId());
    assertEquals("2", s.strategyVersion());
    assertEquals(Optional.of(Tier.A), s.tier());
    assertEquals(2, named.scoreAll(List.of(1, 2)).size());
  }
}
