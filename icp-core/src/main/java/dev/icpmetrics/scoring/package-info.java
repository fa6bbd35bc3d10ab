/**
 * Scoring companies, accounts and segments by ICP fit, with the evidence behind every score.
 *
 * <p>{@link dev.icpmetrics.scoring.ScoringStrategy} is the extension point: a lambda is a valid
 * strategy, and the built-ins come from its static factories (weighted fit, rules and points, the
 * learned segment rate and evidence scorecard, and segment attractiveness over {@link
 * dev.icpmetrics.segment.SegmentRow}s). Every {@link dev.icpmetrics.scoring.Score} has a status, a
 * value in [0, 100] on a fixed-point scale of 0.01 point, a {@link dev.icpmetrics.scoring.Tier}
 * from a {@link dev.icpmetrics.scoring.TierPolicy}, and contributions that sum exactly to the
 * value. Fit stays separate from engagement: {@link dev.icpmetrics.scoring.Combiners} joins them
 * explicitly. {@link dev.icpmetrics.scoring.Evaluation} and {@link dev.icpmetrics.scoring.Backtest}
 * prove tiers against outcomes.
 *
 * <p>Strategies are {@link java.io.Serializable} and configured by immutable records, so that a
 * distributed engine can ship them to its workers.
 */
@NullMarked
package dev.icpmetrics.scoring;

import org.jspecify.annotations.NullMarked;
