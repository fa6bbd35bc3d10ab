/**
 * icp-metrics: find the Ideal Customer Profile of a SaaS business in its own customer data.
 *
 * <p>Exported packages:
 *
 * <ul>
 *   <li>{@link dev.icpmetrics.model}: the immutable domain model (money, companies, buyers,
 *       accounts and their lifecycles).
 *   <li>{@link dev.icpmetrics.metrics}: pure calculators for churn, retention, survival, CLV, CAC
 *       and payback, each under an explicit policy.
 *   <li>{@link dev.icpmetrics.segment}: segment analysis, from dimensions and targets to the ICP
 *       and its drift between reviews.
 *   <li>{@link dev.icpmetrics.scoring}: pluggable ICP-fit scoring with explained scores, tiers,
 *       combiners and evaluation against outcomes.
 *   <li>{@link dev.icpmetrics.columnar}: the columnar customer base for millions of accounts, its
 *       builder, the seeded synthetic generator, and the single-pass per-segment and scoring
 *       kernels.
 *   <li>{@link dev.icpmetrics.sample}: deterministic sample bases, the guide's example first.
 *   <li>{@link dev.icpmetrics.io}: CSV import and export of the library's files and reports.
 * </ul>
 *
 * <p>The only runtime dependency is {@code org.slf4j}. Everything else, including the numerical
 * kernels in {@code dev.icpmetrics.stats}, stays internal.
 */
module dev.icpmetrics.core {
  requires org.slf4j;
  requires static org.jspecify;

  exports dev.icpmetrics.model;
  exports dev.icpmetrics.metrics;
  exports dev.icpmetrics.io;
  exports dev.icpmetrics.segment;
  exports dev.icpmetrics.sample;
  exports dev.icpmetrics.scoring;
  exports dev.icpmetrics.columnar;

  uses dev.icpmetrics.scoring.ScoringStrategyProvider;
}
