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
    boolean supported = s.churnDenominator() >= minSupport;

    Finding churn = churnFinding(segment, s, table, kind, ceiling, supported, minSupport);
    Finding ltv = ltvFinding(s, econ, supported);
    Finding payback = paybackFinding(s, econ, supported);
    List<Finding> findings = List.of(churn, ltv, payback);

    Verdict overall = Verdict.PASS;
    for (Finding f : findings) {
      if (f.verdict() == Verdict.FAIL) {
        overall = Verdict.FAIL;
        break;
      }
      if (f.verdict() == Verdict.INSUFFICIENT_DATA) {
        overall = Verdict.INSUFFICIENT_DATA;
      }
    }

    Play play;
    String reason;
    MetricResult<Double> ratio = s.ltvToCac();
    if (churn.verdict() == Verdict.INSUFFICIENT_DATA) {
      play = Play.COLLECT_MORE_DATA;
      reason =
          String.format(
              Locale.ROOT,
              "%s at risk, below the minimum support of %d",
              Format.plain(s.churnDenominator()),
              minSupport);
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
      double retention = ratioOf(s.monthlyChurnRate(), all.monthlyChurnRate());
      double acquisition = Math.max(0.0, Math.max(cacIndex(s, all), cycleIndex(s, all)));
      String numbers =
          String.format(
              Locale.ROOT,
              "retention index %.2f (churn over the base's), acquisition index %.2f (CAC or"
                  + " median sales cycle over the base's)",
              retention,
              acquisition);
      if (acquisition > retention) {
        play = Play.CHEAPER_ACQUISITION_SHORTER_CYCLE;
        reason =
            "churn misses its target, but acquisition compares worse with the base: " + numbers;
      } else {
        play = Play.RETENTION_AND_ONBOARDING;
        reason = "churn misses its target and compares worst with the base: " + numbers;
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
              Format.plain(s.churnDenominator()),
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
      if (o.churnDenominator() < minSupport || !r.isDefined()) {
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
        s.churnedCount(),
        Format.plain(s.churnDenominator()),
        ci);
  }

  private static Finding ltvFinding(MetricsSnapshot s, EconomicsTargets econ, boolean supported) {
    MetricResult<Double> ratio = s.ltvToCac();
    MetricResult<Double> lower = s.ltvToCacLowerBound();
    MetricResult<Interval> interval = ltvInterval(s);
    double target = econ.minLtvToCac();
    String t = String.format(Locale.ROOT, "the minimum of %s", num(target));
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

  private static double ratioOf(MetricResult<Double> a, MetricResult<Double> b) {
    if (!a.isDefined() || !b.isDefined() || b.orElseThrow() == 0.0) {
      return 0.0;
    }
    return a.orElseThrow() / b.orElseThrow();
  }

  private static double cacIndex(MetricsSnapshot s, MetricsSnapshot all) {
    MetricResult<Money> a = s.cac();
    MetricResult<Money> b = all.cac();
    if (!a.isDefined() || !b.isDefined() || b.orElseThrow().isZero()) {
      return 0.0;
    }
    return a.orElseThrow()
        .amount()
        .divide(b.orElseThrow().amount(), MathContext.DECIMAL64)
        .doubleValue();
  }

  private static double cycleIndex(MetricsSnapshot s, MetricsSnapshot all) {
    return ratioOf(
        s.opportunities().medianSalesCycleDays(), all.opportunities().medianSalesCycleDays());
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
