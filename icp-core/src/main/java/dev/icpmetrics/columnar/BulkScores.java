package dev.icpmetrics.columnar;

import dev.icpmetrics.scoring.Tier;
import dev.icpmetrics.scoring.TierPolicy;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The scores of every row of a base from {@link ColumnarFit}: a value in [0, 100] per row (a
 * multiple of 0.01, stored as a {@code float}), whether it was scored, and the counts per tier.
 * Immutable.
 */
public final class BulkScores {
  private final float[] values;
  private final long[] unscored;
  private final long[] counts;
  private final TierPolicy tiers;

  BulkScores(float[] values, long[] unscored, long[] counts, TierPolicy tiers) {
    this.values = values;
    this.unscored = unscored;
    this.counts = counts;
    this.tiers = tiers;
  }

  /** Returns the number of rows. */
  public int rowCount() {
    return values.length;
  }

  /**
   * Returns the value of a row, in [0, 100]; 0 for a row that was not scored.
   *
   * @param row the row
   * @return the value
   */
  public float value(int row) {
    checkRow(row);
    return values[row];
  }

  /** Returns true if the row was scored; false for insufficient data. */
  public boolean isScored(int row) {
    checkRow(row);
    return !Bits.get(unscored, row);
  }

  /** Returns the tier of a row, or empty if it was not scored. */
  public Optional<Tier> tier(int row) {
    return isScored(row) ? Optional.of(tiers.tierOf(values[row])) : Optional.empty();
  }

  /** Returns a copy of every row's value, in row order. */
  public float[] values() {
    return values.clone();
  }

  /** Returns the number of rows of each tier, best first; unscored rows are in no tier. */
  public Map<Tier, Long> tierCounts() {
    EnumMap<Tier, Long> m = new EnumMap<>(Tier.class);
    for (Tier t : Tier.values()) {
      m.put(t, counts[t.rank() - 1]);
    }
    return m;
  }

  /** Returns the number of rows not scored for insufficient data. */
  public long unscoredCount() {
    return counts[4];
  }

  /** Returns the tier policy the tiers come from. */
  public TierPolicy tierPolicy() {
    return tiers;
  }

  private void checkRow(int row) {
    if (row < 0 || row >= values.length) {
      throw new IndexOutOfBoundsException("row must be in [0, " + values.length + "), got " + row);
    }
  }

  /** Returns {@code BulkScores[1000 rows: A 12, B 80, C 300, D 600, unscored 8; A >= 80, ...]}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "BulkScores[%d rows: A %d, B %d, C %d, D %d, unscored %d; %s]",
        values.length,
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        counts[4],
        tiers);
  }
}
