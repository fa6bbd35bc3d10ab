/**
 * Reading and writing the library's files: CSV import of the ICP worksheet, spend and
 * opportunities, and CSV and Markdown export of reports and scores.
 *
 * <p>CSV follows RFC 4180 (quoted fields, doubled quotes, CRLF or LF line ends) in UTF-8, with a
 * configurable delimiter and limits on field and line size ({@link dev.icpmetrics.io.CsvFormat}).
 * An import either loads everything or throws one {@link dev.icpmetrics.io.CsvException} that lists
 * every problem found, with its row and column; nothing is partially loaded. An export neutralises
 * spreadsheet formulas: a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} and is
 * not a plain number is written with a leading apostrophe, which the readers remove again.
 *
 * <p>Entry points: {@link dev.icpmetrics.io.WorksheetCsv} (the ICP worksheet, one row per account),
 * {@link dev.icpmetrics.io.SpendCsv} (the spend ledger) and {@link
 * dev.icpmetrics.io.OpportunitiesCsv}, each with readers and writers that round-trip; {@link
 * dev.icpmetrics.io.ProgressListener} follows a long import. Every import logs one debug line
 * through SLF4J with its rows and time. The columns are documented in {@code docs/csv-schema.md}.
 */
@NullMarked
package dev.icpmetrics.io;

import org.jspecify.annotations.NullMarked;
