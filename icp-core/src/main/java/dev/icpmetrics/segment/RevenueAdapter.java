package dev.icpmetrics.segment;

import dev.icpmetrics.metrics.MetricResult;
import dev.icpmetrics.metrics.MrrMovements;
import dev.icpmetrics.model.Money;
import java.math.RoundingMode;

/**
 * A minimal adapter for ARPA, NRR and GRR from {@link MrrMovements}, used until the retention
 * issue's calculators are merged; it holds no definition of its own beyond the ones documented on
 * {@link MetricsSnapshot}.
 */
final class RevenueAdapter {
  private RevenueAdapter() {}

  static MetricResult<Money> arpa(MrrMovements m) {
    if (m.startCustomerCount() == 0) {
      return MetricResult.undefined("no customer paying at the start of the window");
    }
    return MetricResult.of(m.start().dividedBy(m.startCustomerCount(), RoundingMode.HALF_EVEN));
  }

  static MetricResult<Double> nrr(MrrMovements m) {
    if (m.startMinor() == 0) {
      return MetricResult.undefined("no MRR at the start of the window");
    }
    long kept = m.startMinor() + m.expansionMinor() - m.contractionMinor() - m.churnMinor();
    return MetricResult.of((double) kept / m.startMinor());
  }

  static MetricResult<Double> grr(MrrMovements m) {
    if (m.startMinor() == 0) {
      return MetricResult.undefined("no MRR at the start of the window");
    }
    return MetricResult.of((double) m.grrRetainedMinor() / m.startMinor());
  }
}
