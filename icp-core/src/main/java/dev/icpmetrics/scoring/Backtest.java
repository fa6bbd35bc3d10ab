package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A chronological backtest: score every subject as it was at a cutoff date {@code T - h}, then
 * check the scores against the outcomes that happened in {@code (T - h, T]}.
 *
 * <p>Nothing after the cutoff may leak into the score: {@code asOf} must return the subject as it
 * was known at the cutoff (or empty if it did not exist yet), and a strategy learned from data must
 * be learned from data up to the cutoff.
 */
public final class Backtest {
  private Backtest() {}

  /**
   * Runs the backtest.
   *
   * <p>Subjects are left out, and counted, when {@code asOf} gives empty (not known at the cutoff),
   * when their outcome happened on or before the cutoff (already positive), or when their score has
   * insufficient data. A disqualified subject stays in with value 0. A subject is positive if its
   * outcome date is in {@code (cutoff, end]}.
   *
   * @param subjects the subjects
   * @param strategy the strategy, as it would have been at the cutoff
   * @param asOf the subject as known at a date, or empty if it did not exist yet
   * @param outcomeDate the date of the subject's positive outcome, or empty if none (yet)
   * @param cutoff the cutoff {@code T - h}
   * @param end the end {@code T}, after the cutoff
   * @param <S> the subject type
   * @return the scores and outcomes
   */
  public static <S> BacktestResult run(
      List<? extends S> subjects,
      ScoringStrategy<S> strategy,
      BiFunction<? super S, LocalDate, Optional<S>> asOf,
      Function<? super S, Optional<LocalDate>> outcomeDate,
      LocalDate cutoff,
      LocalDate end) {
    requireNonNull(subjects, "subjects");
    requireNonNull(strategy, "strategy");
    requireNonNull(asOf, "asOf");
    requireNonNull(outcomeDate, "outcomeDate");
    requireNonNull(cutoff, "cutoff");
    requireNonNull(end, "end");
    if (!end.isAfter(cutoff)) {
      throw new IllegalArgumentException("end must be after cutoff " + cutoff + ", got " + end);
    }
    List<Score> scores = new ArrayList<>();
    List<Boolean> outcomes = new ArrayList<>();
    int notYet = 0;
    int alreadyPositive = 0;
    int insufficient = 0;
    for (S subject : subjects) {
      Optional<LocalDate> when = outcomeDate.apply(subject);
      if (when.isPresent() && !when.get().isAfter(cutoff)) {
        alreadyPositive++;
        continue;
      }
      Optional<S> then = asOf.apply(subject, cutoff);
      if (then.isEmpty()) {
        notYet++;
        continue;
      }
      Score s = strategy.score(then.get());
      if (s.status() == Score.Status.INSUFFICIENT_DATA) {
        insufficient++;
        continue;
      }
      scores.add(s);
      outcomes.add(when.isPresent() && !when.get().isAfter(end));
    }
    boolean[] o = new boolean[outcomes.size()];
    for (int i = 0; i < o.length; i++) {
      o[i] = outcomes.get(i);
    }
    return new BacktestResult(cutoff, end, scores, o, notYet, alreadyPositive, insufficient);
  }
}
