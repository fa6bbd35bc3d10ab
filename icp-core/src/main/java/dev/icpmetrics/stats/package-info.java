/**
 * Numerical kernels used by the calculators: binomial and Poisson intervals, the normal quantile,
 * log-gamma and beta functions, Gauss's hypergeometric function and a small optimizer.
 *
 * <p>Internal: not exported from the module, depends on the JDK only, and may change in any
 * release.
 */
@NullMarked
package dev.icpmetrics.stats;

import org.jspecify.annotations.NullMarked;
