package dev.icpmetrics.columnar;

/**
 * The multi-valued tag columns of a {@link CustomerBase}, each stored as a bitset per row over a
 * dictionary of tags: {@code ceil(tags / 64)} {@code long} words per row.
 *
 * <p>As a {@link SegmentColumn} of {@link ColumnarMetrics} a tag column is multi-valued like the
 * record path's {@code Dimension.painPoint()} and {@code Dimension.technology()}: a row counts in
 * the cell of each of its tags, and in the unknown cell when it has none. Every base has every tag
 * column; one no row has a tag of has an empty dictionary, and a tally by it has only the unknown
 * cell.
 */
public enum TagColumn implements SegmentColumn {
  /** The account's pain points, by {@code Tag} id. */
  PAIN_POINTS("painPoints"),
  /** The company's technologies, by normalised {@code TechStack} key. */
  TECH_STACK("techStack");

  private final String columnName;

  TagColumn(String columnName) {
    this.columnName = columnName;
  }

  /** Returns the column's name as shown in tables, such as {@code painPoints}. */
  @Override
  public String columnName() {
    return columnName;
  }
}
