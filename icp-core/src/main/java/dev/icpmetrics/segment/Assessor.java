package dev.icpmetrics.segment;

import dev.icpmetrics.metrics.EconomicsTargets;
import dev.icpmetrics.metrics.Interval;
import dev.icpmetrics.metrics.MetricResult;
import dev.icpmetrics.metrics.PaybackPeriod;
import dev.icpmetrics.model.Money;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Applies the finding and play rules documented on {@link Assessment}. */
final class Assessor {
  private Assessor() {}

  static Assessment assess(
      Segment segment,
      MetricsSnapshot s,
      MetricsSnapshot all,
      Map<Segment, MetricsSnapshot> table,
      Targets targets,
      long minSupport) {
    SegmentKind kind = targets.kindOf(segment);
    double ceiling = targets.monthlyChurnCeiling(kind);
    EconomicsTargets econ = targets.economics(kind);
    MetricResult<Double> support = s.churnDenominator();
    boolean supported = support.isDefined() && support.orElseThrow() >= minSupport;

    Finding churn = churnFinding(segment, s, table, kind, ceiling, supported, minSupport);
    Finding ltv = ltvFinding(s, econ, supported);
    Finding payback = paybackFinding(s, econ, supported);
    List<Finding> findings = List.of(churn, ltv, payback);

    Verdict overall = Assessment.verdictOf(findings);

    Play play;
    String reason;
    MetricResult<Double> ratio = s.ltvToCac();
    if (churn.verdict() == Verdict.INSUFFICIENT_DATA) {
      play = Play.COLLECT_MORE_DATA;
      reason =
          String.format(
              Locale.ROOT,
              "%s at risk, below the minimum support of %d",
              support.isDefined() ? Format.plain(support.orElseThrow()) : "no customer",
              minSupport);
    } else if (overall == Verdict.INSUFFICIENT_DATA) {
      play = Play.COLLECT_MORE_DATA;
      reason =
          "churn is judged but "
              + (ltv.verdict() != Verdict.INSUFFICIENT_DATA
                  ? "payback"
                  : payback.verdict() == Verdict.INSUFFICIENT_DATA
                      ? "LTV:CAC and payback"
                      : "LTV:CAC")
              + " cannot be: no growth play is chosen for an unjudged segment";
    } else if (churn.verdict() == Verdict.FAIL && ltv.verdict() == Verdict.FAIL) {
      play = Play.DEPRIORITISE;
      reason = "both churn and LTV:CAC miss their targets: no single lever fixes value and cost";
    } else if (ratio.isDefined() && ratio.orElseThrow() < 1.0) {
      play = Play.DEPRIORITISE;
      reason =
          String.format(
              Locale.ROOT,
              "LTV:CAC %.2f is below 1: every customer costs more than it returns",
              ratio.orElseThrow());
    } else if (churn.verdict() == Verdict.PASS
        && ltv.verdict() != Verdict.FAIL
        && payback.verdict() != Verdict.FAIL) {
      play = Play.UPSELL_AND_CROSS_SELL;
      reason = "no target is missed: grow the segment's revenue per account";
    } else if (churn.verdict() == Verdict.PASS) {
      play = Play.CHEAPER_ACQUISITION_SHORTER_CYCLE;
      reason = "churn meets its target but the acquisition economics miss theirs";
    } else {
      MetricResult<Double> retention = ratioOf(s.monthlyChurnRate(), all.monthlyChurnRate());
      MetricResult<Double> cac = cacIndex(s, all);
      MetricResult<Double> cycle = cycleIndex(s, all);
      MetricResult<Double> acquisition = larger(cac, cycle);
      String numbers =
          (retention.isDefined()
                  ? String.format(
                      Locale.ROOT,
                      "retention index %.2f (churn over the base's)",
                      retention.orElseThrow())
                  : "retention index unknown (the base's churn is undefined or 0)")
              + ", "
              + acquisitionText(acquisition, cac, cycle);
      if (retention.isDefined()
          && acquisition.isDefined()
          && acquisition.orElseThrow() > retention.orElseThrow()) {
        play = Play.CHEAPER_ACQUISITION_SHORTER_CYCLE;
        reason =
            "churn misses its target, but acquisition compares worse with the base: " + numbers;
      } else if (retention.isDefined() && acquisition.isDefined()) {
        play = Play.RETENTION_AND_ONBOARDING;
        reason = "churn misses its target and compares worst with the base: " + numbers;
      } else {
        play = Play.RETENTION_AND_ONBOARDING;
        reason =
            "churn misses its target and the indices cannot be compared, so the play attacks the"
                + " lever known to miss: "
                + numbers;
      }
    }
    return new Assessment(segment, kind, findings, overall, play, reason);
  }

