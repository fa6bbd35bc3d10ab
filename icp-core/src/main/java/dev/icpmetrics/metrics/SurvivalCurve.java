package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.stats.Normal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A Kaplan-Meier survival curve, as fitted by {@link KaplanMeier}: a right-continuous step function
 * {@code S(t)} that starts at 1 and drops at each event time.
 *
 * <p>Each {@link Step} carries the time, the number at risk and of events, {@code S(t)}, its
 * Greenwood standard error {@code SE = S sqrt(sigma^2)} with {@code sigma^2 = sum d_i / (n_i (n_i -
 * d_i))}, and two pointwise intervals at {@link #level()} with {@code z = Phi^-1(1 - alpha/2)}:
 *
 * <ul>
 *   <li>log (R's default): {@code [S exp(-z sigma), min(1, S exp(z sigma))]};
 *   <li>log-log (R's {@code conf.type = "log-log"}): {@code [S^exp(-z sigma / ln S), S^exp(z sigma
 *       / ln S)]}, always inside (0, 1).
 * </ul>
 *
 * <p>Beyond the last follow-up time the curve is known only if it has reached 0; values asked for
 * there are undefined with the reason. Immutable and thread-safe.
 */
public final class SurvivalCurve {

  /** R's tolerance for "S(t) is exactly 0.5" in the median, {@code sqrt(machine epsilon)}. */
  private static final double MEDIAN_TOLERANCE = Math.sqrt(Math.ulp(1.0));

  private final long subjectCount;
  private final long eventCount;
  private final double lastTime;
  private final double level;
  private final double[] times;
  private final double[] survival;
  private final List<Step> steps;

  /**
   * One event time of the curve.
   *
   * @param time the event time {@code t_i}
   * @param atRisk the number at risk {@code n_i}: subjects with time {@code >= t_i}
   * @param events the number of events {@code d_i} at {@code t_i}
   * @param survival {@code S(t_i)}, in [0, 1]
   * @param standardError the Greenwood standard error of {@code S(t_i)}; undefined once {@code S =
   *     0}
   * @param logInterval the log-transformed interval; undefined once {@code S = 0}
   * @param logLogInterval the log-log-transformed interval; undefined once {@code S = 0}
   */
  public record Step(
      double time,
      long atRisk,
      long events,
      double survival,
      MetricResult<Double> standardError,
      MetricResult<Interval> logInterval,
      MetricResult<Interval> logLogInterval) {

    /** Validates the counts and that the results are present. */
    public Step {
      Checks.positive("atRisk", atRisk);
      Checks.inRange("events", events, 1, atRisk);
      Checks.fraction("survival", survival);
      requireNonNull(standardError, "standardError");
      requireNonNull(logInterval, "logInterval");
      requireNonNull(logLogInterval, "logLogInterval");
    }
  }

  SurvivalCurve(
      long subjectCount,
      long eventCount,
      double lastTime,
      double level,
      double[] times,
      long[] atRisk,
      long[] events,
      double[] survival,
      double[] greenwood) {
    this.subjectCount = subjectCount;
    this.eventCount = eventCount;
    this.lastTime = lastTime;
    this.level = level;
    this.times = times;
    this.survival = survival;
    double z = Normal.twoSidedCritical(level);
    List<Step> list = new ArrayList<>(times.length);
    for (int i = 0; i < times.length; i++) {
      double s = survival[i];
      MetricResult<Double> se;
      MetricResult<Interval> log;
      MetricResult<Interval> logLog;
      if (s == 0.0) {
        String reason = "S(t) = 0: no one left at risk";
        se = MetricResult.undefined(reason);
        log = MetricResult.undefined(reason);
        logLog = MetricResult.undefined(reason);
      } else {
        double sigma = Math.sqrt(greenwood[i]);
        se = MetricResult.of(s * sigma);
        log =
            MetricResult.of(
                new Interval(
                    s * Math.exp(-z * sigma), Math.min(1.0, s * Math.exp(z * sigma)), level));
        double lnS = Math.log(s);
        logLog =
            MetricResult.of(
                new Interval(
                    Math.pow(s, Math.exp(-z * sigma / lnS)),
                    Math.pow(s, Math.exp(z * sigma / lnS)),
                    level));
      }
      list.add(new Step(times[i], atRisk[i], events[i], s, se, log, logLog));
    }
    this.steps = List.copyOf(list);
  }

  /** Returns the number of subjects the curve was fitted on. */
  public long subjectCount() {
    return subjectCount;
  }

  /** Returns the number of observed events. */
  public long eventCount() {
    return eventCount;
  }

  /** Returns the number of censored subjects. */
  public long censoredCount() {
    return subjectCount - eventCount;
  }

  /** Returns the confidence level of the pointwise intervals. */
  public double level() {
    return level;
  }

  /** Returns the steps, one per distinct event time, in increasing time; unmodifiable. */
  public List<Step> steps() {
    return steps;
  }

