package dev.icpmetrics.columnar;

/**
 * A column of a {@link CustomerBase} that {@link ColumnarMetrics} can cut cells by: a single-valued
 * {@link CategoryColumn} or a multi-valued {@link TagColumn}.
 *
 * <p>A row belongs to the cell of its code in every category column (the unknown cell where the
 * value is missing) and, in a tag column, to one cell per tag it has (the unknown cell when it has
 * none); with several columns, to one cell per combination. This is the rule of the record path's
 * {@code Segmentation} with single-valued and multi-valued {@code Dimension}s.
 */
public sealed interface SegmentColumn permits CategoryColumn, TagColumn {

  /**
   * Returns the column's name as shown in tables, such as {@code sizeBand} or {@code painPoints}.
   */
  String columnName();
}
