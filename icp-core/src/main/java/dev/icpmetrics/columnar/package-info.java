/**
 * The columnar customer base: one primitive array per attribute, and the kernels that walk them.
 *
 * <p>{@link dev.icpmetrics.columnar.CustomerBase} is an immutable struct of arrays built by its
 * {@link dev.icpmetrics.columnar.CustomerBase.Builder}, from {@link dev.icpmetrics.model.Account}
 * records or from raw column values without an object per row. Categories are dictionary codes,
 * multi-valued tags are bitsets, dates are epoch days, money is {@code long} minor units of the
 * base's one currency, and every nullable column has an explicit missing bitmap. {@link
 * dev.icpmetrics.columnar.SyntheticBase} generates realistic bases of any size from a seed. The
 * kernels produce per-segment tallies in one pass ({@link dev.icpmetrics.columnar.ColumnarMetrics})
 * and score a whole base at once ({@link dev.icpmetrics.columnar.ColumnarFit}). The per-segment
 * kernel is scalar, or on the incubating Vector API when the JVM runs with {@code --add-modules
 * jdk.incubator.vector} ({@link dev.icpmetrics.columnar.ColumnarMetrics#kernel()}).
 */
@NullMarked
package dev.icpmetrics.columnar;

import org.jspecify.annotations.NullMarked;
