package dev.icpmetrics.examples;

import java.util.List;

/** Aligned plain-text tables for the quick start's output. */
final class Tables {
  private Tables() {}

  /**
   * Returns {@code rows} (the header first) as aligned text, one line per row, columns two spaces
   * apart, trailing spaces stripped.
   *
   * @param rows the rows, all of the same length
   * @param rightAligned the indices of the columns to right-align (numbers)
   * @return the table, each line ending with a line feed
   */
  static String aligned(List<List<String>> rows, int... rightAligned) {
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      if (row.size() != columns) {
        throw new IllegalArgumentException(
            "rows must all have " + columns + " cells, got " + row.size());
      }
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    boolean[] right = new boolean[columns];
    for (int i : rightAligned) {
      right[i] = true;
    }
    StringBuilder s = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        String c = row.get(i);
        String pad = " ".repeat(width[i] - c.length());
        line.append(i == 0 ? "" : "  ").append(right[i] ? pad + c : c + pad);
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
    return s.toString();
  }
}
