package dev.icpmetrics.columnar;

import dev.icpmetrics.metrics.Window;

/** Chooses the kernel implementation. */
final class Kernels {
  private Kernels() {}

  static SegmentKernel segmentKernel(
      CustomerBase base, SegmentKernel.Layout layout, Window window, int reactivationWindowDays) {
    return new SegmentKernel(base, layout, window, reactivationWindowDays);
  }
}
