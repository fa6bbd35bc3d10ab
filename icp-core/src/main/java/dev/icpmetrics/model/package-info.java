/**
 * The domain model of an ICP analysis: exact {@link dev.icpmetrics.model.Money}, rates that carry
 * their period, companies with their firmographics and technographics, buyer personas, accounts
 * with their subscription lifecycle, MRR history and acquisition, opportunities and acquisition
 * spend.
 *
 * <ul>
 *   <li>Who: {@link dev.icpmetrics.model.Company} (with {@link dev.icpmetrics.model.Industry},
 *       {@link dev.icpmetrics.model.NaicsCode}, {@link dev.icpmetrics.model.GrowthStage}, {@link
 *       dev.icpmetrics.model.Location}, {@link dev.icpmetrics.model.TechStack}), {@link
 *       dev.icpmetrics.model.BuyerPersona} and the qualitative {@link
 *       dev.icpmetrics.model.Insights}.
 *   <li>When and how much: {@link dev.icpmetrics.model.Account} with its {@link
 *       dev.icpmetrics.model.SubscriptionLifecycle}, {@link dev.icpmetrics.model.MrrHistory} and
 *       {@link dev.icpmetrics.model.Acquisition}; {@link dev.icpmetrics.model.Opportunity}; {@link
 *       dev.icpmetrics.model.AcquisitionSpend}, joined to accounts by {@link
 *       dev.icpmetrics.model.Channel}.
 *   <li>Taxonomies: {@link dev.icpmetrics.model.SizePolicy} and its {@link
 *       dev.icpmetrics.model.SizeBand}s; UN M49 {@link dev.icpmetrics.model.GeoRegion}s and {@link
 *       dev.icpmetrics.model.GeoSubRegion}s; user-defined {@link
 *       dev.icpmetrics.model.SalesRegionScheme}s.
 * </ul>
 *
 * <p>Every type is immutable and validates on construction: nothing invalid can be built, and an
 * error message reads {@code <field> must <rule>, got <value>}. No method accepts or returns {@code
 * null}; absent values are {@code Optional} results. Dates are {@link java.time.LocalDate} days,
 * months {@link java.time.YearMonth}, and every window is half-open, {@code [from, to)}.
 */
@NullMarked
package dev.icpmetrics.model;

import org.jspecify.annotations.NullMarked;
