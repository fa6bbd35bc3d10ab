package dev.icpmetrics.io;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Acquisition;
import dev.icpmetrics.model.BillingTerm;
import dev.icpmetrics.model.BuyerPersona;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.Insights;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrChange;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.SubscriptionLifecycle;
import dev.icpmetrics.model.Tag;
import dev.icpmetrics.model.TriggerEvent;
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
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the ICP worksheet: one row per {@link Account}, with its company's firmographics
 * and technographics, up to {@value #MAX_PERSONAS} buyer personas, how it was acquired, its
 * qualitative tags, its subscription lifecycle and its MRR history.
 *
 * <p>The columns, their types and rules are documented in {@code docs/csv-schema.md}; {@link
 * #columns()} lists them and {@link #requiredColumns()} the ones every file must have: {@code id},
 * {@code name}, {@code channel}, {@code acquired} and {@code currency}. Header names are matched
 * case-insensitively; columns may come in any order; an unknown column is a problem.
 *
 * <pre>{@code
 * List<Account> accounts = WorksheetCsv.readAccounts(Path.of("accounts.csv"));
 * }</pre>
 *
 * <p>An import reads the whole file and either returns every account or throws one {@link
 * CsvException} that lists every problem found (up to {@link CsvFormat#maxProblems()}), each with
 * its row and column, such as {@code row 17, column employees: expected a whole number, got "12k"};
 * nothing is partially loaded. The model's own rules (a churn before the acquired date, an MRR
 * change before it) are reported the same way, with the model's message.
 *
 * <p>What {@link #writeAccounts(List, Appendable, CsvFormat)} writes, {@link #readAccounts(Reader,
 * String, CsvFormat)} reads back as equal accounts, provided that no text value has surrounding
 * white space (cells are trimmed on read). Cells a spreadsheet would run as a formula are written
 * with a leading apostrophe, which the reader removes again.
 *
 * <p>All methods are thread-safe; each call works on its own input.
 */
public final class WorksheetCsv {
  /** The most buyer personas one row can hold: {@code persona_*}, then {@code persona2_*} ... */
  public static final int MAX_PERSONAS = 5;

  private static final String ID = "id";
  private static final String COMPANY_ID = "company_id";
  private static final String NAME = "name";
  private static final String CHANNEL = "channel";
  private static final String CAMPAIGN = "campaign";
  private static final String SALES_CYCLE_DAYS = "sales_cycle_days";
  private static final String DIRECT_COST = "direct_acquisition_cost";
  private static final String PAIN_POINTS = "pain_points";
  private static final String TRIGGER_EVENTS = "trigger_events";
  private static final String DESIRED_OUTCOMES = "desired_outcomes";
  private static final String BENEFITS = "benefits";
  private static final String REASONS_CHOSEN = "reasons_chosen";
  private static final String ACQUIRED = "acquired";
  private static final String CHURNED = "churned";
  private static final String REACTIVATED = "reactivated";
  private static final String CURRENCY = "currency";
  private static final String MRR = "mrr";
  private static final String CONTRACT_VALUES = "contract_values";
  private static final String BILLING_TERM_MONTHS = "billing_term_months";

  private static final List<String> ACQUISITION =
      List.of(CHANNEL, CAMPAIGN, SALES_CYCLE_DAYS, DIRECT_COST);
  private static final List<String> INSIGHTS =
      List.of(PAIN_POINTS, TRIGGER_EVENTS, DESIRED_OUTCOMES, BENEFITS, REASONS_CHOSEN);
  private static final List<String> LIFECYCLE = List.of(ACQUIRED, CHURNED, REACTIVATED);

  private static final Set<String> REQUIRED = Set.of(ID, NAME, CHANNEL, ACQUIRED, CURRENCY);
  private static final List<List<String>> PERSONA_GROUPS = personaGroups();
  private static final List<String> COLUMNS = columns(MAX_PERSONAS, true);
  private static final Set<String> OPTIONAL = optional();

  private WorksheetCsv() {}

  /**
   * Returns every column a worksheet may have, in the documented order: identity, firmographics,
   * technographics, the persona groups, acquisition, qualitative tags, lifecycle and MRR.
   *
   * @return the lower-case column names
   */
  public static List<String> columns() {
    return COLUMNS;
  }

  /**
   * Returns the columns every worksheet must have: {@code id}, {@code name}, {@code channel},
   * {@code acquired} and {@code currency}.
   *
   * @return the lower-case column names
   */
  public static Set<String> requiredColumns() {
    return REQUIRED;
  }

  /**
   * Reads the accounts of a UTF-8 worksheet file with the default {@link CsvFormat}.
   *
   * @param file the file
   * @return the accounts, in file order, unmodifiable
   * @throws CsvException listing every problem found; nothing is loaded
   * @throws IOException if the file cannot be read
   */
  public static List<Account> readAccounts(Path file) throws IOException {
    return readAccounts(file, CsvFormat.defaults(), ProgressListener.none());
  }

  /**
   * Reads the accounts of a UTF-8 worksheet file.
   *
   * @param file the file; its name is used in messages
   * @param format the delimiter and limits
   * @return the accounts, in file order, unmodifiable
   * @throws CsvException listing every problem found; nothing is loaded
   * @throws IOException if the file cannot be read
   */
  public static List<Account> readAccounts(Path file, CsvFormat format) throws IOException {
    return readAccounts(file, format, ProgressListener.none());
  }

  /**
   * Reads the accounts of a UTF-8 worksheet file, telling {@code progress} how many rows were read.
   * Bytes that are not UTF-8 are a problem, never replaced; a leading byte-order mark is skipped.
   *
   * @param file the file; its name is used in messages
   * @param format the delimiter and limits
   * @param progress called every {@link ProgressListener#intervalRows()} rows and at the end
   * @return the accounts, in file order, unmodifiable
   * @throws CsvException listing every problem found; nothing is loaded
   * @throws IOException if the file cannot be read
   */
  public static List<Account> readAccounts(Path file, CsvFormat format, ProgressListener progress)
      throws IOException {
    return CsvInput.readFile(file, (in, name) -> readAccounts(in, name, format, progress));
  }

  /**
   * Reads the accounts of a worksheet from {@code in}; the caller chose its charset and closes it.
   *
   * @param in the characters of the file
   * @param sourceName the name used in messages, for example the file name
   * @param format the delimiter and limits
   * @return the accounts, in file order, unmodifiable
   * @throws CsvException listing every problem found; nothing is loaded
   * @throws UncheckedIOException if {@code in} fails
   */
  public static List<Account> readAccounts(Reader in, String sourceName, CsvFormat format) {
    return readAccounts(in, sourceName, format, ProgressListener.none());
  }

  /**
   * Reads the accounts of a worksheet from {@code in}, telling {@code progress} how many rows were
   * read.
   *
   * @param in the characters of the file
   * @param sourceName the name used in messages, for example the file name
   * @param format the delimiter and limits
   * @param progress called every {@link ProgressListener#intervalRows()} rows and at the end
   * @return the accounts, in file order, unmodifiable
   * @throws CsvException listing every problem found; nothing is loaded
   * @throws UncheckedIOException if {@code in} fails
   */
  public static List<Account> readAccounts(
      Reader in, String sourceName, CsvFormat format, ProgressListener progress) {
    requireNonNull(in, "in");
    CsvInput input = new CsvInput(sourceName, format, REQUIRED, OPTIONAL);
    List<Account> out = new ArrayList<>();
    input.read(
        in,
        row -> {
          Account a = account(row);
          if (a != null) {
            out.add(a);
          }
        },
        progress);
    return Collections.unmodifiableList(out);
  }

  /**
   * Writes {@code accounts} as a worksheet: a header, then one row per account, with as many
   * persona groups as the account with the most personas needs (at least one). The funding round,
   * contract values and billing term columns are not written: the model keeps the growth stage and
   * monthly amounts.
   *
   * @param accounts the accounts, written in order
   * @param out where to write, for example a {@link StringBuilder} or a {@link Writer}
   * @param format the delimiter
   * @throws IllegalArgumentException before anything is written, if an account has more than
   *     {@value #MAX_PERSONAS} personas or a tag label holds {@code |}
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void writeAccounts(List<Account> accounts, Appendable out, CsvFormat format) {
    requireNonNull(accounts, "accounts");
    requireNonNull(out, "out");
    requireNonNull(format, "format");
    int groups = 1;
    for (Account a : accounts) {
      requireNonNull(a, "account");
      if (a.personas().size() > MAX_PERSONAS) {
        throw new IllegalArgumentException(
            "personas must be at most "
                + MAX_PERSONAS
                + " per account to be written, got "
                + a.personas().size()
                + " for account "
                + a.id());
      }
      groups = Math.max(groups, a.personas().size());
      Insights i = a.insights();
      Cells.checkWritable(i.painPoints());
      Cells.checkWritable(i.desiredOutcomes());
      Cells.checkWritable(i.benefits());
      Cells.checkWritable(i.reasonsChosen());
      for (TriggerEvent e : i.triggerEvents()) {
        Cells.tag(e.type());
      }
    }
    CsvWriter w = CsvWriter.to(out, format);
    w.row(columns(groups, false));
    for (Account a : accounts) {
      w.row(cells(a, groups));
    }
  }

  /**
   * Writes {@code accounts} to {@code file} in UTF-8, replacing it; see {@link #writeAccounts(List,
   * Appendable, CsvFormat)}.
   *
   * @param accounts the accounts
   * @param file the file to write
   * @param format the delimiter
   * @throws IOException if the file cannot be written
   */
  public static void writeAccounts(List<Account> accounts, Path file, CsvFormat format)
      throws IOException {
    requireNonNull(file, "file");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeAccounts(accounts, w, format);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  // ---------------------------------------------------------------- columns

  /**
   * Returns the persona prefix of group {@code n}, 1-based: {@code persona_}, {@code persona2_}.
   */
  private static String prefix(int n) {
    return n == 1 ? "persona_" : "persona" + n + "_";
  }

  private static List<List<String>> personaGroups() {
    List<List<String>> groups = new ArrayList<>();
    for (int g = 1; g <= MAX_PERSONAS; g++) {
      groups.add(Cells.personaColumns(prefix(g)));
    }
    return List.copyOf(groups);
  }

  private static List<String> columns(int personaGroups, boolean all) {
    List<String> c = new ArrayList<>();
    c.add(ID);
    c.add(COMPANY_ID);
    c.add(NAME);
    c.addAll(all ? Cells.FIRMOGRAPHICS : Cells.FIRMOGRAPHICS_WRITTEN);
    for (int g = 1; g <= personaGroups; g++) {
      for (String p : Cells.PERSONA) {
        c.add(prefix(g) + p);
      }
    }
    c.addAll(ACQUISITION);
    c.addAll(INSIGHTS);
    c.addAll(LIFECYCLE);
    c.add(CURRENCY);
    c.add(MRR);
    if (all) {
      c.add(CONTRACT_VALUES);
      c.add(BILLING_TERM_MONTHS);
    }
    return List.copyOf(c);
  }

  private static Set<String> optional() {
    Set<String> o = new LinkedHashSet<>(COLUMNS);
    o.removeAll(REQUIRED);
    return Set.copyOf(o);
  }

  // ---------------------------------------------------------------- reading

  private static @Nullable Account account(CsvRow row) {
    String id = row.required(ID);
    String name = row.required(NAME);
    String companyId = row.text(COMPANY_ID).orElse(id);
    Currency currency = Cells.currency(row, CURRENCY);
    if (row.text(CURRENCY).isEmpty()) {
      row.problem(CURRENCY, "must not be empty");
    }
    Company.Builder company = Cells.company(row, companyId, name, currency, true);
    List<BuyerPersona> personas = personas(row);
    Acquisition acquisition = acquisition(row, currency);
    Insights insights = insights(row);
    SubscriptionLifecycle lifecycle = lifecycle(row);
    String mrrColumn = row.text(CONTRACT_VALUES).isPresent() ? CONTRACT_VALUES : MRR;
    MrrHistory history = currency == null ? null : history(row, currency);
    if (row.hasProblems()
        || personas == null
        || acquisition == null
        || insights == null
        || lifecycle == null
        || history == null) {
      return null;
    }
    Company c = company.build();
    try {
      return new Account(id, c, personas, lifecycle, history, acquisition, insights);
    } catch (IllegalArgumentException e) {
      row.problem(mrrColumn, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static @Nullable List<BuyerPersona> personas(CsvRow row) {
    List<BuyerPersona> out = new ArrayList<>();
    boolean gap = false;
    boolean ok = true;
    for (List<String> group : PERSONA_GROUPS) {
      String column = Cells.firstFilled(row, group);
      if (column == null) {
        gap = true;
        continue;
      }
      if (gap) {
        row.problem(
            column,
            "must be empty while the persona group before it is empty, got "
                + CsvRow.quote(row.text(column).orElse("")));
        ok = false;
        continue;
      }
      BuyerPersona p = Cells.persona(row, group);
      if (p == null) {
        ok = false;
      } else {
        out.add(p);
      }
    }
    return ok ? out : null;
  }

  private static @Nullable Acquisition acquisition(CsvRow row, @Nullable Currency currency) {
    String channel = row.required(CHANNEL);
    Optional<Acquisition> via =
        channel.isEmpty() ? Optional.empty() : row.attempt(CHANNEL, () -> Acquisition.via(channel));
    // The other columns are checked against a stand-in when the channel is missing or bad.
    Acquisition a = via.orElseGet(() -> Acquisition.via("unknown"));
    Optional<String> campaign = row.text(CAMPAIGN);
    if (campaign.isPresent()) {
      a = a.withCampaign(campaign.get());
    }
    OptionalInt days = row.wholeInt(SALES_CYCLE_DAYS);
    if (days.isPresent()) {
      Acquisition base = a;
      a = row.attempt(SALES_CYCLE_DAYS, () -> base.withSalesCycleDays(days.getAsInt())).orElse(a);
    }
    if (currency != null && row.text(DIRECT_COST).isPresent()) {
      Money cost = Cells.money(row, DIRECT_COST, currency);
      if (cost != null) {
        Acquisition base = a;
        a = row.attempt(DIRECT_COST, () -> base.withDirectCost(cost)).orElse(a);
      }
    }
    return via.isPresent() ? a : null;
  }

  private static @Nullable Insights insights(CsvRow row) {
    List<Tag> pain = Cells.tags(row, PAIN_POINTS);
    List<TriggerEvent> events = Cells.events(row, TRIGGER_EVENTS);
    List<Tag> outcomes = Cells.tags(row, DESIRED_OUTCOMES);
    List<Tag> benefits = Cells.tags(row, BENEFITS);
    List<Tag> reasons = Cells.tags(row, REASONS_CHOSEN);
    if (pain == null || events == null || outcomes == null || benefits == null || reasons == null) {
      return null;
    }
    boolean ok = true;
    Insights i = Insights.empty().withTriggerEvents(events.toArray(new TriggerEvent[0]));
    Optional<Insights> next =
        row.attempt(PAIN_POINTS, () -> Insights.empty().withPainPoints(array(pain)));
    ok &= next.isPresent();
    next =
        row.attempt(DESIRED_OUTCOMES, () -> Insights.empty().withDesiredOutcomes(array(outcomes)));
    ok &= next.isPresent();
    next = row.attempt(BENEFITS, () -> Insights.empty().withBenefits(array(benefits)));
    ok &= next.isPresent();
    next = row.attempt(REASONS_CHOSEN, () -> Insights.empty().withReasonsChosen(array(reasons)));
    ok &= next.isPresent();
    if (!ok) {
      return null;
    }
    return i.withPainPoints(array(pain))
        .withDesiredOutcomes(array(outcomes))
        .withBenefits(array(benefits))
        .withReasonsChosen(array(reasons));
  }

  private static Tag[] array(List<Tag> tags) {
    return tags.toArray(new Tag[0]);
  }

  private static @Nullable SubscriptionLifecycle lifecycle(CsvRow row) {
    Optional<LocalDate> acquired = row.date(ACQUIRED);
    if (row.text(ACQUIRED).isEmpty()) {
      row.problem(ACQUIRED, "must not be empty");
    }
    List<LocalDate> churns = Cells.dates(row, CHURNED);
    List<LocalDate> reactivations = Cells.dates(row, REACTIVATED);
    if (acquired.isEmpty() || churns == null || reactivations == null) {
      return null;
    }
    try {
      return SubscriptionLifecycle.of(acquired.get(), churns, reactivations);
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      row.problem(message.startsWith("reactivation") ? REACTIVATED : CHURNED, message);
      return null;
    }
  }

  private static @Nullable MrrHistory history(CsvRow row, Currency currency) {
    boolean contract = row.text(CONTRACT_VALUES).isPresent();
    OptionalInt term = row.wholeInt(BILLING_TERM_MONTHS);
    boolean termGiven = row.text(BILLING_TERM_MONTHS).isPresent();
    if (contract && row.text(MRR).isPresent()) {
      row.problem(
          CONTRACT_VALUES,
          "must be empty when mrr is filled, got "
              + CsvRow.quote(row.text(CONTRACT_VALUES).orElse("")));
      return null;
    }
    if (!contract && termGiven) {
      row.problem(
          BILLING_TERM_MONTHS,
          "must be empty without contract_values, got "
              + CsvRow.quote(row.text(BILLING_TERM_MONTHS).orElse("")));
      return null;
    }
    int months = 1;
    if (contract) {
      if (!termGiven) {
        row.problem(BILLING_TERM_MONTHS, "must not be empty when contract_values is filled");
        return null;
      }
      if (term.isEmpty()) {
        return null;
      }
      Optional<BillingTerm> t =
          row.attempt(BILLING_TERM_MONTHS, () -> BillingTerm.ofMonths(term.getAsInt()));
      if (t.isEmpty()) {
        return null;
      }
      months = t.get().months();
    }
    String column = contract ? CONTRACT_VALUES : MRR;
    List<MrrChange> changes = Cells.mrr(row, column, currency, months);
    if (changes == null) {
      return null;
    }
    return row.attempt(column, () -> new MrrHistory(currency, changes)).orElse(null);
  }

  // ---------------------------------------------------------------- writing

  private static List<String> cells(Account a, int groups) {
    List<String> c = new ArrayList<>();
    Company company = a.company();
    c.add(a.id());
    c.add(company.id());
    c.add(company.name());
    c.addAll(Cells.firmographics(company));
    for (int g = 0; g < groups; g++) {
      if (g < a.personas().size()) {
        c.addAll(Cells.persona(a.personas().get(g)));
      } else {
        for (int k = 0; k < Cells.PERSONA.size(); k++) {
          c.add("");
        }
      }
    }
    Acquisition acq = a.acquisition();
    c.add(acq.channel().key());
    c.add(acq.campaign().orElse(""));
    c.add(
        acq.salesCycleDays().isPresent() ? Integer.toString(acq.salesCycleDays().getAsInt()) : "");
    c.add(acq.directCost().map(Cells::amount).orElse(""));
    Insights i = a.insights();
    c.add(Cells.tags(i.painPoints()));
    c.add(Cells.events(i.triggerEvents()));
    c.add(Cells.tags(i.desiredOutcomes()));
    c.add(Cells.tags(i.benefits()));
    c.add(Cells.tags(i.reasonsChosen()));
    SubscriptionLifecycle l = a.lifecycle();
    c.add(l.acquired().toString());
    c.add(Cells.join(l.churns()));
    c.add(Cells.join(l.reactivations()));
    c.add(a.mrrHistory().currency().getCurrencyCode());
    c.add(Cells.mrr(a.mrrHistory().changes()));
    return c;
  }
}
