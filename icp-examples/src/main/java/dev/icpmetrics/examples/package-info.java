/**
 * The quick start: {@link dev.icpmetrics.examples.QuickStart}, the main class of {@code
 * icp-quickstart.jar}, analyses the bundled sample base or the user's CSV files; {@link
 * dev.icpmetrics.examples.SampleData} writes the bundled sample base as the CSV files of {@code
 * examples/data/}. Not a library: never installed or deployed.
 */
@NullMarked
package dev.icpmetrics.examples;

import org.jspecify.annotations.NullMarked;
