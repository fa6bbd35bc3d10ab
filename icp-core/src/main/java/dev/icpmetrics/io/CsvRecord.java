package dev.icpmetrics.io;

import java.util.List;

/**
 * One record of a CSV file as read, before any typed parsing.
 *
 * @param row the 1-based record number, header included (see {@link CsvProblem})
 * @param fields the fields, unquoted
 */
record CsvRecord(long row, List<String> fields) {
  CsvRecord {
    fields = List.copyOf(fields);
  }
}
