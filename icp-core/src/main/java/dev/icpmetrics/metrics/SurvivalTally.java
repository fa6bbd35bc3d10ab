package dev.icpmetrics.metrics;

import java.util.Arrays;

/**
 * Discrete-time survival data reduced to counts: {@code lost[t]} customers churned in period {@code
 * t >= 1} and {@code censored[t]} were still active after {@code t >= 0} periods when observation
 * ended. Every sBG likelihood (one cohort, several cohorts, per-account tenures) is a function of
 * these counts only.
 */
final class SurvivalTally {
  final long[] lost;
  final long[] censored;

  private SurvivalTally(long[] lost, long[] censored) {
    this.lost = lost;
    this.censored = censored;
  }

  /** Returns the largest period with information, or 0 if none. */
  int horizon() {
    for (int t = lost.length - 1; t >= 1; t--) {
      if (lost[t] != 0 || censored[t] != 0) {
        return t;
      }
    }
    return 0;
  }

  long lostTotal() {
    long s = 0;
    for (long x : lost) {
      s = Math.addExact(s, x);
    }
    return s;
  }

  /** Returns the customers that carry information: everybody but those censored at period 0. */
  long informativeTotal() {
    long s = lostTotal();
    for (int t = 1; t < censored.length; t++) {
      s = Math.addExact(s, censored[t]);
    }
    return s;
  }

  static SurvivalTally ofSize(int horizon) {
    return new SurvivalTally(new long[horizon + 1], new long[horizon + 1]);
  }

  /** Adds one cohort's survivor counts, alive at the start of period 1 (index 0) onwards. */
  void addSurvivors(long[] survivors, String field) {
    for (int t = 0; t < survivors.length; t++) {
      if (survivors[t] < 0) {
        throw new IllegalArgumentException(field + "[" + t + "] must be >= 0, got " + survivors[t]);
      }
      if (t > 0 && survivors[t] > survivors[t - 1]) {
        throw new IllegalArgumentException(
            field
                + " must not increase, got "
                + survivors[t - 1]
                + " at period "
                + (t - 1)
                + " and "
                + survivors[t]
                + " at period "
                + t);
      }
      if (t > 0) {
        lost[t] = Math.addExact(lost[t], survivors[t - 1] - survivors[t]);
      }
    }
    if (survivors.length > 0) {
      int n = survivors.length - 1;
      censored[n] = Math.addExact(censored[n], survivors[n]);
    }
  }

  static SurvivalTally ofTenures(int[] periodsSurvived, boolean[] churned) {
    if (churned.length != periodsSurvived.length) {
      throw new IllegalArgumentException(
          "churned must have the length of periodsSurvived "
              + periodsSurvived.length
              + ", got "
              + churned.length);
    }
    int max = 0;
    for (int i = 0; i < periodsSurvived.length; i++) {
      int k = periodsSurvived[i];
      if (k < 0 || k == Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "periodsSurvived[" + i + "] must be in [0, " + (Integer.MAX_VALUE - 1) + "], got " + k);
      }
      max = Math.max(max, churned[i] ? k + 1 : k);
    }
    SurvivalTally tally = ofSize(max);
    for (int i = 0; i < periodsSurvived.length; i++) {
      if (churned[i]) {
        tally.lost[periodsSurvived[i] + 1]++;
      } else {
        tally.censored[periodsSurvived[i]]++;
      }
    }
    return tally;
  }

  @Override
  public String toString() {
    return "lost " + Arrays.toString(lost) + ", censored " + Arrays.toString(censored);
  }
}