  /**
   * Returns {@code S(t)}: 1 before the first event, then the value of the last step at or before
   * {@code t}.
   *
   * @param t a time, finite and {@code >= 0}
   * @return {@code S(t)}; undefined with no subjects, or after the last follow-up time while {@code
   *     S > 0}
   */
  public MetricResult<Double> survival(double t) {
    Checks.nonNegative("t", t);
    if (subjectCount == 0) {
      return MetricResult.undefined("no subjects");
    }
    int i = lastStepAtOrBefore(t);
    double s = i < 0 ? 1.0 : survival[i];
    if (t > lastTime && s > 0.0) {
      return MetricResult.undefined(beyond("t", t));
    }
    return MetricResult.of(s);
  }

  /**
   * Returns the median survival time with R's rule: the smallest event time {@code t_k} with {@code
   * S(t_k) <= 0.5}; but when {@code S(t_k) = 0.5} (within {@code sqrt(machine epsilon)}), so that
   * {@code S = 0.5} on all of {@code [t_k, t_k+1)}, the midpoint {@code (t_k + t_k+1) / 2} of that
   * flat stretch, {@code t_k+1} being the next event time. If the curve stays at 0.5 to the end,
   * the median is {@code t_k}. (lifelines reports {@code t_k} in the flat case.)
   *
   * @return the median; undefined when {@code S(t)} never reaches 0.5
   */
  public MetricResult<Double> median() {
    if (subjectCount == 0) {
      return MetricResult.undefined("no subjects");
    }
    for (int k = 0; k < times.length; k++) {
      if (survival[k] < 0.5 + MEDIAN_TOLERANCE) {
        if (Math.abs(survival[k] - 0.5) < MEDIAN_TOLERANCE) {
          for (int j = k + 1; j < times.length; j++) {
            if (survival[j] < survival[k]) {
              return MetricResult.of((times[k] + times[j]) / 2);
            }
          }
        }
        return MetricResult.of(times[k]);
      }
    }
    return MetricResult.undefined(
        String.format(
            Locale.ROOT,
            "S(t) never reaches 0.5 (%.4f at the last event)",
            times.length == 0 ? 1.0 : survival[times.length - 1]));
  }

  /**
   * Returns the restricted mean survival time up to {@code tau}: the area under the step curve,
   * {@code integral_0^tau S(t) dt = sum S(t_(i-1)) (min(t_i, tau) - t_(i-1))} over the steps below
   * {@code tau}, with {@code t_0 = 0} and {@code S(t_0) = 1}. In the curve's time unit.
   *
   * @param tau the horizon, finite and {@code >= 0}
   * @return the restricted mean; undefined with no subjects, or when {@code tau} is after the last
   *     follow-up time while {@code S > 0}
   */
  public MetricResult<Double> restrictedMean(double tau) {
    Checks.nonNegative("tau", tau);
    if (subjectCount == 0) {
      return MetricResult.undefined("no subjects");
    }
    double area = 0.0;
    double previous = 0.0;
    double s = 1.0;
    for (int i = 0; i < times.length && times[i] <= tau; i++) {
      area += s * (times[i] - previous);
      previous = times[i];
      s = survival[i];
    }
    if (tau > lastTime && s > 0.0) {
      return MetricResult.undefined(beyond("tau", tau));
    }
    return MetricResult.of(area + s * (tau - previous));
  }

  private String beyond(String field, double value) {
    return field
        + " = "
        + Shrinkage.plain(value)
        + " is after the last follow-up time "
        + Shrinkage.plain(lastTime);
  }

  private int lastStepAtOrBefore(double t) {
    int i = Arrays.binarySearch(times, t);
    return i >= 0 ? i : -i - 2;
  }

  /**
   * Returns a summary line and an aligned table like R's {@code summary(survfit)}, one row per
   * event time with both intervals.
   */
  @Override
  public String toString() {
    String pct = Interval.percent(level);
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Kaplan-Meier: %d subjects, %d events, %d censored; median %s",
            subjectCount,
            eventCount,
            censoredCount(),
            median().map(Shrinkage::plain).orElse("undefined")));
    String[] header = {
      "time",
      "n.risk",
      "n.event",
      "survival",
      "std.err",
      "lower" + pct + "(log)",
      "upper" + pct + "(log)",
      "lower" + pct + "(log-log)",
      "upper" + pct + "(log-log)"
    };
    List<String[]> rows = new ArrayList<>();
    rows.add(header);
    for (Step st : steps) {
      rows.add(
          new String[] {
            Shrinkage.plain(st.time()),
            Long.toString(st.atRisk()),
            Long.toString(st.events()),
            String.format(Locale.ROOT, "%.6f", st.survival()),
            st.standardError().map(v -> String.format(Locale.ROOT, "%.6f", v)).orElse("-"),
            st.logInterval().map(v -> fmt(v.lower())).orElse("-"),
            st.logInterval().map(v -> fmt(v.upper())).orElse("-"),
            st.logLogInterval().map(v -> fmt(v.lower())).orElse("-"),
            st.logLogInterval().map(v -> fmt(v.upper())).orElse("-")
          });
    }
    int[] width = new int[header.length];
    for (String[] r : rows) {
      for (int j = 0; j < r.length; j++) {
        width[j] = Math.max(width[j], r[j].length());
      }
    }
    for (String[] r : rows) {
      out.append('\n');
      for (int j = 0; j < r.length; j++) {
        if (j > 0) {
          out.append(' ');
        }
        out.append(" ".repeat(width[j] - r[j].length())).append(r[j]);
      }
    }
    return out.toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
