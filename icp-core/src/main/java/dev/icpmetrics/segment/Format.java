package dev.icpmetrics.segment;

import dev.icpmetrics.metrics.Interval;
import dev.icpmetrics.metrics.MetricResult;
import dev.icpmetrics.metrics.PaybackPeriod;
import dev.icpmetrics.model.Money;
import java.math.RoundingMode;
import java.util.Locale;

/** Text forms shared by the reports: percentages, ratios, money, payback, days. */
final class Format {
  static final String NONE = "-";

  private Format() {}

  /** Returns {@code 150} for a whole number, {@code 150.5} otherwise. */
  static String plain(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15
        ? Long.toString((long) x)
        : String.format(Locale.ROOT, "%.1f", x);
  }

  static String percent(MetricResult<Double> r) {
    return r.isDefined() ? String.format(Locale.ROOT, "%.2f%%", 100 * r.orElseThrow()) : NONE;
  }

  static String churn(MetricResult<Double> rate, MetricResult<Interval> interval) {
    if (!rate.isDefined()) {
      return NONE;
    }
    String p = percent(rate);
    if (!interval.isDefined()) {
      return p;
    }
    Interval i = interval.orElseThrow();
    return String.format(Locale.ROOT, "%s [%.2f%%, %.2f%%]", p, 100 * i.lower(), 100 * i.upper());
  }

  static String ratio(MetricResult<Double> r) {
    return r.isDefined() ? String.format(Locale.ROOT, "%.2f", r.orElseThrow()) : NONE;
  }

  /** Money rounded to whole units with a thousands separator: {@code $2,400} style, code first. */
  static String money(MetricResult<Money> m) {
    if (!m.isDefined()) {
      return NONE;
    }
    Money v = m.orElseThrow();
    return String.format(
        Locale.ROOT,
        "%s %,d",
        v.currency().getCurrencyCode(),
        v.amount().setScale(0, RoundingMode.HALF_EVEN).longValueExact());
  }

  static String payback(MetricResult<PaybackPeriod> p) {
    if (!p.isDefined()) {
      return NONE;
    }
    PaybackPeriod v = p.orElseThrow();
    if (v.isReached()) {
      return String.format(Locale.ROOT, "%.1f mo", v.months().orElseThrow());
    }
    return v instanceof PaybackPeriod.Never ? "never" : "beyond horizon";
  }

  static String days(MetricResult<Double> d) {
    return d.isDefined() ? String.format(Locale.ROOT, "%.1f", d.orElseThrow()) : NONE;
  }
}
