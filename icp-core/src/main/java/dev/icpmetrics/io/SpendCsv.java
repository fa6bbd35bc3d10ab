package dev.icpmetrics.io;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.model.AcquisitionSpend;
import dev.icpmetrics.model.Channel;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.SpendKind;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the spend ledger: one row per {@link AcquisitionSpend}, the money spent in one
 * month on one channel.
 *
 * <p>Columns (all required, documented in {@code docs/csv-schema.md}): {@code month} ({@code
 * yyyy-MM}), {@code channel} (normalised like {@link Channel}), {@code kind} ({@code paid_media} or
 * {@code fully_loaded}), {@code amount} (a plain decimal {@code >= 0} with at most the currency's
 * decimals) and {@code currency} (ISO 4217).
 *
 * <pre>
 * month,channel,kind,amount,currency
 * 2024-01,paid-search,paid_media,1200.00,USD
 * </pre>
 *
 * <p>Like every import of this package, a read returns every row or throws one {@link CsvException}
 * listing every problem with its row and column; nothing is partially loaded. What {@link #write}
 * writes, {@link #read(Reader, String, CsvFormat)} reads back as equal values.
 */
public final class SpendCsv {
  private static final String MONTH = "month";
  private static final String CHANNEL = "channel";
  private static final String KIND = "kind";
  private static final String AMOUNT = "amount";
  private static final String CURRENCY = "currency";
  private static final List<String> COLUMNS = List.of(MONTH, CHANNEL, KIND, AMOUNT, CURRENCY);

  private SpendCsv() {}

  /**
   * Returns the columns of a spend file, all required, in the documented order.
   *
   * @return the lower-case column names
   */
  public static List<String> columns() {
    return COLUMNS;
  }

  /**
   * Reads a UTF-8 spend file with the default {@link CsvFormat}.
   *
   * @param file the file; its name is used in messages
   * @return the spend lines, in file order, unmodifiable
   * @throws CsvException listing every problem found; nothing is loaded
   * @throws IOException if the file cannot be read
   */
  public static List<AcquisitionSpend> read(Path file) throws IOException {
    return read(file, CsvFormat.defaults(), ProgressListener.none());
  }

  /**
   * Reads a UTF-8 spend file; bytes that are not UTF-8 are a problem.
   *
   * @param file the file; its name is used in messages
   * @param format the delimiter and limits
   * @param progress called every {@link ProgressListener#intervalRows()} rows and at the end
   * @return the spend lines, in file order, unmodifiable
   * @throws CsvException listing every problem found; nothing is loaded
   * @throws IOException if the file cannot be read
   */
  public static List<AcquisitionSpend> read(Path file, CsvFormat format, ProgressListener progress)
      throws IOException {
    return CsvInput.readFile(file, (in, name) -> read(in, name, format, progress));
  }

  /**
   * Reads spend lines from {@code in}; the caller chose its charset and closes it.
   *
   * @param in the characters of the file
   * @param sourceName the name used in messages
   * @param format the delimiter and limits
   * @return the spend lines, in file order, unmodifiable
   * @throws CsvException listing every problem found; nothing is loaded
   * @throws UncheckedIOException if {@code in} fails
   */
  public static List<AcquisitionSpend> read(Reader in, String sourceName, CsvFormat format) {
    return read(in, sourceName, format, ProgressListener.none());
  }

  /**
   * Reads spend lines from {@code in}, telling {@code progress} how many rows were read.
   *
   * @param in the characters of the file
   * @param sourceName the name used in messages
   * @param format the delimiter and limits
   * @param progress called every {@link ProgressListener#intervalRows()} rows and at the end
   * @return the spend lines, in file order, unmodifiable
   * @throws CsvException listing every problem found; nothing is loaded
   * @throws UncheckedIOException if {@code in} fails
   */
  public static List<AcquisitionSpend> read(
      Reader in, String sourceName, CsvFormat format, ProgressListener progress) {
    requireNonNull(in, "in");
    CsvInput input = new CsvInput(sourceName, format, Set.copyOf(COLUMNS), Set.of());
    List<AcquisitionSpend> out = new ArrayList<>();
    input.read(
        in,
        row -> {
          AcquisitionSpend s = spend(row);
          if (s != null) {
            out.add(s);
          }
        },
        progress);
    return Collections.unmodifiableList(out);
  }

  /**
   * Writes the spend lines: a header, then one row per line.
   *
   * @param spend the lines, written in order
   * @param out where to write
   * @param format the delimiter
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(List<AcquisitionSpend> spend, Appendable out, CsvFormat format) {
    requireNonNull(spend, "spend");
    CsvWriter w = CsvWriter.to(out, format);
    w.row(COLUMNS);
    for (AcquisitionSpend s : spend) {
      requireNonNull(s, "spend line");
      w.row(
          s.period().toString(),
          s.channel().key(),
          Cells.lower(s.kind()),
          Cells.amount(s.amount()),
          s.amount().currency().getCurrencyCode());
    }
  }

  /**
   * Writes the spend lines to {@code file} in UTF-8, replacing it.
   *
   * @param spend the lines
   * @param file the file to write
   * @param format the delimiter
   * @throws IOException if the file cannot be written
   */
  public static void write(List<AcquisitionSpend> spend, Path file, CsvFormat format)
      throws IOException {
    requireNonNull(file, "file");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(spend, w, format);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static @Nullable AcquisitionSpend spend(CsvRow row) {
    Optional<YearMonth> month = row.yearMonth(MONTH);
    String channelText = row.required(CHANNEL);
    Optional<Channel> channel =
        channelText.isEmpty()
            ? Optional.empty()
            : row.attempt(CHANNEL, () -> Channel.of(channelText));
    Optional<SpendKind> kind = row.choice(KIND, SpendKind.class);
    Currency currency = Cells.currency(row, CURRENCY);
    Money amount = currency == null ? null : Cells.money(row, AMOUNT, currency);
    for (String c : List.of(MONTH, KIND, AMOUNT, CURRENCY)) {
      if (row.text(c).isEmpty()) {
        row.problem(c, "must not be empty");
      }
    }
    if (row.hasProblems()
        || month.isEmpty()
        || channel.isEmpty()
        || kind.isEmpty()
        || amount == null) {
      return null;
    }
    try {
      return new AcquisitionSpend(month.get(), channel.get(), amount, kind.get());
    } catch (IllegalArgumentException e) {
      row.problem(AMOUNT, String.valueOf(e.getMessage()));
      return null;
    }
  }
}
