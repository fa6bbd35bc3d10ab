/**
 * Deterministic sample customer bases for examples, tests and JShell: {@link
 * dev.icpmetrics.sample.SampleBases#guideExample()} rebuilds the guide's example table (150 SMB,
 * 300 mid-market and 50 enterprise accounts) with a fixed seed, so that every run gives the same
 * accounts, opportunities and spend ledger.
 */
@NullMarked
package dev.icpmetrics.sample;

import org.jspecify.annotations.NullMarked;
