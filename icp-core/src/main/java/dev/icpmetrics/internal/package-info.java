/**
 * Helpers shared by every package: argument checks that produce the library's error messages.
 * Internal: not exported from the module, depends on the JDK only.
 */
@NullMarked
package dev.icpmetrics.internal;

import org.jspecify.annotations.NullMarked;
