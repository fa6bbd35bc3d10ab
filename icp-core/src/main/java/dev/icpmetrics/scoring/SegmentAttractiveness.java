package dev.icpmetrics.scoring;

import dev.icpmetrics.metrics.Interval;
import dev.icpmetrics.metrics.MetricResult;
import dev.icpmetrics.metrics.Payback;
import dev.icpmetrics.metrics.PaybackPeriod;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.PeriodRate;
import dev.icpmetrics.segment.MetricsSnapshot;
import dev.icpmetrics.segment.SegmentRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The segment-attractiveness strategy; see {@link AttractivenessConfig} for the formula. */
final class SegmentAttractiveness implements ScoringStrategy<SegmentRow> {
  private static final long serialVersionUID = 1L;

  static final String RETENTION = "retention";
  static final String LTV_TO_CAC = "ltvToCac";
  static final String PAYBACK = "payback";

  private final AttractivenessConfig config;

  SegmentAttractiveness(AttractivenessConfig config) {
    this.config = config;
  }

  /** One attribute read from a snapshot: its metric and fit, or why it is undefined. */
  private record Reading(String name, double weight, double fit, String detail, boolean present) {
    static Reading present(String name, double weight, double fit, String detail) {
      return new Reading(name, weight, fit, detail, true);
    }

    static Reading missing(String name, double weight, String reason) {
      return new Reading(name, weight, 0, reason, false);
    }
  }

  @Override
  public Score score(SegmentRow row) {
    if (row.segment().isUnknown()) {
      return stamp(
          Score.disqualified(
              "unknown cell " + row.segment() + ": no one can target accounts without the value"));
    }
    MetricsSnapshot s = row.snapshot();
    MetricResult<Interval> churn = s.monthlyChurnInterval();
    List<Reading> readings = List.of(retention(churn), ltvToCac(s), payback(s, churn));
    List<String> missing = new ArrayList<>();
    double presentWeight = 0;
    double allWeight = 0;
    for (Reading r : readings) {
      allWeight += r.weight();
      if (r.present()) {
        presentWeight += r.weight();
      } else {
        missing.add(r.name());
      }
    }
    MetricResult<Double> denominator = s.churnDenominator();
    if (!denominator.isDefined()) {
      return stamp(
          Score.insufficientData(
              "churn support is undefined ("
                  + denominator.undefinedReason().orElse("no churn rate")
                  + "); the segment is not scored",
              missing));
    }
    double support = denominator.orElseThrow();
    if (support < config.minSupport()) {
      return stamp(
          Score.insufficientData(
              "churn support "
                  + number(support)
                  + " is below the minimum "
                  + config.minSupport()
                  + "; a small segment is not scored",
              missing));
    }
    MissingPolicy policy = config.missingPolicy();
    double total = policy == MissingPolicy.NEUTRAL ? presentWeight : allWeight;
    if (!(total > 0)) {
      return stamp(Score.insufficientData("the attributes present all weigh 0", missing));
    }
    List<Scores.Draft> drafts = new ArrayList<>(readings.size());
    for (Reading r : readings) {
      double share = r.weight() / total;
      if (r.present()) {
        drafts.add(
            new Scores.Draft(
                r.name(),
                100 * share * r.fit(),
                r.detail()
                    + String.format(Locale.ROOT, "; fit %.3f x weight %.3f", r.fit(), share)));
      } else if (policy == MissingPolicy.ZERO) {
        drafts.add(new Scores.Draft(r.name(), 0, r.detail() + "; counted as fit 0"));
      } else if (policy == MissingPolicy.PENALTY) {
        drafts.add(
            new Scores.Draft(
                r.name(),
                -100 * share * config.penalty(),
                r.detail()
                    + String.format(
                        Locale.ROOT,
                        "; counted as fit -%.3f x weight %.3f",
                        config.penalty(),
                        share)));
      }
    }
    Score score = Score.scored(Scores.allocate(drafts), config.tiers());
    return stamp(score.withMissing(missing, !missing.isEmpty()));
  }

  private Reading retention(MetricResult<Interval> churn) {
    double w = config.retentionWeight();
    if (!churn.isDefined()) {
      return Reading.missing(RETENTION, w, "undefined: " + reason(churn));
    }
    double upper = churn.orElseThrow().upper();
    double retention = 1 - upper;
    return Reading.present(
        RETENTION,
        w,
        config.retention().fit(retention),
        String.format(Locale.ROOT, "1 - upper churn %.2f%% = %.4f", 100 * upper, retention));
  }

  private Reading ltvToCac(MetricsSnapshot s) {
    double w = config.ltvToCacWeight();
    MetricResult<Double> lower = s.ltvToCacLowerBound();
    if (!lower.isDefined()) {
      return Reading.missing(LTV_TO_CAC, w, "undefined: " + reason(lower));
    }
    double x = lower.orElseThrow();
    return Reading.present(
        LTV_TO_CAC, w, config.ltvToCac().fit(x), String.format(Locale.ROOT, "lower bound %.2f", x));
  }

  private Reading payback(MetricsSnapshot s, MetricResult<Interval> churn) {
    double w = config.paybackWeight();
    MetricResult<Money> cac = s.cac();
    MetricResult<Money> arpa = s.arpa();
    MetricResult<Double> margin = s.grossMarginRate();
    for (MetricResult<?> m : List.of(cac, arpa, margin, churn)) {
      if (!m.isDefined()) {
        return Reading.missing(PAYBACK, w, "undefined: " + reason(m));
      }
    }
    double upper = churn.orElseThrow().upper();
    int horizon = (int) Math.ceil(config.payback().zeroAt());
    PaybackPeriod p =
        Payback.churnAdjusted(
            cac.orElseThrow(),
            arpa.orElseThrow(),
            margin.orElseThrow(),
            PeriodRate.monthly(upper),
            horizon);
    String at =
        String.format(
            Locale.ROOT,
            " at upper churn %.2f%% (%s)",
            100 * upper,
            s.grossMarginKnown() ? "on gross margin" : "on revenue");
    if (p.isReached()) {
      double months = p.months().orElseThrow();
      return Reading.present(
          PAYBACK,
          w,
          config.payback().fit(months),
          String.format(Locale.ROOT, "%.2f months", months) + at);
    }
    String what = p instanceof PaybackPeriod.Never ? "never" : "not within " + horizon + " months";
    return Reading.present(PAYBACK, w, 0, what + at);
  }

  private static String reason(MetricResult<?> r) {
    return r.undefinedReason().orElse("undefined");
  }

  private static String number(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15
        ? Long.toString((long) x)
        : String.format(Locale.ROOT, "%.1f", x);
  }

  private static String plain(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }

  private Score stamp(Score s) {
    return s.withStrategy(config.id(), config.version());
  }

  @Override
  public String id() {
    return config.id();
  }

  @Override
  public String version() {
    return config.version();
  }

  /**
   * Returns {@code segment attractiveness segment-attractiveness 1: retention 0.8 -> 0.99 x 2,
   * ...}.
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "segment attractiveness %s %s: retention %s x %s, ltvToCac %s x %s, payback %s x %s,"
            + " min support %d, missing %s, tiers %s",
        config.id(),
        config.version(),
        config.retention(),
        plain(config.retentionWeight()),
        config.ltvToCac(),
        plain(config.ltvToCacWeight()),
        config.payback(),
        plain(config.paybackWeight()),
        config.minSupport(),
        config.missingPolicy(),
        config.tiers());
  }
}
