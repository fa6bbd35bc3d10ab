package dev.icpmetrics.segment;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.metrics.Interval;
import dev.icpmetrics.metrics.MetricResult;

/**
 * One check of one segment against its target, with the numbers behind it.
 *
 * @param criterion what was checked
 * @param verdict pass, fail or insufficient data
 * @param observed the observed value: a monthly churn rate in [0, 1], an LTV:CAC ratio, or a
 *     payback in months; undefined when it cannot be computed (the reason says why)
 * @param interval the observed value's confidence interval where one is known (churn, and LTV:CAC
 *     implied by the churn interval), undefined otherwise
 * @param target the target: the churn ceiling (churn must stay under it), the minimum LTV:CAC, or
 *     the maximum payback months
 * @param explanation a sentence that states the numbers and the verdict
 */
public record Finding(
    Criterion criterion,
    Verdict verdict,
    MetricResult<Double> observed,
    MetricResult<Interval> interval,
    double target,
    String explanation) {

  /** Validates the fields. */
  public Finding {
    requireNonNull(criterion, "criterion");
    requireNonNull(verdict, "verdict");
    requireNonNull(observed, "observed");
    requireNonNull(interval, "interval");
    Checks.positive("target", target);
    Checks.notBlank("explanation", explanation);
  }

  /** Returns {@code MONTHLY_CHURN fail: <explanation>}. */
  @Override
  public String toString() {
    return criterion + " " + verdict.label() + ": " + explanation;
  }
}
