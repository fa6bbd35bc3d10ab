/**
 * Pure calculators for the metrics of an ICP analysis: churn and retention, revenue movements,
 * cohorts and survival, CLV, CAC and payback. Every calculator is a final class of static,
 * thread-safe methods; every metric is computed under a named, immutable policy that its result
 * carries; an undefined result is a {@link dev.icpmetrics.metrics.MetricResult.Undefined} with its
 * reason, never 0, NaN or infinity.
 */
@NullMarked
package dev.icpmetrics.metrics;

import org.jspecify.annotations.NullMarked;
