package dev.icpmetrics.benchmarks;

import dev.icpmetrics.io.CsvFormat;
import dev.icpmetrics.io.WorksheetCsv;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Acquisition;
import dev.icpmetrics.model.BuyerPersona;
import dev.icpmetrics.model.BuyingRole;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.GrowthStage;
import dev.icpmetrics.model.Industry;
import dev.icpmetrics.model.Insights;
import dev.icpmetrics.model.JobFunction;
import dev.icpmetrics.model.Location;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrChange;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.NaicsCode;
import dev.icpmetrics.model.Seniority;
import dev.icpmetrics.model.SubscriptionLifecycle;
import dev.icpmetrics.model.Tag;
import dev.icpmetrics.model.TechStack;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Imports an ICP worksheet of {@code rows} accounts (1M by default) from CSV text held in memory,
 * with {@link WorksheetCsv#readAccounts(java.io.Reader, String, CsvFormat)}: RFC 4180 tokenizing,
 * header check, typed parsing with every problem collected, and the domain model's validation.
 *
 * <p>The baseline in the same run, {@link #naiveSplit()}, is <b>not</b> an RFC 4180 parser: it
 * splits lines on {@code \n} and fields on {@code ,} with {@link String#split}, assumes the column
 * order, knows no quoting, stops at the first bad value with whatever exception the JDK throws, and
 * builds the same {@link Account}s. It shows what the correctness costs. The generated text needs
 * no quoting so that both read it; {@link #setUp()} checks that both give equal accounts on the
 * first rows.
 *
 * <p>Run: {@code java -jar icp-benchmarks/target/benchmarks.jar CsvImport} (a quick check: {@code
 * java -jar icp-benchmarks/target/benchmarks.jar CsvImport -f 1 -wi 0 -i 1 -r 1s -p rows=1000}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public class CsvImportBenchmark {
  private static final String HEADER =
      "id,name,industry,naics,employees,annual_revenue,growth_stage,country,tech_stack,"
          + "persona_title,persona_function,persona_seniority,persona_department,persona_role,"
          + "channel,campaign,sales_cycle_days,pain_points,acquired,churned,currency,mrr";
  private static final String[] INDUSTRIES = {"Software", "Fintech", "Retail", "Health"};
  private static final String[] NAICS = {"513210", "522320", "44", "621111"};
  private static final String[] COUNTRIES = {"US", "DE", "FR", "GB", "JP"};
  private static final String[] TECH = {"hubspot", "salesforce", "hubspot|salesforce", "zendesk"};
  private static final String[] CHANNELS = {"outbound", "paid-search", "partner", "referral"};
  private static final String[] PAINS = {"Manual reporting", "Slow close", "Data silos"};
  private static final String[] TITLES = {"VP Sales", "CFO", "Head of RevOps", "IT Manager"};
  private static final Currency USD = Currency.getInstance("USD");

  /** The number of accounts in the worksheet. */
  @Param({"1000000"})
  int rows;

  String csv;
  CsvFormat format;

  /** Generates the worksheet text from a fixed seed and checks both readers agree on it. */
  @Setup(Level.Trial)
  public void setUp() {
    csv = generate(rows, 20261124L);
    format = CsvFormat.defaults().withLimits(65_536, 1_048_576, rows + 1);
    String head = generate(Math.min(rows, 1000), 20261124L);
    List<Account> a = WorksheetCsv.readAccounts(new StringReader(head), "check.csv", format);
    if (!a.equals(naive(head))) {
      throw new IllegalStateException("the naive baseline reads other accounts than WorksheetCsv");
    }
  }

  /** The library's import: RFC 4180, every problem collected, nothing partially loaded. */
  @Benchmark
  public List<Account> worksheetCsv() {
    return WorksheetCsv.readAccounts(new StringReader(csv), "bench.csv", format);
  }

  /** Baseline, NOT RFC 4180: {@code String.split} on lines and commas, fixed column order. */
  @Benchmark
  public List<Account> naiveSplit() {
    return naive(csv);
  }

  static String generate(int rows, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder(rows * 260).append(HEADER).append('\n');
    GrowthStage[] stages = GrowthStage.values();
    JobFunction[] functions = JobFunction.values();
    Seniority[] seniorities = Seniority.values();
    BuyingRole[] roles = BuyingRole.values();
    LocalDate epoch = LocalDate.of(2018, 1, 1);
    for (int i = 0; i < rows; i++) {
      int k = r.nextInt(4);
      LocalDate acquired = epoch.plusDays(r.nextInt(2500));
      b.append("a-").append(i).append(",Company ").append(i).append(',');
      b.append(INDUSTRIES[k]).append(',').append(NAICS[k]).append(',');
      b.append(r.nextInt(1, 5000)).append(',');
      b.append(r.nextLong(100_000, 2_000_000_000L)).append(".00,");
      b.append(stages[r.nextInt(stages.length)].name().toLowerCase(Locale.ROOT)).append(',');
      b.append(COUNTRIES[r.nextInt(COUNTRIES.length)]).append(',');
      b.append(TECH[r.nextInt(TECH.length)]).append(',');
      b.append(TITLES[r.nextInt(TITLES.length)]).append(',');
      b.append(functions[r.nextInt(functions.length)].name().toLowerCase(Locale.ROOT)).append(',');
      b.append(seniorities[r.nextInt(seniorities.length)].name().toLowerCase(Locale.ROOT));
      b.append(",Dept ").append(r.nextInt(10)).append(',');
      b.append(roles[r.nextInt(roles.length)].name().toLowerCase(Locale.ROOT)).append(',');
      b.append(CHANNELS[r.nextInt(CHANNELS.length)]).append(",q").append(r.nextInt(8)).append(',');
      b.append(r.nextInt(0, 365)).append(',');
      b.append(PAINS[r.nextInt(PAINS.length)]);
      if (r.nextBoolean()) {
        b.append('|').append(PAINS[(k + 1) % PAINS.length]);
      }
      b.append(',').append(acquired).append(',');
      if (r.nextInt(4) == 0) {
        b.append(acquired.plusDays(r.nextInt(30, 700)));
      }
      b.append(",USD,").append(acquired).append('=').append(r.nextInt(50, 5000)).append(".00");
      if (r.nextBoolean()) {
        b.append('|').append(acquired.plusDays(90)).append('=');
        b.append(r.nextInt(50, 5000)).append(".50");
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** The naive reader; see the class comment. */
  static List<Account> naive(String text) {
    String[] lines = text.split("\n");
    List<Account> out = new ArrayList<>(lines.length);
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split(",", -1);
      Company company =
          Company.builder(f[0], f[1])
              .industry(Industry.of(f[2], NaicsCode.of(f[3])))
              .employees(Long.parseLong(f[4]))
              .annualRevenue(Money.of(USD, new BigDecimal(f[5])))
              .growthStage(GrowthStage.valueOf(f[6].toUpperCase(Locale.ROOT)))
              .location(Location.of(f[7]))
              .techStack(TechStack.of(f[8].split("\\|")))
              .build();
      BuyerPersona persona =
          new BuyerPersona(
              f[9],
              JobFunction.valueOf(f[10].toUpperCase(Locale.ROOT)),
              Seniority.valueOf(f[11].toUpperCase(Locale.ROOT)),
              f[12],
              BuyingRole.valueOf(f[13].toUpperCase(Locale.ROOT)));
      Acquisition acquisition =
          Acquisition.via(f[14]).withCampaign(f[15]).withSalesCycleDays(Integer.parseInt(f[16]));
      String[] pains = f[17].split("\\|");
      Tag[] tags = new Tag[pains.length];
      for (int t = 0; t < pains.length; t++) {
        tags[t] = Tag.of(pains[t]);
      }
      LocalDate acquired = LocalDate.parse(f[18]);
      SubscriptionLifecycle lifecycle = SubscriptionLifecycle.acquiredOn(acquired);
      if (!f[19].isEmpty()) {
        lifecycle = lifecycle.churnedOn(LocalDate.parse(f[19]));
      }
      Currency currency = Currency.getInstance(f[20]);
      List<MrrChange> changes = new ArrayList<>(2);
      for (String item : f[21].split("\\|")) {
        int eq = item.indexOf('=');
        changes.add(
            MrrChange.of(
                LocalDate.parse(item.substring(0, eq)),
                Money.of(currency, new BigDecimal(item.substring(eq + 1)))));
      }
      out.add(
          new Account(
              f[0],
              company,
              List.of(persona),
              lifecycle,
              new MrrHistory(currency, changes),
              acquisition,
              Insights.empty().withPainPoints(tags)));
    }
    return out;
  }
}
