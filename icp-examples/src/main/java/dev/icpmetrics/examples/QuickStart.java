package dev.icpmetrics.examples;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.io.CsvException;
import dev.icpmetrics.io.OpportunitiesCsv;
import dev.icpmetrics.io.SpendCsv;
import dev.icpmetrics.io.WorksheetCsv;
import dev.icpmetrics.metrics.Window;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.AcquisitionSpend;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.Industry;
import dev.icpmetrics.model.Location;
import dev.icpmetrics.model.NaicsCode;
import dev.icpmetrics.model.Opportunity;
import dev.icpmetrics.model.SizeBand;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.sample.SampleBase;
import dev.icpmetrics.sample.SampleBases;
import dev.icpmetrics.scoring.FitProfile;
import dev.icpmetrics.scoring.Score;
import dev.icpmetrics.scoring.ScoringStrategy;
import dev.icpmetrics.scoring.Source;
import dev.icpmetrics.segment.Dimension;
import dev.icpmetrics.segment.Finding;
import dev.icpmetrics.segment.SegmentAnalysis;
import dev.icpmetrics.segment.SegmentReport;
import dev.icpmetrics.segment.SegmentRow;
import dev.icpmetrics.segment.Segmentation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quick start: analyses a customer base by size band and prints the segment table, the findings
 * and plays, the ICP profile and the best-fitting prospects.
 *
 * <p>Without arguments it analyses the bundled sample base, {@link SampleBases#guideExample()}.
 * With arguments it reads the user's ICP worksheet and, optionally, a spend ledger and an
 * opportunities file (the formats of {@code docs/csv-schema.md}):
 *
 * <pre>
 * java -jar icp-quickstart.jar [worksheet.csv [spend.csv [opportunities.csv]]] [--window yyyy-MM]
 * </pre>
 *
 * <p>The prospects are the companies of the opportunities still open at the as-of date, scored by
 * {@link ScoringStrategy#companyFit} with a {@link FitProfile} derived from the ICP: the size band,
 * industries, technologies and countries that are most common among the ICP segments' customers
 * still active at the end of the window. The output is deterministic: the same input gives the same
 * text.
 */
public final class QuickStart {
  private static final Logger LOG = LoggerFactory.getLogger(QuickStart.class);

  /** The usage message, printed for {@code --help} and after a usage error. */
  static final String USAGE =
      """
      usage: java -jar icp-quickstart.jar [worksheet.csv [spend.csv [opportunities.csv]]] \
      [--window yyyy-MM | --window yyyy-MM-dd..yyyy-MM-dd]

      Without files, analyses the bundled sample base (the guide's example). With files, reads
      your ICP worksheet (one row per account) and, optionally, your spend ledger and your
      opportunities; docs/csv-schema.md documents the columns, and examples/data/ holds the
      sample base as CSV files to start from.

        --window  the window to analyse: a month (2025-06) or days [from, to)
                  (2025-04-01..2025-07-01); by default the month of the latest acquisition or
                  churn in the worksheet
        --help    prints this message""";

  /** How many prospects the ranking lists, and how many it explains. */
  static final int TOP = 10;

  static final int EXPLAINED = 3;

  private QuickStart() {}

  /**
   * Runs the quick start; exits with 0 on success, 1 if a file cannot be read, 2 on a usage error.
   *
   * @param args the optional files and options, see the class comment
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(List.of(args), out, err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the quick start with {@code args}, printing the analysis to {@code out} and problems to
   * {@code err}.
   *
   * @return the exit status: 0 on success, 1 if a file cannot be read, 2 on a usage error
   */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println();
      err.println(USAGE);
      return 2;
    }
    if (options.help()) {
      out.println(USAGE);
      return 0;
    }
    Input input;
    try {
      input = options.files().isEmpty() ? Input.sample() : Input.read(options);
    } catch (CsvException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (NoSuchFileException e) {
      err.println("error: file must exist, got " + e.getFile());
      return 1;
    } catch (IOException e) {
      err.println("error: cannot read " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    String text;
    try {
      text = analyse(input);
    } catch (IllegalArgumentException | ArithmeticException e) {
      err.println("error: the analysis failed: " + e.getMessage());
      return 1;
    }
    out.print(text);
    return 0;
  }

  /** The parsed command line. */
  record Options(List<Path> files, Optional<Window> window, boolean help) {
    static Options parse(List<String> args) {
      List<Path> files = new ArrayList<>();
      Window window = null;
      boolean help = false;
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        if (a.equals("--help") || a.equals("-h")) {
          help = true;
        } else if (a.equals("--window")) {
          if (i + 1 == args.size()) {
            throw new IllegalArgumentException(
                "--window must be followed by a month or a range, got nothing");
          }
          window = window(args.get(++i));
        } else if (a.startsWith("-")) {
          throw new IllegalArgumentException("option must be --window or --help, got " + a);
        } else {
          files.add(Path.of(a));
        }
      }
      if (files.size() > 3) {
        throw new IllegalArgumentException(
            "files must be at most three (worksheet, spend, opportunities), got " + files.size());
      }
      return new Options(List.copyOf(files), Optional.ofNullable(window), help);
    }

    static Window window(String text) {
      try {
        int dots = text.indexOf("..");
        if (dots < 0) {
          return Window.month(YearMonth.parse(text));
        }
        return Window.of(
            LocalDate.parse(text.substring(0, dots)), LocalDate.parse(text.substring(dots + 2)));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "--window must be yyyy-MM or yyyy-MM-dd..yyyy-MM-dd, got " + text, e);
      }
    }
  }

  /** What one run analyses. */
  record Input(
      String source,
      List<Account> accounts,
      List<AcquisitionSpend> spend,
      List<Opportunity> opportunities,
      Window window,
      String windowNote,
      Source<SizePolicy> sizePolicySource,
      String sizeNote) {

    SizePolicy sizePolicy() {
      return sizePolicySource.get();
    }

    static Input sample() {
      SampleBase b = SampleBases.guideExample();
      return new Input(
          "the bundled sample base: " + b,
          b.accounts(),
          b.spend(),
          b.opportunities(),
          Window.of(b.windowFrom(), b.windowTo()),
          "the sample base's window",
          SizePolicy::guide,
          "the guide's bands");
    }

    static Input read(Options o) throws IOException {
      List<Path> f = o.files();
      List<Account> accounts = WorksheetCsv.readAccounts(f.get(0));
      List<AcquisitionSpend> spend = f.size() > 1 ? SpendCsv.read(f.get(1)) : List.of();
      List<Opportunity> opps = f.size() > 2 ? OpportunitiesCsv.read(f.get(2)) : List.of();
      LOG.info(
          "read {} accounts, {} spend lines and {} opportunities",
          accounts.size(),
          spend.size(),
          opps.size());
      if (accounts.isEmpty()) {
        throw new IllegalArgumentException(
            "worksheet must hold at least one account, got none in " + f.get(0));
      }
      Window window;
      String note;
      if (o.window().isPresent()) {
        window = o.window().get();
        note = "set by --window";
      } else {
        window = Window.month(YearMonth.from(latestEvent(accounts)));
        note =
            "the month of the latest acquisition or churn in the worksheet; set it with --window";
      }
      StringBuilder source = new StringBuilder(f.get(0).toString());
      if (f.size() > 1) {
        source.append(", spend ").append(f.get(1));
      }
      if (f.size() > 2) {
        source.append(", opportunities ").append(f.get(2));
      }
      boolean usdOnly = true;
      for (Account a : accounts) {
        usdOnly &=
            a.company()
                .annualRevenue()
                .map(m -> m.currency().getCurrencyCode().equals("USD"))
                .orElse(true);
      }
      for (Opportunity op : opps) {
        usdOnly &=
            op.company()
                .annualRevenue()
                .map(m -> m.currency().getCurrencyCode().equals("USD"))
                .orElse(true);
      }
      return usdOnly
          ? new Input(
              source.toString(),
              accounts,
              spend,
              opps,
              window,
              note,
              SizePolicy::guide,
              "the guide's bands")
          : new Input(
              source.toString(),
              accounts,
              spend,
              opps,
              window,
              note,
              QuickStart::guideByEmployees,
              "the guide's bands by employees only: some revenue is not in USD, the currency of the"
                  + " guide's revenue bands");
    }

    private static LocalDate latestEvent(List<Account> accounts) {
      LocalDate latest = LocalDate.MIN;
      for (Account a : accounts) {
        LocalDate d = a.lifecycle().acquired();
        for (LocalDate c : a.lifecycle().churns()) {
          d = c.isAfter(d) ? c : d;
        }
        latest = d.isAfter(latest) ? d : latest;
      }
      return latest;
    }
  }

  /** Returns the whole text the quick start prints for {@code input}. */
  static String analyse(Input input) {
    requireNonNull(input, "input");
    Segmentation bySize = Segmentation.by(Dimension.sizeBand(input.sizePolicy()));
    SegmentReport report =
        SegmentAnalysis.of(input.accounts())
            .segmentBy(bySize)
            .window(input.window())
            .opportunities(input.opportunities())
            .spend(input.spend())
            .run();
    StringBuilder s = new StringBuilder();
    s.append("icp-metrics quick start\n");
    s.append("Data: ").append(input.source()).append('\n');
    s.append("Window: ")
        .append(input.window())
        .append(" (")
        .append(input.windowNote())
        .append(")\n");
    s.append("Size bands: ").append(input.sizeNote()).append("\n\n");
    section(s, "1. Segment table");
    s.append(report).append("\n\n");
    section(s, "2. Findings and plays");
    findings(s, report);
    section(s, "3. ICP profile");
    Derived derived = derive(input, bySize, report);
    s.append(report.icp()).append('\n');
    s.append("Fit profile derived from ")
        .append(derived.basis())
        .append(":\n  ")
        .append(derived.description())
        .append("\n\n");
    section(s, "4. Top prospects");
    prospects(s, input, report, derived.profile());
    return s.toString();
  }

  /**
   * Returns the guide's size bands by employees alone (SMB under 500, Mid-market 500 to 1,999,
   * Enterprise 2,000 and above), for bases whose revenue is not in USD.
   */
  static SizePolicy guideByEmployees() {
    return SizePolicy.builder("guide by employees", "SMB", "Mid-market", "Enterprise")
        .employeeCuts(SizePolicy.Boundary.LOWER_INCLUSIVE, 500, 2_000)
        .build();
  }

  private static void section(StringBuilder s, String title) {
    s.append("== ").append(title).append('\n');
  }

  private static void findings(StringBuilder s, SegmentReport report) {
    if (report.isEmpty()) {
      s.append("No segment had data in the window.\n\n");
      return;
    }
    for (SegmentRow r : report.rows()) {
      s.append(r.segment().label())
          .append(": ")
          .append(r.assessment().verdict().label())
          .append(", play ")
          .append(r.assessment().play().label())
          .append('\n');
      for (Finding f : r.assessment().findings()) {
        s.append("  - ")
            .append(f.verdict().label())
            .append(": ")
            .append(f.explanation())
            .append('\n');
      }
      s.append("  why this play: ").append(r.assessment().playReason()).append('\n');
    }
    s.append('\n');
  }

  /** A fit profile and what it was derived from. */
  record Derived(FitProfile profile, String basis, String description) {}

  /**
   * Derives the fit profile: the modal size band, the three most common NAICS codes, technologies
   * and countries among the customers still active at the as-of date in the ICP segments; without
   * an ICP, in the best-ranked segment; without a ranking, in the whole base.
   */
  static Derived derive(Input input, Segmentation segmentation, SegmentReport report) {
    List<SegmentRow> rows = report.icp().segments();
    String basis;
    if (!rows.isEmpty()) {
      basis = "the ICP's active customers";
    } else if (!report.ranking().isEmpty()) {
      rows = List.of(report.ranking().get(0));
      basis = "the best-ranked segment's active customers (no segment meets every target yet)";
    } else {
      basis = "all active customers (no segment could be ranked)";
    }
    List<Company> companies = new ArrayList<>();
    LocalDate asOf = report.asOf();
    for (Account a : input.accounts()) {
      if (!a.lifecycle().isActiveOn(asOf.minusDays(1))) {
        continue;
      }
      boolean in = rows.isEmpty();
      for (SegmentRow r : rows) {
        in |= segmentation.cellsOf(a).contains(r.segment());
      }
      if (in) {
        companies.add(a.company());
      }
    }
    if (companies.isEmpty()) {
      for (Account a : input.accounts()) {
        companies.add(a.company());
      }
      basis = "all customers (none was active at the as-of date)";
    }
    Map<String, Long> bands = new TreeMap<>();
    Map<String, Long> naics = new TreeMap<>();
    Map<String, Long> tech = new TreeMap<>();
    Map<String, Long> countries = new TreeMap<>();
    for (Company c : companies) {
      input
          .sizePolicy()
          .bandOf(c)
          .map(SizeBand::name)
          .ifPresent(b -> bands.merge(b, 1L, Long::sum));
      c.industry()
          .flatMap(Industry::naics)
          .map(NaicsCode::code)
          .ifPresent(n -> naics.merge(n, 1L, Long::sum));
      c.techStack().keys().forEach(t -> tech.merge(t, 1L, Long::sum));
      c.location().map(Location::country).ifPresent(k -> countries.merge(k, 1L, Long::sum));
    }
    FitProfile.Builder p = FitProfile.builder();
    List<String> parts = new ArrayList<>();
    List<String> band = top(bands, 1);
    if (!band.isEmpty()) {
      p.size(3, input.sizePolicySource(), band.get(0));
      parts.add("size " + band.get(0) + " (weight 3)");
    }
    List<String> industries = top(naics, 3);
    if (!industries.isEmpty()) {
      p.industry(2, industries.toArray(new String[0]));
      parts.add("NAICS " + String.join(", ", industries) + " (weight 2)");
    }
    List<String> stack = top(tech, 3);
    if (!stack.isEmpty()) {
      p.techStack(1, stack.toArray(new String[0]));
      parts.add("tech " + String.join(", ", stack) + " (weight 1)");
    }
    List<String> where = top(countries, 3);
    if (!where.isEmpty()) {
      p.country(1, where.toArray(new String[0]));
      parts.add("country " + String.join(", ", where) + " (weight 1)");
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException(
          "worksheet must give the customers a size, industry, tech stack or country to derive a"
              + " fit profile, got none");
    }
    return new Derived(
        p.build(), basis + ", " + companies.size() + " companies", String.join("; ", parts));
  }

  /** Returns the {@code n} most frequent keys, most frequent first, ties in key order. */
  static List<String> top(Map<String, Long> counts, int n) {
    List<Map.Entry<String, Long>> e = new ArrayList<>(counts.entrySet());
    e.sort(
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(n, e.size()); i++) {
      out.add(e.get(i).getKey());
    }
    return out;
  }

  private static void prospects(
      StringBuilder s, Input input, SegmentReport report, FitProfile profile) {
    LocalDate asOf = report.asOf();
    Map<String, Company> open = new LinkedHashMap<>();
    for (Opportunity o : input.opportunities()) {
      boolean openAtAsOf =
          !o.created().isAfter(asOf) && o.closed().map(c -> c.isAfter(asOf)).orElse(true);
      if (openAtAsOf) {
        open.putIfAbsent(o.company().id(), o.company());
      }
    }
    if (open.isEmpty()) {
      s.append(
          "No open opportunity to score at "
              + asOf
              + ": pass an opportunities CSV with open deals to rank your prospects.\n");
      return;
    }
    ScoringStrategy<Company> strategy = ScoringStrategy.companyFit(profile);
    List<Scored> scored = new ArrayList<>();
    for (Company c : open.values()) {
      scored.add(new Scored(c, strategy.score(c)));
    }
    scored.sort(
        Comparator.comparingInt((Scored x) -> x.score().centiPoints())
            .reversed()
            .thenComparing(x -> x.company().id()));
    s.append(
        String.format(
            Locale.ROOT,
            "%d companies with an opportunity open on %s, scored by %s %s; the best %d:%n",
            scored.size(),
            asOf,
            strategy.id(),
            strategy.version(),
            Math.min(TOP, scored.size())));
    List<List<String>> table = new ArrayList<>();
    table.add(List.of("#", "company", "score", "tier", "size", "industry", "country"));
    for (int i = 0; i < Math.min(TOP, scored.size()); i++) {
      Scored x = scored.get(i);
      Company c = x.company();
      table.add(
          List.of(
              Integer.toString(i + 1),
              c.name(),
              String.format(Locale.ROOT, "%.2f", x.score().value()),
              x.score()
                  .tier()
                  .map(Enum::name)
                  .orElse(x.score().status().name().toLowerCase(Locale.ROOT)),
              input.sizePolicy().bandOf(c).map(SizeBand::name).orElse("-"),
              c.industry().map(Industry::label).orElse("-"),
              c.location().map(Location::country).orElse("-")));
    }
    s.append(Tables.aligned(table, 0, 2));
    s.append('\n');
    for (int i = 0; i < Math.min(EXPLAINED, scored.size()); i++) {
      Scored x = scored.get(i);
      s.append(x.company().name()).append(": ").append(x.score().explain()).append('\n');
    }
  }

  private record Scored(Company company, Score score) {}
}