  private static Finding churnFinding(
      Segment segment,
      MetricsSnapshot s,
      Map<Segment, MetricsSnapshot> table,
      SegmentKind kind,
      double ceiling,
      boolean supported,
      long minSupport) {
    MetricResult<Double> rate = s.monthlyChurnRate();
    MetricResult<Interval> interval = s.monthlyChurnInterval();
    String target = String.format(Locale.ROOT, "the %s ceiling of %s", kind.label(), pct(ceiling));
    if (!rate.isDefined()) {
      return new Finding(
          Criterion.MONTHLY_CHURN,
          Verdict.INSUFFICIENT_DATA,
          rate,
          interval,
          ceiling,
          "monthly churn is undefined ("
              + rate.undefinedReason().orElse("no data")
              + "), so it cannot be judged against "
              + target);
    }
    double c = rate.orElseThrow();
    String numbers = churnNumbers(s, c, interval);
    if (!supported) {
      return new Finding(
          Criterion.MONTHLY_CHURN,
          Verdict.INSUFFICIENT_DATA,
          rate,
          interval,
          ceiling,
          String.format(
              Locale.ROOT,
              "only %s at risk, below the minimum support of %d: %s is shown but not"
                  + " judged against %s",
              Format.plain(s.churnDenominator().orElseThrow()),
              minSupport,
              numbers,
              target));
    }
    boolean pass = c < ceiling;
    StringBuilder e = new StringBuilder(numbers);
    e.append(pass ? " is under " : " is not under ").append(target);
    if (!pass && isLowestChurn(segment, c, table, minSupport)) {
      e.append(", although it is the lowest churn in the table");
    }
    if (interval.isDefined() && interval.orElseThrow().contains(ceiling)) {
      e.append(
          String.format(
              Locale.ROOT,
              "; the %s interval includes the ceiling, so the %s is not significant",
              level(interval.orElseThrow()),
              pass ? "pass" : "miss"));
    }
    return new Finding(
        Criterion.MONTHLY_CHURN,
        pass ? Verdict.PASS : Verdict.FAIL,
        rate,
        interval,
        ceiling,
        e.toString());
  }

  private static boolean isLowestChurn(
      Segment segment, double c, Map<Segment, MetricsSnapshot> table, long minSupport) {
    int others = 0;
    for (Map.Entry<Segment, MetricsSnapshot> e : table.entrySet()) {
      if (e.getKey().equals(segment) || e.getKey().isUnknown()) {
        continue;
      }
      MetricsSnapshot o = e.getValue();
      MetricResult<Double> r = o.monthlyChurnRate();
      MetricResult<Double> d = o.churnDenominator();
      if (!d.isDefined() || d.orElseThrow() < minSupport || !r.isDefined()) {
        continue;
      }
      others++;
      if (r.orElseThrow() <= c) {
        return false;
      }
    }
    return others > 0;
  }

  private static String churnNumbers(MetricsSnapshot s, double c, MetricResult<Interval> i) {
    String ci =
        i.isDefined()
            ? String.format(
                Locale.ROOT,
                ", %s [%s, %s]",
                level(i.orElseThrow()),
                pct(i.orElseThrow().lower()),
                pct(i.orElseThrow().upper()))
            : "";
    return String.format(
        Locale.ROOT,
        "monthly churn %s (%d of %s%s)",
        pct(c),
        s.churnedCount().orElseThrow(),
        Format.plain(s.churnDenominator().orElseThrow()),
        ci);
  }

