package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One cell of a {@link CohortMatrix}: either observed, with its numerator and base, or not yet
 * observable at the matrix's as-of date. An incomplete cell is never shown as 0.
 */
public sealed interface CohortCell permits CohortCell.Observed, CohortCell.Incomplete {

  /** Returns true if every member of the cohort could be observed at this age. */
  boolean isComplete();

  /**
   * Returns the retention of the cell: {@code retained / base}, undefined when not observable or
   * when the base is zero.
   */
  MetricResult<Double> rate();

  /**
   * An observed cell: {@code retained} customers (or minor units of MRR) out of {@code base}.
   *
   * @param retained customers active, or MRR in minor units, at this age; {@code >= 0}
   * @param base the cohort's size, or its MRR at acquisition in minor units; {@code >= 0}
   */
  record Observed(long retained, long base) implements CohortCell {
    /** Validates the counts. */
    public Observed {
      Checks.nonNegative("retained", retained);
      Checks.nonNegative("base", base);
    }

    @Override
    public boolean isComplete() {
      return true;
    }

    /** Returns {@code retained / base} (above 1 for expanding revenue), undefined at base 0. */
    @Override
    public MetricResult<Double> rate() {
      if (base == 0) {
        return MetricResult.undefined("the cohort has no base (0)");
      }
      return MetricResult.of((double) retained / base);
    }

    /** Returns {@code 87.5%}, or {@code n/a} when the base is zero. */
    @Override
    public String toString() {
      return base == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * retained / base);
    }
  }

  /**
   * A cell that the as-of date does not yet let us observe for every member of the cohort.
   *
   * @param observableOn the first as-of date on which the cell will be complete
   */
  record Incomplete(LocalDate observableOn) implements CohortCell {
    /** Validates the date. */
    public Incomplete {
      requireNonNull(observableOn, "observableOn");
    }

    @Override
    public boolean isComplete() {
      return false;
    }

    @Override
    public MetricResult<Double> rate() {
      return MetricResult.undefined("not observable before " + observableOn);
    }

    /** Returns {@code --}. */
    @Override
    public String toString() {
      return "--";
    }
  }
}
