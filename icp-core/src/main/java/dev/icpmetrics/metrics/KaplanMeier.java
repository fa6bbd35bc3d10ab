package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.util.Arrays;
import java.util.List;

/**
 * The Kaplan-Meier estimator of a survival curve from right-censored lifetimes, with R {@code
 * survival}'s conventions.
 *
 * <p>At each distinct event time {@code t_i}, with {@code n_i} subjects at risk (time {@code >=
 * t_i}) and {@code d_i} events: {@code S(t) = prod_{t_i <= t} (1 - d_i / n_i)}. A subject censored
 * at an event time is still at risk at that time (censoring happens just after the events). The
 * Greenwood variance is {@code Var S(t) = S(t)^2 sum_{t_i <= t} d_i / (n_i (n_i - d_i))}; see
 * {@link SurvivalCurve} for the intervals, the median and the restricted mean.
 *
 * <p>Cost: two primitive sorts (event and censoring times) and one merge pass; no per-subject
 * objects for the array form. Pure and thread-safe.
 */
public final class KaplanMeier {
  private KaplanMeier() {}

  /**
   * Fits the curve with 95% intervals; see {@link #fit(double[], boolean[], double)}.
   *
   * @param times each subject's time, finite and {@code >= 0}
   * @param events each subject's status: true for an event, false for censored
   * @return the survival curve
   */
  public static SurvivalCurve fit(double[] times, boolean[] events) {
    return fit(times, events, Proportion.DEFAULT_LEVEL);
  }

  /**
   * Fits the curve from columns: subject {@code i} has time {@code times[i]} and status {@code
   * events[i]}. The arrays are read, not kept. No subjects give an empty curve whose values are
   * undefined.
   *
   * @param times each subject's time, finite and {@code >= 0}
   * @param events each subject's status: true for an event, false for censored
   * @param level the confidence level of the pointwise intervals, in (0, 1)
   * @return the survival curve
   * @throws IllegalArgumentException such as {@code times[3] must be finite and >= 0, got -1.0}, or
   *     if the arrays differ in length
   */
  public static SurvivalCurve fit(double[] times, boolean[] events, double level) {
    requireNonNull(times, "times");
    requireNonNull(events, "events");
    Checks.openFraction("level", level);
    if (events.length != times.length) {
      throw new IllegalArgumentException(
          "events.length must be " + times.length + " (times.length), got " + events.length);
    }
    int n = times.length;
    int eventCount = 0;
    double lastTime = 0.0;
    for (int i = 0; i < n; i++) {
      double t = times[i];
      if (!(t >= 0.0 && t < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException("times[" + i + "] must be finite and >= 0, got " + t);
      }
      if (events[i]) {
        eventCount++;
      }
      lastTime = Math.max(lastTime, t);
    }
    double[] eventTimes = new double[eventCount];
    double[] censorTimes = new double[n - eventCount];
    int e = 0;
    int c = 0;
    for (int i = 0; i < n; i++) {
      if (events[i]) {
        eventTimes[e++] = times[i];
      } else {
        censorTimes[c++] = times[i];
      }
    }
    Arrays.sort(eventTimes);
    Arrays.sort(censorTimes);
    return walk(eventTimes, censorTimes, lastTime, level);
  }

  /**
   * Fits the curve with 95% intervals; see {@link #fit(List, double)}.
   *
   * @param lifetimes the subjects
   * @return the survival curve
   */
  public static SurvivalCurve fit(List<Lifetime> lifetimes) {
    return fit(lifetimes, Proportion.DEFAULT_LEVEL);
  }

  /**
   * Fits the curve from one {@link Lifetime} per subject.
   *
   * @param lifetimes the subjects
   * @param level the confidence level of the pointwise intervals, in (0, 1)
   * @return the survival curve
   */
  public static SurvivalCurve fit(List<Lifetime> lifetimes, double level) {
    requireNonNull(lifetimes, "lifetimes");
    double[] times = new double[lifetimes.size()];
    boolean[] events = new boolean[times.length];
    int i = 0;
    for (Lifetime l : lifetimes) {
      times[i] = l.time();
      events[i] = l.event();
      i++;
    }
    return fit(times, events, level);
  }

  /** The merge pass over sorted event and censoring times. */
  private static SurvivalCurve walk(
      double[] eventTimes, double[] censorTimes, double lastTime, double level) {
    int n = eventTimes.length + censorTimes.length;
    int distinct = 0;
    for (int i = 0; i < eventTimes.length; i++) {
      if (i == 0 || eventTimes[i] != eventTimes[i - 1]) {
        distinct++;
      }
    }
    double[] t = new double[distinct];
    long[] atRisk = new long[distinct];
    long[] d = new long[distinct];
    double[] s = new double[distinct];
    double[] greenwood = new double[distinct];
    double survival = 1.0;
    double sum = 0.0;
    int e = 0;
    int c = 0;
    for (int k = 0; k < distinct; k++) {
      double time = eventTimes[e];
      while (c < censorTimes.length && censorTimes[c] < time) {
        c++;
      }
      long risk = (long) n - e - c;
      int start = e;
      while (e < eventTimes.length && eventTimes[e] == time) {
        e++;
      }
      long deaths = (long) e - start;
      survival *= 1.0 - (double) deaths / risk;
      sum =
          deaths == risk
              ? Double.POSITIVE_INFINITY
              : sum + (double) deaths / ((double) risk * (risk - deaths));
      t[k] = time;
      atRisk[k] = risk;
      d[k] = deaths;
      s[k] = deaths == risk ? 0.0 : survival;
      greenwood[k] = sum;
    }
    return new SurvivalCurve(n, eventTimes.length, lastTime, level, t, atRisk, d, s, greenwood);
  }
}
