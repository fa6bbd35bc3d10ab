/**
 * Segment analysis: from a customer base to the Ideal Customer Profile, and how it drifts.
 *
 * <p>A {@link dev.icpmetrics.segment.Dimension} turns an account into one value (or several, for
 * pain points, trigger events and technologies); a {@link dev.icpmetrics.segment.Segmentation}
 * crosses one to three of them into cells ({@link dev.icpmetrics.segment.Segment}s), with an
 * explicit unknown value instead of dropping accounts. {@link
 * dev.icpmetrics.segment.SegmentAnalysis} tallies each cell over a window into an additive {@link
 * dev.icpmetrics.segment.MetricsSnapshot}, derives the metrics with the calculators of {@code
 * metrics}, assesses them against {@link dev.icpmetrics.segment.Targets}, recommends a {@link
 * dev.icpmetrics.segment.Play}, ranks the cells on pessimistic bounds and names the {@link
 * dev.icpmetrics.segment.IcpProfile}. {@link dev.icpmetrics.segment.SegmentComparison} compares two
 * reviews. The rules are written down in {@code docs/segments.md}.
 */
@NullMarked
package dev.icpmetrics.segment;

import org.jspecify.annotations.NullMarked;
