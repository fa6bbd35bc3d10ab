package dev.icpmetrics.io;

import dev.icpmetrics.model.BuyerPersona;
import dev.icpmetrics.model.BuyingRole;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.FundingRound;
import dev.icpmetrics.model.GrowthStage;
import dev.icpmetrics.model.Industry;
import dev.icpmetrics.model.JobFunction;
import dev.icpmetrics.model.Location;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrChange;
import dev.icpmetrics.model.NaicsCode;
import dev.icpmetrics.model.Seniority;
import dev.icpmetrics.model.Tag;
import dev.icpmetrics.model.TechStack;
import dev.icpmetrics.model.TriggerEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The cell encodings shared by the worksheet, spend and opportunities files: money, currencies,
 * lists of dates, tags and trigger events, MRR histories, the firmographic columns of a company and
 * the five columns of a buyer persona. Readers record problems on the {@link CsvRow} and return
 * null (or empty) instead of throwing; writers format a value so that its reader gives it back.
 */
final class Cells {
  static final String INDUSTRY = "industry";
  static final String NAICS = "naics";
  static final String EMPLOYEES = "employees";
  static final String ANNUAL_REVENUE = "annual_revenue";
  static final String REVENUE_CURRENCY = "revenue_currency";
  static final String GROWTH_STAGE = "growth_stage";
  static final String FUNDING_ROUND = "funding_round";
  static final String COUNTRY = "country";
  static final String SUBDIVISION = "subdivision";
  static final String FOUNDED_YEAR = "founded_year";
  static final String TECH_STACK = "tech_stack";

  /** The firmographic and technographic columns of a company, in the documented order. */
  static final List<String> FIRMOGRAPHICS =
      List.of(
          INDUSTRY,
          NAICS,
          EMPLOYEES,
          ANNUAL_REVENUE,
          REVENUE_CURRENCY,
          GROWTH_STAGE,
          FUNDING_ROUND,
          COUNTRY,
          SUBDIVISION,
          FOUNDED_YEAR,
          TECH_STACK);

  /** The firmographic columns a writer fills (the funding round is not kept by the model). */
  static final List<String> FIRMOGRAPHICS_WRITTEN =
      List.of(
          INDUSTRY,
          NAICS,
          EMPLOYEES,
          ANNUAL_REVENUE,
          REVENUE_CURRENCY,
          GROWTH_STAGE,
          COUNTRY,
          SUBDIVISION,
          FOUNDED_YEAR,
          TECH_STACK);