  private static Finding ltvFinding(MetricsSnapshot s, EconomicsTargets econ, boolean supported) {
    MetricResult<Double> ratio = s.ltvToCac();
    MetricResult<Double> lower = s.ltvToCacLowerBound();
    MetricResult<Interval> interval = ltvInterval(s);
    double target = econ.minLtvToCac();
    String t = String.format(Locale.ROOT, "the minimum of %s", num(target));
    MetricResult<Interval> churnInterval = s.monthlyChurnInterval();
    boolean zeroChurn =
        s.monthlyChurnRate().isDefined() && s.monthlyChurnRate().orElseThrow() == 0.0;
    if (!ratio.isDefined()
        && supported
        && zeroChurn
        && lower.isDefined()
        && churnInterval.isDefined()
        && churnInterval.orElseThrow().upper() > 0.0) {
      // No churn: the point CLV is unbounded, not missing. Judge on the pessimistic ratio.
      double pessimistic = lower.orElseThrow();
      boolean pass = econ.meetsLtvToCac(lower);
      return new Finding(
          Criterion.LTV_TO_CAC,
          pass ? Verdict.PASS : Verdict.FAIL,
          ratio,
          interval,
          target,
          String.format(
              Locale.ROOT,
              "LTV:CAC is unbounded at zero churn; judged at the upper churn bound %s: %.2f (CAC"
                  + " %s)%s%s",
              pct(churnInterval.orElseThrow().upper()),
              pessimistic,
              s.cac().orElseThrow(),
              pass ? " meets " : " is below ",
              t));
    }
    if (!ratio.isDefined()) {
      return new Finding(
          Criterion.LTV_TO_CAC,
          Verdict.INSUFFICIENT_DATA,
          ratio,
          interval,
          target,
          "LTV:CAC is undefined ("
              + ratio.undefinedReason().orElse("")
              + "), not judged against "
              + t);
    }
    double r = ratio.orElseThrow();
    String numbers =
        String.format(
            Locale.ROOT,
            "LTV:CAC %.2f (CLV %s / CAC %s%s)",
            r,
            s.clv().orElseThrow(),
            s.cac().orElseThrow(),
            lower.isDefined()
                ? String.format(Locale.ROOT, "; %.2f at the upper churn bound", lower.orElseThrow())
                : "");
    if (!supported) {
      return new Finding(
          Criterion.LTV_TO_CAC,
          Verdict.INSUFFICIENT_DATA,
          ratio,
          interval,
          target,
          numbers + " is not judged: its churn has insufficient data");
    }
    boolean pass = econ.meetsLtvToCac(ratio);
    return new Finding(
        Criterion.LTV_TO_CAC,
        pass ? Verdict.PASS : Verdict.FAIL,
        ratio,
        interval,
        target,
        numbers + (pass ? " meets " : " is below ") + t);
  }

  private static MetricResult<Interval> ltvInterval(MetricsSnapshot s) {
    MetricResult<Double> lower = s.ltvToCacLowerBound();
    MetricResult<Double> upper = s.ltvToCacUpperBound();
    MetricResult<Interval> churn = s.monthlyChurnInterval();
    if (!lower.isDefined() || !upper.isDefined() || !churn.isDefined()) {
      return MetricResult.undefined("LTV:CAC has no bounded interval");
    }
    return MetricResult.of(
        new Interval(lower.orElseThrow(), upper.orElseThrow(), churn.orElseThrow().level()));
  }

