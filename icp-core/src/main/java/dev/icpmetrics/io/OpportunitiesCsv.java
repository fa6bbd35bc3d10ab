package dev.icpmetrics.io;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.model.BuyerPersona;
import dev.icpmetrics.model.Channel;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.Opportunity;
import dev.icpmetrics.model.OpportunityOutcome;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes opportunities: one row per {@link Opportunity}, with the company's id, name and
 * (optional) firmographic columns, the persona the deal is with, the channel, the created date, the
 * outcome and the closed date.
 *
 * <p>Required columns: {@code id}, {@code company_id}, {@code company_name}, the five {@code
 * persona_*} columns, {@code channel}, {@code created} and {@code outcome} ({@code open}, {@code
 * won} or {@code lost}). Optional: {@code closed} (empty for an open opportunity, required for a
 * won or lost one) and the firmographic columns of the worksheet, where {@code annual_revenue}
 * needs a {@code revenue_currency}. See {@code docs/csv-schema.md}.
 *
 * <p>Like every import of this package, a read returns every row or throws one {@link CsvException}
 * listing every problem with its row and column; nothing is partially loaded. What {@link #write}
 * writes, {@link #read(Reader, String, CsvFormat)} reads back as equal values.
 */
public final class OpportunitiesCsv {
  private static final String ID = "id";
  private static final String COMPANY_ID = "company_id";
  private static final String COMPANY_NAME = "company_name";
  private static final String CHANNEL = "channel";
  private static final String CREATED = "created";
  private static final String OUTCOME = "outcome";
  private static final String CLOSED = "closed";
  private static final List<String> PERSONA = Cells.personaColumns("persona_");

  private static final List<String> COLUMNS = columns(true);
  private static final Set<String> REQUIRED = required();
  private static final Set<String> OPTIONAL = optional();

  private OpportunitiesCsv() {}

  /**
   * Returns every column an opportunities file may have, in the documented order.
   *
   * @return the lower-case column names
   */
  public static List<String> columns() {
    return COLUMNS;
  }

  /**
   * Returns the columns every opportunities file must have.
   *
   * @return the lower-case column names
   */
  public static Set<String> requiredColumns() {
    return REQUIRED;
  }

  /**
   * Reads a UTF-8 opportunities file with the default {@link CsvFormat}.
   *
   * @param file the file; its name is used in messages
   * @return the opportunities, in file order, unmodifiable
   * @throws CsvException listing every problem found; nothing is loaded
   * @throws IOException if the file cannot be read
   */
  public static List<Opportunity> read(Path file) throws IOException {
    return read(file, CsvFormat.defaults(), ProgressListener.none());
  }

  /**
   * Reads a UTF-8 opportunities file; bytes that are not UTF-8 are a problem.
   *
   * @param file the file; its name is used in messages
   * @param format the delimiter and limits
   * @param progress called every {@link ProgressListener#intervalRows()} rows and at the end
   * @return the opportunities, in file order, unmodifiable
   * @throws CsvException listing every problem found; nothing is loaded
   * @throws IOException if the file cannot be read
   */
  public static List<Opportunity> read(Path file, CsvFormat format, ProgressListener progress)
      throws IOException {
    return CsvInput.readFile(file, (in, name) -> read(in, name, format, progress));
  }

  /**
   * Reads opportunities from {@code in}; the caller chose its charset and closes it.
   *
   * @param in the characters of the file
   * @param sourceName the name used in messages
   * @param format the delimiter and limits
   * @return the opportunities, in file order, unmodifiable
   * @throws CsvException listing every problem found; nothing is loaded
   * @throws UncheckedIOException if {@code in} fails
   */
  public static List<Opportunity> read(Reader in, String sourceName, CsvFormat format) {
    return read(in, sourceName, format, ProgressListener.none());
  }

  /**
   * Reads opportunities from {@code in}, telling {@code progress} how many rows were read.
   *
   * @param in the characters of the file
   * @param sourceName the name used in messages
   * @param format the delimiter and limits
   * @param progress called every {@link ProgressListener#intervalRows()} rows and at the end
   * @return the opportunities, in file order, unmodifiable
   * @throws CsvException listing every problem found; nothing is loaded
   * @throws UncheckedIOException if {@code in} fails
   */
  public static List<Opportunity> read(
      Reader in, String sourceName, CsvFormat format, ProgressListener progress) {
    requireNonNull(in, "in");
    CsvInput input = new CsvInput(sourceName, format, REQUIRED, OPTIONAL);
    List<Opportunity> out = new ArrayList<>();
    input.read(
        in,
        row -> {
          Opportunity o = opportunity(row);
          if (o != null) {
            out.add(o);
          }
        },
        progress);
    return Collections.unmodifiableList(out);
  }

  /**
   * Writes the opportunities: a header, then one row per opportunity. The funding round column is
   * not written: the model keeps the growth stage.
   *
   * @param opportunities the opportunities, written in order
   * @param out where to write
   * @param format the delimiter
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(List<Opportunity> opportunities, Appendable out, CsvFormat format) {
    requireNonNull(opportunities, "opportunities");
    CsvWriter w = CsvWriter.to(out, format);
    w.row(columns(false));
    for (Opportunity o : opportunities) {
      requireNonNull(o, "opportunity");
      List<String> c = new ArrayList<>();
      c.add(o.id());
      c.add(o.company().id());
      c.add(o.company().name());
      c.addAll(Cells.firmographics(o.company()));
      c.addAll(Cells.persona(o.persona()));
      c.add(o.channel().key());
      c.add(o.created().toString());
      c.add(Cells.lower(o.outcome()));
      c.add(o.closed().map(LocalDate::toString).orElse(""));
      w.row(c);
    }
  }

  /**
   * Writes the opportunities to {@code file} in UTF-8, replacing it.
   *
   * @param opportunities the opportunities
   * @param file the file to write
   * @param format the delimiter
   * @throws IOException if the file cannot be written
   */
  public static void write(List<Opportunity> opportunities, Path file, CsvFormat format)
      throws IOException {
    requireNonNull(file, "file");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(opportunities, w, format);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static List<String> columns(boolean all) {
    List<String> c = new ArrayList<>();
    c.add(ID);
    c.add(COMPANY_ID);
    c.add(COMPANY_NAME);
    c.addAll(all ? Cells.FIRMOGRAPHICS : Cells.FIRMOGRAPHICS_WRITTEN);
    c.addAll(PERSONA);
    c.add(CHANNEL);
    c.add(CREATED);
    c.add(OUTCOME);
    c.add(CLOSED);
    return List.copyOf(c);
  }

  private static Set<String> required() {
    Set<String> r = new LinkedHashSet<>(List.of(ID, COMPANY_ID, COMPANY_NAME));
    r.addAll(PERSONA);
    r.addAll(List.of(CHANNEL, CREATED, OUTCOME));
    return Set.copyOf(r);
  }

  private static Set<String> optional() {
    Set<String> o = new LinkedHashSet<>(COLUMNS);
    o.removeAll(REQUIRED);
    return Set.copyOf(o);
  }

  private static @Nullable Opportunity opportunity(CsvRow row) {
    String id = row.required(ID);
    String companyId = row.required(COMPANY_ID);
    String name = row.required(COMPANY_NAME);
    Company.Builder company = Cells.company(row, companyId, name, null, false);
    BuyerPersona persona = Cells.persona(row, PERSONA);
    String channelText = row.required(CHANNEL);
    Optional<Channel> channel =
        channelText.isEmpty()
            ? Optional.empty()
            : row.attempt(CHANNEL, () -> Channel.of(channelText));
    Optional<LocalDate> created = row.date(CREATED);
    if (row.text(CREATED).isEmpty()) {
      row.problem(CREATED, "must not be empty");
    }
    Optional<OpportunityOutcome> outcome = row.choice(OUTCOME, OpportunityOutcome.class);
    if (row.text(OUTCOME).isEmpty()) {
      row.problem(OUTCOME, "must not be empty");
    }
    Optional<LocalDate> closed = row.date(CLOSED);
    if (outcome.isPresent()
        && outcome.get() != OpportunityOutcome.OPEN
        && row.text(CLOSED).isEmpty()) {
      row.problem(CLOSED, "must not be empty for a " + Cells.lower(outcome.get()) + " opportunity");
    }
    if (row.hasProblems()
        || persona == null
        || channel.isEmpty()
        || created.isEmpty()
        || outcome.isEmpty()) {
      return null;
    }
    Company c = company.build();
    try {
      return outcome.get() == OpportunityOutcome.OPEN && closed.isEmpty()
          ? Opportunity.open(id, c, persona, channel.get(), created.get())
          : Opportunity.closed(
              id, c, persona, channel.get(), created.get(), outcome.get(), closed.orElseThrow());
    } catch (IllegalArgumentException e) {
      row.problem(CLOSED, String.valueOf(e.getMessage()));
      return null;
    }
  }
}
