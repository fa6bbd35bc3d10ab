package dev.icpmetrics.columnar;

/**
 * The multi-valued tag columns of a {@link CustomerBase}, each stored as a bitset per row over a
 * dictionary of tags: {@code ceil(tags / 64)} {@code long} words per row.
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
