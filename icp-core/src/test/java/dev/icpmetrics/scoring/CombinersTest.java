package dev.icpmetrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CombinersTest implements ScoringStrategyContract<double[]> {
  // A subject is {fit, engagement}; a negative fit means "disqualify".
  static final ScoringStrategy<double[]> FIT =
      s -> s[0] < 0 ? Score.disqualified("competitor") : Score.of(s[0]);
  static final ScoringStrategy<double[]> ENGAGEMENT = s -> Score.of(s[1]);

  @Override
  public ScoringStrategy<double[]> strategy() {
    return Combiners.blend(FIT, 0.7, ENGAGEMENT, 0.3);
  }

  @Override
  public List<double[]> subjects() {
    return List.of(
        new double[] {80, 50},
        new double[] {0, 0},
        new double[] {100, 100},
        new double[] {33.33, 66.67},
        new double[] {-1, 50});
  }

  @Override
  public double[] subjectWithMissing() {
    return new double[] {10, 10};
  }

  @Override
  public List<String> expectedMissing() {
    return List.of();
  }

  @Override
  public Optional<double[]> disqualifiedSubject() {
    return Optional.of(new double[] {-1, 90});
  }

  @Test
  void blend_weightsEachPartsContributions() {
    // 0.7 * 80 + 0.3 * 50 = 56 + 15 = 71 -> tier B.
    Score s = strategy().score(new double[] {80, 50});
    assertEquals(7100, s.centiPoints());
    assertEquals(
        List.of("fit.value", "engagement.value"),
        s.contributions().stream().map(Contribution::attribute).toList());
    assertEquals(
        List.of(5600, 1500), s.contributions().stream().map(Contribution::centiPoints).toList());
    assertEquals("blend(custom,custom)", s.strategyId());
  }

  @Test
  void blend_roundsSoPartsSumExactly() {
    // 0.7 * 33.33 = 23.331, 0.3 * 66.67 = 20.001; sum 43.332 -> 4333: floors 2333 + 2000.
    Score s = strategy().score(new double[] {33.33, 66.67});
    assertEquals(4333, s.centiPoints());
  }

  @Test
  void blend_allZeroWeights_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Combiners.blend(FIT, 0, ENGAGEMENT, 0));
    assertEquals(
        "weights must not all be zero, got fitWeight 0.0 and engagementWeight 0.0", e.getMessage());
  }

  @Test
  void blend_negativeWeight_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Combiners.blend(FIT, -1, ENGAGEMENT, 1));
    assertEquals("fitWeight must be finite and >= 0, got -1.0", e.getMessage());
  }

  @Test
  void gate_disqualifiedByGate_keepsReason() {
    ScoringStrategy<double[]> gate =
        ScoringStrategy.rulesAndPoints(
            RulesConfig.<double[]>builder()
                .knockOut(Rule.knockOut("no engagement", s -> s[1] == 0))
                .build());
    ScoringStrategy<double[]> gated = Combiners.gate(gate, ENGAGEMENT.named("eng", "3"));
    assertEquals(
        Optional.of("knock-out: no engagement"), gated.score(new double[] {90, 0}).reason());
    assertEquals(Optional.empty(), gated.score(new double[] {90, 0}).tier());
    assertEquals(4000, gated.score(new double[] {90, 40}).centiPoints());
    assertEquals("eng", gated.score(new double[] {90, 0}).strategyId());
  }

  @Test
  void matrix_placesFitLetterAndEngagementRank() {
    Combiners.Matrix<double[]> m = Combiners.matrix(FIT, ENGAGEMENT);
    assertEquals(Optional.of("A3"), m.place(new double[] {85, 45}).cell());
    assertEquals(Optional.of("D1"), m.place(new double[] {10, 95}).cell());
    assertEquals("A3 (fit 85.00 A, engagement 45.00 C)", m.place(new double[] {85, 45}).toString());
    assertEquals(Optional.empty(), m.place(new double[] {-1, 45}).cell());
    assertEquals(
        "- (fit disqualified, engagement 45.00 C)", m.place(new double[] {-1, 45}).toString());
  }
}
