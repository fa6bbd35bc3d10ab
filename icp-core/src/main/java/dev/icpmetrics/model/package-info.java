/**
 * The domain model of an ICP analysis: exact {@link dev.icpmetrics.model.Money}, rates that carry
 * their period, companies with their firmographics and technographics, buyer personas, accounts
 * with their subscription lifecycle, MRR history and acquisition, opportunities and acquisition
 * spend.
 *
 * <p>Every type is immutable and validates on construction: nothing invalid can be built, and an
 * error message reads {@code <field> must <rule>, got <value>}. No method accepts or returns {@code
 * null}.
 */
@NullMarked
package dev.icpmetrics.model;

import org.jspecify.annotations.NullMarked;