  private static Finding paybackFinding(
      MetricsSnapshot s, EconomicsTargets econ, boolean supported) {
    MetricResult<PaybackPeriod> p = s.payback();
    double target = econ.maxPaybackMonths();
    String t = String.format(Locale.ROOT, "the maximum of %s months", num(target));
    MetricResult<Interval> none = MetricResult.undefined("payback has no interval here");
    if (!p.isDefined()) {
      return new Finding(
          Criterion.PAYBACK,
          Verdict.INSUFFICIENT_DATA,
          MetricResult.undefined(p.undefinedReason().orElse("no payback")),
          none,
          target,
          "payback is undefined (" + p.undefinedReason().orElse("") + "), not judged against " + t);
    }
    PaybackPeriod period = p.orElseThrow();
    MetricResult<Double> months =
        period.isReached()
            ? MetricResult.of(period.months().orElseThrow())
            : MetricResult.undefined("the acquisition cost is never recovered");
    String numbers =
        period.isReached()
            ? String.format(
                Locale.ROOT,
                "payback %.2f months (CAC %s / %s %s a month)",
                period.months().orElseThrow(),
                s.cac().orElseThrow(),
                s.paybackBasisLabel(),
                s.arpa().orElseThrow())
            : "the acquisition cost is never recovered (" + period + ")";
    if (!supported) {
      return new Finding(
          Criterion.PAYBACK,
          Verdict.INSUFFICIENT_DATA,
          months,
          none,
          target,
          numbers + " is not judged: its churn has insufficient data");
    }
    boolean pass = econ.meetsPayback(period);
    return new Finding(
        Criterion.PAYBACK,
        pass ? Verdict.PASS : Verdict.FAIL,
        months,
        none,
        target,
        numbers + (pass ? " is within " : " exceeds ") + t);
  }

  private static MetricResult<Double> ratioOf(MetricResult<Double> a, MetricResult<Double> b) {
    if (!a.isDefined() || !b.isDefined() || b.orElseThrow() == 0.0) {
      return MetricResult.undefined("an index needs both values and a base value above 0");
    }
    return MetricResult.of(a.orElseThrow() / b.orElseThrow());
  }

  private static MetricResult<Double> cacIndex(MetricsSnapshot s, MetricsSnapshot all) {
    MetricResult<Money> a = s.cac();
    MetricResult<Money> b = all.cac();
    if (!a.isDefined() || !b.isDefined() || b.orElseThrow().isZero()) {
      return MetricResult.undefined("the CAC index needs both CACs and a base CAC above 0");
    }
    return MetricResult.of(
        a.orElseThrow()
            .amount()
            .divide(b.orElseThrow().amount(), MathContext.DECIMAL64)
            .doubleValue());
  }

  private static MetricResult<Double> cycleIndex(MetricsSnapshot s, MetricsSnapshot all) {
    return ratioOf(
        s.opportunities().medianSalesCycleDays(), all.opportunities().medianSalesCycleDays());
  }

  /** Returns the larger of the defined terms, undefined when neither is. */
  private static MetricResult<Double> larger(MetricResult<Double> a, MetricResult<Double> b) {
    if (!a.isDefined()) {
      return b;
    }
    if (!b.isDefined()) {
      return a;
    }
    return MetricResult.of(Math.max(a.orElseThrow(), b.orElseThrow()));
  }

  private static String acquisitionText(
      MetricResult<Double> acquisition, MetricResult<Double> cac, MetricResult<Double> cycle) {
    if (!acquisition.isDefined()) {
      return "acquisition index unknown (neither CAC nor median sales cycle is defined for the"
          + " segment and the base)";
    }
    String terms;
    if (cac.isDefined() && cycle.isDefined()) {
      terms = "CAC or median sales cycle over the base's";
    } else if (cac.isDefined()) {
      terms = "CAC over the base's; sales cycle index unknown";
    } else {
      terms = "median sales cycle over the base's; CAC index unknown";
    }
    return String.format(
        Locale.ROOT, "acquisition index %.2f (%s)", acquisition.orElseThrow(), terms);
  }

  static String pct(double x) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * x);
  }

  static String num(double x) {
    return x == Math.rint(x) ? String.format(Locale.ROOT, "%.0f", x) : Double.toString(x);
  }

  static String level(Interval i) {
    double p = 100 * i.level();
    return (p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f", p) : Double.toString(p)) + "%";
  }
}
