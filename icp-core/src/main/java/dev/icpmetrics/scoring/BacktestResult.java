package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.metrics.MetricResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The scores at the cutoff of a {@link Backtest} and the outcomes that followed, with the subjects
 * left out and why.
 */
public final class BacktestResult {
  private final LocalDate cutoff;
  private final LocalDate end;
  private final List<Score> scores;
  private final boolean[] outcomes;
  private final int notYetKnownCount;
  private final int alreadyPositiveCount;
  private final int insufficientDataCount;

  BacktestResult(
      LocalDate cutoff,
      LocalDate end,
      List<Score> scores,
      boolean[] outcomes,
      int notYetKnownCount,
      int alreadyPositiveCount,
      int insufficientDataCount) {
    this.cutoff = requireNonNull(cutoff, "cutoff");
    this.end = requireNonNull(end, "end");
    this.scores = List.copyOf(scores);
    this.outcomes = outcomes.clone();
    this.notYetKnownCount = notYetKnownCount;
    this.alreadyPositiveCount = alreadyPositiveCount;
    this.insufficientDataCount = insufficientDataCount;
  }

  /** Returns the cutoff {@code T - h}, the date the subjects were scored as of. */
  public LocalDate cutoff() {
    return cutoff;
  }

  /** Returns the end {@code T} of the outcome window {@code (cutoff, end]}. */
  public LocalDate end() {
    return end;
  }

  /** Returns the scores of the subjects kept, in input order. */
  public List<Score> scores() {
    return scores;
  }

  /** Returns the score values of the subjects kept (0 for a disqualified one). */
  public double[] values() {
    double[] v = new double[scores.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = scores.get(i).value();
    }
    return v;
  }

  /** Returns a copy of the outcomes: true if the subject's outcome fell in the window. */
  public boolean[] outcomes() {
    return outcomes.clone();
  }

  /** Returns the subjects left out because they were not known at the cutoff. */
  public int notYetKnownCount() {
    return notYetKnownCount;
  }

  /** Returns the subjects left out because their outcome happened on or before the cutoff. */
  public int alreadyPositiveCount() {
    return alreadyPositiveCount;
  }

  /** Returns the subjects left out because their score had insufficient data. */
  public int insufficientDataCount() {
    return insufficientDataCount;
  }

  /** Returns the ROC-AUC of the values against the outcomes. */
  public MetricResult<Double> rocAuc() {
    return Evaluation.rocAuc(values(), outcomes);
  }

  /** Returns the positive rate per tier of the scores. */
  public TierReport tiers() {
    return Evaluation.tiers(scores, outcomes);
  }

  /** Returns a one-line summary: window, counts kept and left out, positives, AUC. */
  @Override
  public String toString() {
    long p = 0;
    for (boolean o : outcomes) {
      p += o ? 1 : 0;
    }
    return String.format(
        Locale.ROOT,
        "backtest (%s, %s]: %d scored, %d positive, AUC %s; left out: %d not yet known, %d"
            + " already positive, %d insufficient data",
        cutoff,
        end,
        scores.size(),
        p,
        rocAuc().map(a -> String.format(Locale.ROOT, "%.3f", a)).orElse("undefined"),
        notYetKnownCount,
        alreadyPositiveCount,
        insufficientDataCount);
  }
}