  /** The five columns of a persona, after the group's prefix. */
  static final List<String> PERSONA =
      List.of("title", "function", "seniority", "department", "role");

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,18})?");
  private static final String MRR_EXAMPLE = "2024-01-01=1200.00";

  private Cells() {}

  // ---------------------------------------------------------------- reading

  /**
   * Returns the ISO 4217 currency in {@code column}, upper-cased; null when the cell is empty or
   * not a currency with minor units (a problem is recorded).
   */
  static @Nullable Currency currency(CsvRow row, String column) {
    Optional<String> text = row.text(column);
    if (text.isEmpty()) {
      return null;
    }
    String code = text.get().toUpperCase(Locale.ROOT);
    try {
      Currency c = Currency.getInstance(code);
      if (c.getDefaultFractionDigits() >= 0) {
        return c;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    row.problem(
        column, "expected an ISO 4217 currency code such as USD, got " + CsvRow.quote(text.get()));
    return null;
  }

  /**
   * Returns the amount in {@code column} as money of {@code currency}: a plain decimal with at most
   * the currency's decimals. Null when empty or bad.
   */
  static @Nullable Money money(CsvRow row, String column, Currency currency) {
    Optional<BigDecimal> amount = row.decimal(column);
    if (amount.isEmpty()) {
      return null;
    }
    String problem = scaleProblem(amount.get(), currency);
    if (problem != null) {
      row.problem(column, problem + ", got " + CsvRow.quote(amount.get().toPlainString()));
      return null;
    }
    return row.attempt(column, () -> Money.of(currency, amount.get())).orElse(null);
  }

  private static @Nullable String scaleProblem(BigDecimal amount, Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    if (amount.scale() <= digits) {
      return null;
    }
    return "expected at most "
        + digits
        + (digits == 1 ? " decimal" : " decimals")
        + " for "
        + currency.getCurrencyCode();
  }

  /** Returns the {@code |}-separated dates of {@code column}; null after a bad date. */
  static @Nullable List<LocalDate> dates(CsvRow row, String column) {
    List<LocalDate> out = new ArrayList<>();
    for (String item : row.list(column)) {
      LocalDate d = date(item);
      if (d == null) {
        row.problem(column, "expected dates yyyy-MM-dd separated by |, got " + CsvRow.quote(item));
        return null;
      }
      out.add(d);
    }
    return out;
  }

  private static @Nullable LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Returns the {@code |}-separated tags of {@code column}. Each item is {@code id=Label}, or a
   * label alone whose normalised form is the id ({@code Manual reporting} is {@code
   * manual-reporting}). Null after a bad item; the model's message is recorded.
   */
  static @Nullable List<Tag> tags(CsvRow row, String column) {
    List<Tag> out = new ArrayList<>();
    for (String item : row.list(column)) {
      Optional<Tag> tag = row.attempt(column, () -> tag(item));
      if (tag.isEmpty()) {
        return null;
      }
      out.add(tag.get());
    }
    return out;
  }

  private static Tag tag(String item) {
    int eq = item.indexOf('=');
    return eq < 0
        ? Tag.of(item)
        : Tag.of(item.substring(0, eq).strip(), item.substring(eq + 1).strip());
  }

  /**
   * Returns the {@code |}-separated trigger events of {@code column}, each {@code type@yyyy-MM-dd}
   * where the type is a tag item ({@code new-cfo@2024-03-01}, {@code new-cfo=New CFO@2024-03-01}).
   * Null after a bad item.
   */
  static @Nullable List<TriggerEvent> events(CsvRow row, String column) {
    List<TriggerEvent> out = new ArrayList<>();
    for (String item : row.list(column)) {
      int at = item.lastIndexOf('@');
      LocalDate d = at < 0 ? null : date(item.substring(at + 1).strip());
      if (d == null) {
        row.problem(
            column,
            "expected type@yyyy-MM-dd items such as new-cfo@2024-03-01, got " + CsvRow.quote(item));
        return null;
      }
      Optional<Tag> type = row.attempt(column, () -> tag(item.substring(0, at).strip()));
      if (type.isEmpty()) {
        return null;
      }
      out.add(TriggerEvent.of(type.get(), d));
    }
    return out;
  }

  /**
   * Returns the MRR changes of {@code column}, items {@code yyyy-MM-dd=amount} in {@code currency}.
   * With {@code termMonths > 1} each amount is the value of a contract of that many months,
   * normalised to monthly with {@link MrrChange#ofContract} and rounded half-even. Null after a bad
   * item.
   */
  static @Nullable List<MrrChange> mrr(
      CsvRow row, String column, Currency currency, int termMonths) {
    List<MrrChange> out = new ArrayList<>();
    for (String item : row.list(column)) {
      int eq = item.indexOf('=');
      LocalDate d = eq < 0 ? null : date(item.substring(0, eq).strip());
      String amount = eq < 0 ? "" : item.substring(eq + 1).strip();
      if (d == null || !DECIMAL.matcher(amount).matches()) {
        row.problem(
            column,
            "expected date=amount items such as " + MRR_EXAMPLE + ", got " + CsvRow.quote(item));
        return null;
      }
      BigDecimal value = new BigDecimal(amount);
      String problem = scaleProblem(value, currency);
      if (problem != null) {
        row.problem(column, problem + ", got " + CsvRow.quote(item));
        return null;
      }
      Optional<MrrChange> change =
          row.attempt(
              column,
              () ->
                  termMonths == 1
                      ? MrrChange.of(d, Money.of(currency, value))
                      : MrrChange.ofContract(
                          d,
                          Money.of(currency, value),
                          dev.icpmetrics.model.BillingTerm.ofMonths(termMonths),
                          RoundingMode.HALF_EVEN));
      if (change.isEmpty()) {
        return null;
      }
      out.add(change.get());
    }
    return out;
  }

  /**
   * Reads the firmographic columns into a builder for the company {@code id}, {@code name}. The
   * annual revenue is in {@code revenue_currency}, or, when that is empty, in {@code
   * fallbackCurrency}; when {@code fallbackReported} the fallback's own problem was recorded
   * already and nothing more is said. Check {@link CsvRow#hasProblems()} before building.
   */
  static Company.Builder company(
      CsvRow row,
      String id,
      String name,
      @Nullable Currency fallbackCurrency,
      boolean fallbackReported) {
    Company.Builder b = Company.builder(id, name);
    Optional<String> label = row.text(INDUSTRY);
    Optional<String> naics = row.text(NAICS);
    if (label.isPresent()) {
      if (naics.isPresent()) {
        row.attempt(NAICS, () -> NaicsCode.of(naics.get()))
            .ifPresent(code -> b.industry(Industry.of(label.get(), code)));
      } else {
        b.industry(Industry.of(label.get()));
      }
    } else if (naics.isPresent()) {
      row.problem(
          NAICS, "must be empty without an industry label, got " + CsvRow.quote(naics.get()));
    }
    OptionalLong employees = row.wholeNumber(EMPLOYEES);
    if (employees.isPresent()) {
      row.attempt(EMPLOYEES, () -> b.employees(employees.getAsLong()));
    }
    revenue(row, b, fallbackCurrency, fallbackReported);
    Optional<GrowthStage> stage = row.choice(GROWTH_STAGE, GrowthStage.class);
    Optional<FundingRound> round = row.choice(FUNDING_ROUND, FundingRound.class);
    if (round.isPresent()) {
      GrowthStage implied = round.get().stage();
      if (stage.isPresent() && stage.get() != implied) {
        row.problem(
            GROWTH_STAGE,
            "must be "
                + lower(implied)
                + " for funding_round "
                + lower(round.get())
                + ", got "
                + CsvRow.quote(lower(stage.get())));
      }
      b.growthStage(implied);
    } else {
      stage.ifPresent(b::growthStage);
    }
    Optional<String> country = row.text(COUNTRY);
    Optional<String> subdivision = row.text(SUBDIVISION);
    if (country.isPresent()) {
      Optional<Location> l = row.attempt(COUNTRY, () -> Location.of(country.get()));
      if (l.isPresent() && subdivision.isPresent()) {
        l = row.attempt(SUBDIVISION, () -> Location.of(country.get(), subdivision.get()));
      }
      l.ifPresent(b::location);
    } else if (subdivision.isPresent()) {
      row.problem(
          SUBDIVISION, "must be empty without a country, got " + CsvRow.quote(subdivision.get()));
    }
    OptionalInt founded = row.wholeInt(FOUNDED_YEAR);
    if (founded.isPresent()) {
      row.attempt(FOUNDED_YEAR, () -> b.foundedYear(founded.getAsInt()));
    }
    List<String> tech = row.list(TECH_STACK);
    if (!tech.isEmpty()) {
      row.attempt(TECH_STACK, () -> TechStack.of(tech)).ifPresent(b::techStack);
    }
    return b;
  }

  private static void revenue(
      CsvRow row,
      Company.Builder b,
      @Nullable Currency fallbackCurrency,
      boolean fallbackReported) {
    boolean hasRevenue = row.text(ANNUAL_REVENUE).isPresent();
    Currency currency;
    if (row.text(REVENUE_CURRENCY).isPresent()) {
      currency = currency(row, REVENUE_CURRENCY);
      if (!hasRevenue) {
        row.problem(
            REVENUE_CURRENCY,
            "must be empty without an annual_revenue, got "
                + CsvRow.quote(row.text(REVENUE_CURRENCY).orElse("")));
        return;
      }
    } else {
      currency = fallbackCurrency;
      if (hasRevenue && currency == null && !fallbackReported) {
        row.problem(REVENUE_CURRENCY, "must not be empty when annual_revenue is filled");
      }
    }
    if (hasRevenue && currency != null) {
      Money revenue = money(row, ANNUAL_REVENUE, currency);
      if (revenue != null) {
        row.attempt(ANNUAL_REVENUE, () -> b.annualRevenue(revenue));
      }
    }
  }

  /**
   * Returns the five persona column names with {@code prefix}, in the order of {@link #PERSONA}.
   */
  static List<String> personaColumns(String prefix) {
    List<String> out = new ArrayList<>(PERSONA.size());
    for (String c : PERSONA) {
      out.add(prefix + c);
    }
    return List.copyOf(out);
  }

  /** Returns the first filled column of a persona group, or null if the group is empty. */
  static @Nullable String firstFilled(CsvRow row, List<String> columns) {
    for (String c : columns) {
      if (row.text(c).isPresent()) {
        return c;
      }
    }
    return null;
  }

  /**
   * Reads the persona in {@code columns} (from {@link #personaColumns}): all five must be filled.
   * Null if one is missing or bad.
   */
  static @Nullable BuyerPersona persona(CsvRow row, List<String> columns) {
    String title = filled(row, columns.get(0));
    JobFunction function = choice(row, columns.get(1), JobFunction.class);
    Seniority seniority = choice(row, columns.get(2), Seniority.class);
    String department = filled(row, columns.get(3));
    BuyingRole role = choice(row, columns.get(4), BuyingRole.class);
    if (title == null
        || function == null
        || seniority == null
        || department == null
        || role == null) {
      return null;
    }
    return new BuyerPersona(title, function, seniority, department, role);
  }

  private static @Nullable String filled(CsvRow row, String column) {
    Optional<String> v = row.text(column);
    if (v.isEmpty()) {
      row.problem(column, "must not be empty in a persona");
      return null;
    }
    return v.get();
  }

  private static <E extends Enum<E>> @Nullable E choice(CsvRow row, String column, Class<E> type) {
    if (row.text(column).isEmpty()) {
      row.problem(column, "must not be empty in a persona");
      return null;
    }
    return row.choice(column, type).orElse(null);
  }

  // ---------------------------------------------------------------- writing

  /**
   * Returns the enum constant's name in lower case, as the readers accept it: {@code paid_media}.
   */
  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** Returns the amount in major units without the currency: {@code 1200.00}. */
  static String amount(Money m) {
    return m.amount().toPlainString();
  }

  /** Returns {@code values} joined with {@code |}. */
  static String join(Collection<?> values) {
    StringJoiner j = new StringJoiner("|");
    for (Object v : values) {
      j.add(v.toString());
    }
    return j.toString();
  }

  /** Returns the tags as a list cell. */
  static String tags(Collection<Tag> tags) {
    StringJoiner j = new StringJoiner("|");
    for (Tag t : tags) {
      j.add(tag(t));
    }
    return j.toString();
  }

  /** Returns the trigger events as a list cell: {@code new-cfo@2024-03-01|...}. */
  static String events(Collection<TriggerEvent> events) {
    StringJoiner j = new StringJoiner("|");
    for (TriggerEvent e : events) {
      j.add(tag(e.type()) + "@" + e.date());
    }
    return j.toString();
  }

  /** Returns the MRR changes as a list cell: {@code 2024-01-01=1200.00|...}. */
  static String mrr(Collection<MrrChange> changes) {
    StringJoiner j = new StringJoiner("|");
    for (MrrChange c : changes) {
      j.add(c.effective() + "=" + amount(c.mrr()));
    }
    return j.toString();
  }

  /**
   * Returns a tag as a list item: its label alone when the label normalises to the id and holds no
   * {@code =}, otherwise {@code id=Label}.
   *
   * @throws IllegalArgumentException if the label holds {@code |}, which a list cannot carry
   */
  static String tag(Tag t) {
    if (t.label().indexOf('|') >= 0) {
      throw new IllegalArgumentException(
          "label must not contain | to be written in a list cell, got \"" + t.label() + "\"");
    }
    return t.label().indexOf('=') < 0 && t.label().indexOf('@') < 0 && derivesId(t)
        ? t.label()
        : t.id() + "=" + t.label();
  }

  private static boolean derivesId(Tag t) {
    try {
      return Tag.of(t.label()).id().equals(t.id());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Checks that every tag can be written, before anything is written. */
  static void checkWritable(Collection<Tag> tags) {
    for (Tag t : tags) {
      tag(t);
    }
  }

  /**
   * Returns the firmographic cells of {@code c}, in the order of {@link #FIRMOGRAPHICS_WRITTEN}.
   */
  static List<String> firmographics(Company c) {
    List<String> out = new ArrayList<>(FIRMOGRAPHICS_WRITTEN.size());
    out.add(c.industry().map(Industry::label).orElse(""));
    out.add(c.industry().flatMap(Industry::naics).map(NaicsCode::code).orElse(""));
    out.add(c.employees().isPresent() ? Long.toString(c.employees().getAsLong()) : "");
    out.add(c.annualRevenue().map(Cells::amount).orElse(""));
    out.add(c.annualRevenue().map(m -> m.currency().getCurrencyCode()).orElse(""));
    out.add(lower(c.growthStage()));
    out.add(c.location().map(Location::country).orElse(""));
    out.add(c.location().flatMap(Location::subdivision).orElse(""));
    out.add(c.foundedYear().isPresent() ? Integer.toString(c.foundedYear().getAsInt()) : "");
    out.add(join(c.techStack().keys()));
    return out;
  }

  /** Returns the five cells of a persona, in the order of {@link #PERSONA}. */
  static List<String> persona(BuyerPersona p) {
    return List.of(
        p.title(), lower(p.function()), lower(p.seniority()), p.department(), lower(p.role()));
  }
}
