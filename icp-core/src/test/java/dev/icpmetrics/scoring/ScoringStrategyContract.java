package dev.icpmetrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ScoringStrategy} built-in meets. A test class implements this
 * interface, supplies a strategy and subjects, and inherits the checks.
 *
 * @param <S> the subject type
 */
interface ScoringStrategyContract<S> {

  /** The strategy under test. */
  ScoringStrategy<S> strategy();

  /** Subjects that exercise the strategy, including edge cases. */
  List<S> subjects();

  /** A subject that lacks some attributes the strategy reads. */
  S subjectWithMissing();

  /** The attributes {@link #subjectWithMissing()} lacks, in the strategy's order. */
  List<String> expectedMissing();

  /** A subject the strategy disqualifies, if it can disqualify. */
  default Optional<S> disqualifiedSubject() {
    return Optional.empty();
  }

  @Test
  default void contract_scoreIsDeterministic() {
    for (S s : subjects()) {
      assertEquals(strategy().score(s), strategy().score(s), "subject " + s);
    }
  }

  @Test
  default void contract_valueInZeroToHundred() {
    for (S s : subjects()) {
      Score score = strategy().score(s);
      assertTrue(score.value() >= 0 && score.value() <= 100, score.toString());
      assertTrue(score.centiPoints() >= 0 && score.centiPoints() <= 10_000, score.toString());
    }
  }

  @Test
  default void contract_contributionsSumExactlyToValue() {
    for (S s : subjects()) {
      Score score = strategy().score(s);
      int sum = score.contributions().stream().mapToInt(Contribution::centiPoints).sum();
      assertEquals(score.centiPoints(), sum, score.explain());
    }
  }

  @Test
  default void contract_onlyScoredScoresHaveATier() {
    for (S s : subjects()) {
      Score score = strategy().score(s);
      assertEquals(score.isScored(), score.tier().isPresent(), score.toString());
    }
    disqualifiedSubject()
        .ifPresent(
            s -> {
              Score score = strategy().score(s);
              assertEquals(Score.Status.DISQUALIFIED, score.status());
              assertTrue(score.tier().isEmpty());
              assertTrue(score.reason().isPresent());
              assertEquals(0, score.centiPoints());
            });
  }

  @Test
  default void contract_missingAttributesAreListed() {
    assertEquals(expectedMissing(), strategy().score(subjectWithMissing()).missingAttributes());
  }

  @Test
  default void contract_scoresCarryTheStrategyIdAndVersion() {
    for (S s : subjects()) {
      Score score = strategy().score(s);
      assertEquals(strategy().id(), score.strategyId());
      assertEquals(strategy().version(), score.strategyVersion());
    }
  }

  @Test
  default void contract_serializedStrategyScoresTheSame() throws Exception {
    ScoringStrategy<S> copy = roundTrip(strategy());
    for (S s : subjects()) {
      assertEquals(strategy().score(s), copy.score(s));
    }
    assertFalse(subjects().isEmpty());
  }

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
