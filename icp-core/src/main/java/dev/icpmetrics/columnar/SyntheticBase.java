package dev.icpmetrics.columnar;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
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
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.model.SubscriptionLifecycle;
import dev.icpmetrics.model.Tag;
import dev.icpmetrics.model.TechStack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of realistic synthetic customer bases, written straight into a {@link
 * CustomerBase.Builder} without an object per row, so that it scales to 50M accounts; the same seed
 * also gives the same accounts as {@link Account} records ({@link #accounts}), for the record path
 * and for tests.
 *
 * <p>What it draws, per account, from one {@link SplittableRandom}: an industry among 12 with NAICS
 * codes (3% unknown); employees log-uniform in [2, 50,000] (10% unknown) and a correlated revenue
 * (40% unknown), the size band following from the guide's {@link SizePolicy}; a country among 14
 * (5% unknown) and its region; a growth stage; 0-4 technologies among 16; a founding year (20%
 * unknown); a primary buyer (10% none) with seniority, job function, buying role and department;
 * 0-3 pain points among 8; a channel among 6, a direct cost (70% unknown) and a sales cycle (30%
 * unknown). Acquired dates fall in [2019-01-01, {@link #AS_OF}), more of them recently. Monthly
 * churn hazard is segment-dependent: a base of 2.5% times factors of the size band (SMB 1.6,
 * mid-market 0.8, enterprise 0.35), the industry (0.6 to 1.5) and the channel (0.6 to 1.3); a
 * churned account comes back with probability 8% after 10 to 200 days, at most twice. MRR starts by
 * size (USD 100-1,500, 1,500-8,000, 8,000-40,000 a month) and changes once in 30% of accounts (a
 * second time in 5%).
 *
 * <p>Deterministic: the same seed and size give the same base on every JVM.
 */
// Closed-column codes are declaration-order ordinals, by contract of CustomerBase.
@SuppressWarnings("EnumOrdinal")
public final class SyntheticBase {

  /** The as-of date of every generated base: no event falls on or after it. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

  private static final LocalDate START = LocalDate.of(2019, 1, 1);
  private static final Currency USD = Currency.getInstance("USD");

  static final String[][] INDUSTRIES = {
    {"Software Publishers", "513210"},
    {"Computer Systems Design", "541512"},
    {"Commercial Banking", "522110"},
    {"Insurance Carriers", "524126"},
    {"Hospitals", "622110"},
    {"Department Stores", "455110"},
    {"Machinery Manufacturing", "333249"},
    {"Freight Trucking", "484121"},
    {"Management Consulting", "541611"},
    {"Colleges and Universities", "611310"},
    {"Advertising Agencies", "541810"},
    {"Telecommunications", "517111"}
  };
  private static final double[] INDUSTRY_WEIGHT = {18, 14, 8, 6, 6, 7, 8, 6, 9, 5, 6, 7};
  private static final double[] INDUSTRY_HAZARD = {
    0.8, 0.9, 0.6, 0.7, 0.75, 1.4, 1.1, 1.5, 1.2, 0.9, 1.3, 1.0
  };
  static final String[] COUNTRIES = {
    "US", "GB", "DE", "FR", "CA", "AU", "NL", "IN", "BR", "JP", "SG", "ES", "SE", "IL"
  };
  private static final double[] COUNTRY_WEIGHT = {40, 10, 8, 6, 6, 4, 4, 5, 4, 3, 3, 3, 2, 2};
  static final String[] CHANNELS = {
    "inbound", "outbound", "partner", "paid-search", "referral", "events"
  };
  private static final double[] CHANNEL_WEIGHT = {30, 25, 12, 18, 8, 7};
  private static final double[] CHANNEL_HAZARD = {0.9, 1.0, 0.7, 1.3, 0.6, 1.1};
  static final String[] TECH = {
    "salesforce", "hubspot", "snowflake", "aws", "gcp", "azure", "slack", "jira",
    "zendesk", "stripe", "shopify", "marketo", "segment", "datadog", "github", "okta"
  };
  static final String[] PAIN_POINTS = {
    "Manual reporting", "Data silos", "Slow onboarding", "Churn visibility",
    "Forecast accuracy", "Compliance", "Tool sprawl", "Pipeline visibility"
  };
  static final String[] DEPARTMENTS = {
    "Sales", "Marketing", "Finance", "Operations", "IT", "Customer Success", "Product"
  };
  private static final double[] STAGE_WEIGHT = {30, 15, 20, 20, 10, 5};
  private static final double[] SENIORITY_WEIGHT = {0, 0, 5, 15, 25, 25, 15, 10, 2, 3};
  private static final double[] SIZE_HAZARD = {1.6, 0.8, 0.35};

  private SyntheticBase() {}

  /**
   * Generates a base of {@code accounts} accounts in USD with the guide's size policy.
   *
   * @param seed the seed
   * @param accounts the number of accounts, {@code >= 0}
   * @return the base
   */
  public static CustomerBase generate(long seed, int accounts) {
    Checks.nonNegative("accounts", accounts);
    return writeTo(seed, accounts, CustomerBase.builder(USD).expectedRows(accounts)).build();
  }

  /**
   * Appends {@code accounts} generated accounts to {@code builder} (for example one set up with
   * {@link CustomerBase.Builder#groupBy} or a progress listener), through the raw row path.
   *
   * @param seed the seed
   * @param accounts the number of accounts, {@code >= 0}
   * @param builder a builder in USD with the guide's size policy
   * @return {@code builder}
   * @throws IllegalArgumentException if the builder is in another currency
   */
  public static CustomerBase.Builder writeTo(
      long seed, int accounts, CustomerBase.Builder builder) {
    Checks.nonNegative("accounts", accounts);
    requireNonNull(builder, "builder");
    if (!builder.currency().equals(USD)) {
      throw new IllegalArgumentException(
          "builder currency must be USD, got " + builder.currency().getCurrencyCode());
    }
    RawSink sink = new RawSink(builder);
    run(seed, accounts, sink);
    return builder;
  }

  /**
   * Returns the same accounts as {@link #generate} for this seed, as records: account {@code i} has
   * id {@code acct-<i>}.
   *
   * @param seed the seed
   * @param accounts the number of accounts, {@code >= 0}
   * @return the accounts, unmodifiable
   */
  public static List<Account> accounts(long seed, int accounts) {
    Checks.nonNegative("accounts", accounts);
    RecordSink sink = new RecordSink(accounts);
    run(seed, accounts, sink);
    return List.copyOf(sink.out);
  }

  /** One generated account, reused between rows. */
  static final class Row {
    int index;
    int industry = -1;
    boolean hasEmployees;
    long employees;
    boolean hasRevenue;
    long revenueMinor;
    int country = -1;
    int stage;
    int techMask;
    boolean hasFounded;
    int founded;
    boolean hasPersona;
    int seniority;
    int function;
    int role;
    int department;
    int painMask;
    int channel;
    boolean hasCost;
    long costMinor;
    boolean hasCycle;
    int cycleDays;
    int acquired;
    final int[] events = new int[4];
    int eventCount;
    final int[] mrrDays = new int[3];
    final long[] mrrMinor = new long[3];
    int mrrCount;
  }

  interface Sink {
    void accept(Row row);
  }

  static void run(long seed, int accounts, Sink sink) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Row row = new Row();
    SizePolicy guide = SizePolicy.guide();
    int start = (int) START.toEpochDay();
    int asOf = (int) AS_OF.toEpochDay();
    int span = asOf - start;
    for (int i = 0; i < accounts; i++) {
      row.index = i;
      row.industry = rnd.nextDouble() < 0.03 ? -1 : pick(rnd, INDUSTRY_WEIGHT);
      row.hasEmployees = rnd.nextDouble() >= 0.10;
      double logEmployees = rnd.nextDouble() * Math.log(25_000);
      row.employees = Math.max(2, Math.round(2 * Math.exp(logEmployees)));
      row.hasRevenue = rnd.nextDouble() >= 0.40;
      row.revenueMinor = Math.round(row.employees * 15_000_000.0 * (0.5 + 1.5 * rnd.nextDouble()));
      row.country = rnd.nextDouble() < 0.05 ? -1 : pick(rnd, COUNTRY_WEIGHT);
      row.stage = pick(rnd, STAGE_WEIGHT);
      int techCount = rnd.nextInt(5);
      row.techMask = 0;
      for (int k = 0; k < techCount; k++) {
        row.techMask |= 1 << rnd.nextInt(TECH.length);
      }
      row.hasFounded = rnd.nextDouble() >= 0.20;
      row.founded = 1950 + rnd.nextInt(75);
      row.hasPersona = rnd.nextDouble() >= 0.10;
      row.seniority = pick(rnd, SENIORITY_WEIGHT);
      row.function = rnd.nextInt(JobFunction.values().length);
      row.role = rnd.nextInt(BuyingRole.values().length);
      row.department = rnd.nextInt(DEPARTMENTS.length);
      int painCount = rnd.nextInt(4);
      row.painMask = 0;
      for (int k = 0; k < painCount; k++) {
        row.painMask |= 1 << rnd.nextInt(PAIN_POINTS.length);
      }
      row.channel = pick(rnd, CHANNEL_WEIGHT);
      row.hasCost = rnd.nextDouble() < 0.30;
      row.costMinor = rnd.nextLong(200_000);
      row.hasCycle = rnd.nextDouble() >= 0.30;
      row.cycleDays = 5 + rnd.nextInt(176);
      // Lifecycle: more accounts acquired recently (density grows linearly).
      row.acquired = start + (int) (span * Math.sqrt(rnd.nextDouble()));
      int band = row.hasEmployees ? guide.byEmployees(row.employees).ordinal() : 0;
      double hazard =
          0.025
              * SIZE_HAZARD[band]
              * (row.industry < 0 ? 1.0 : INDUSTRY_HAZARD[row.industry])
              * CHANNEL_HAZARD[row.channel];
      row.eventCount = 0;
      int spellStart = row.acquired;
      for (int cycle = 0; cycle < 2; cycle++) {
        int months = (int) Math.floor(Math.log(1 - rnd.nextDouble()) / Math.log(1 - hazard));
        long churn = spellStart + months * 30L + rnd.nextInt(30);
        if (churn >= asOf) {
          break;
        }
        row.events[row.eventCount++] = (int) churn;
        if (rnd.nextDouble() >= 0.08) {
          break;
        }
        long back = churn + 10 + rnd.nextInt(191);
        if (back >= asOf) {
          break;
        }
        row.events[row.eventCount++] = (int) back;
        spellStart = (int) back;
      }
      long base =
          switch (band) {
            case 0 -> 10_000 + rnd.nextLong(140_000);
            case 1 -> 150_000 + rnd.nextLong(650_000);
            default -> 800_000 + rnd.nextLong(3_200_000);
          };
      row.mrrCount = 1;
      row.mrrDays[0] = row.acquired;
      row.mrrMinor[0] = base;
      double change = rnd.nextDouble();
      int changes = change < 0.05 ? 2 : change < 0.30 ? 1 : 0;
      int day = row.acquired;
      for (int k = 0; k < changes; k++) {
        day += 90 + rnd.nextInt(631);
        if (day >= asOf) {
          break;
        }
        row.mrrDays[row.mrrCount] = day;
        row.mrrMinor[row.mrrCount] =
            Math.round(row.mrrMinor[row.mrrCount - 1] * (0.7 + 0.9 * rnd.nextDouble()));
        row.mrrCount++;
      }
      sink.accept(row);
    }
  }

  private static int pick(SplittableRandom rnd, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = rnd.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** Writes rows through the raw path, with codes looked up once. */
  private static final class RawSink implements Sink {
    private final CustomerBase.Builder b;
    private final int[] industry = new int[INDUSTRIES.length];
    private final int[] country = new int[COUNTRIES.length];
    private final int[] channel = new int[CHANNELS.length];
    private final int[] department = new int[DEPARTMENTS.length];
    private final int[] tech = new int[TECH.length];
    private final int[] pain = new int[PAIN_POINTS.length];

    RawSink(CustomerBase.Builder b) {
      this.b = b;
      for (int i = 0; i < INDUSTRIES.length; i++) {
        industry[i] = b.industryCode(industry(i));
      }
      for (int i = 0; i < COUNTRIES.length; i++) {
        country[i] = b.code(CategoryColumn.COUNTRY, COUNTRIES[i]);
      }
      for (int i = 0; i < CHANNELS.length; i++) {
        channel[i] = b.code(CategoryColumn.CHANNEL, CHANNELS[i]);
      }
      for (int i = 0; i < DEPARTMENTS.length; i++) {
        department[i] = b.code(CategoryColumn.DEPARTMENT, DEPARTMENTS[i]);
      }
      for (int i = 0; i < TECH.length; i++) {
        tech[i] = b.tagCode(TagColumn.TECH_STACK, TECH[i]);
      }
      for (int i = 0; i < PAIN_POINTS.length; i++) {
        pain[i] = b.tagCode(TagColumn.PAIN_POINTS, PAIN_POINTS[i]);
      }
    }

    @Override
    public void accept(Row r) {
      b.beginRow(r.acquired);
      if (r.industry >= 0) {
        b.category(CategoryColumn.INDUSTRY, industry[r.industry]);
      }
      if (r.hasEmployees) {
        b.employees(r.employees);
      }
      if (r.hasRevenue) {
        b.annualRevenueMinor(r.revenueMinor);
      }
      if (r.country >= 0) {
        b.category(CategoryColumn.COUNTRY, country[r.country]);
      }
      b.category(CategoryColumn.GROWTH_STAGE, r.stage);
      for (int m = r.techMask; m != 0; m &= m - 1) {
        b.tag(TagColumn.TECH_STACK, tech[Integer.numberOfTrailingZeros(m)]);
      }
      if (r.hasFounded) {
        b.foundedYear(r.founded);
      }
      if (r.hasPersona) {
        b.category(CategoryColumn.SENIORITY, r.seniority)
            .category(CategoryColumn.JOB_FUNCTION, r.function)
            .category(CategoryColumn.BUYING_ROLE, r.role)
            .category(CategoryColumn.DEPARTMENT, department[r.department]);
      }
      for (int m = r.painMask; m != 0; m &= m - 1) {
        b.tag(TagColumn.PAIN_POINTS, pain[Integer.numberOfTrailingZeros(m)]);
      }
      b.category(CategoryColumn.CHANNEL, channel[r.channel]);
      if (r.hasCost) {
        b.directCostMinor(r.costMinor);
      }
      if (r.hasCycle) {
        b.salesCycleDays(r.cycleDays);
      }
      for (int k = 0; k < r.eventCount; k++) {
        if (k % 2 == 0) {
          b.churn(r.events[k]);
        } else {
          b.reactivation(r.events[k]);
        }
      }
      for (int k = 0; k < r.mrrCount; k++) {
        b.mrr(r.mrrDays[k], r.mrrMinor[k]);
      }
      b.endRow();
    }
  }

  static Industry industry(int i) {
    return Industry.of(INDUSTRIES[i][0], NaicsCode.of(INDUSTRIES[i][1]));
  }

  /** Builds records. */
  private static final class RecordSink implements Sink {
    final List<Account> out;
    private final Industry[] industries = new Industry[INDUSTRIES.length];
    private final Location[] locations = new Location[COUNTRIES.length];
    private final Tag[] pains = new Tag[PAIN_POINTS.length];

    RecordSink(int accounts) {
      out = new ArrayList<>(accounts);
      for (int i = 0; i < INDUSTRIES.length; i++) {
        industries[i] = industry(i);
      }
      for (int i = 0; i < COUNTRIES.length; i++) {
        locations[i] = Location.of(COUNTRIES[i]);
      }
      for (int i = 0; i < PAIN_POINTS.length; i++) {
        pains[i] = Tag.of(PAIN_POINTS[i]);
      }
    }

    @Override
    public void accept(Row r) {
      String id = "acct-" + r.index;
      Company.Builder c = Company.builder(id, "Account " + r.index);
      if (r.industry >= 0) {
        c.industry(industries[r.industry]);
      }
      if (r.hasEmployees) {
        c.employees(r.employees);
      }
      if (r.hasRevenue) {
        c.annualRevenue(Money.ofMinor(USD, r.revenueMinor));
      }
      if (r.country >= 0) {
        c.location(locations[r.country]);
      }
      c.growthStage(GrowthStage.values()[r.stage]);
      List<String> tech = new ArrayList<>();
      for (int m = r.techMask; m != 0; m &= m - 1) {
        tech.add(TECH[Integer.numberOfTrailingZeros(m)]);
      }
      if (!tech.isEmpty()) {
        c.techStack(TechStack.of(tech));
      }
      if (r.hasFounded) {
        c.foundedYear(r.founded);
      }
      List<BuyerPersona> personas = new ArrayList<>(1);
      if (r.hasPersona) {
        String department = DEPARTMENTS[r.department];
        personas.add(
            new BuyerPersona(
                department,
                JobFunction.values()[r.function],
                Seniority.values()[r.seniority],
                department,
                BuyingRole.values()[r.role]));
      }
      Insights insights = Insights.empty();
      List<Tag> tags = new ArrayList<>();
      for (int m = r.painMask; m != 0; m &= m - 1) {
        tags.add(pains[Integer.numberOfTrailingZeros(m)]);
      }
      if (!tags.isEmpty()) {
        insights = insights.withPainPoints(tags.toArray(new Tag[0]));
      }
      Acquisition acq = Acquisition.via(CHANNELS[r.channel]);
      if (r.hasCost) {
        acq = acq.withDirectCost(Money.ofMinor(USD, r.costMinor));
      }
      if (r.hasCycle) {
        acq = acq.withSalesCycleDays(r.cycleDays);
      }
      List<LocalDate> churns = new ArrayList<>(2);
      List<LocalDate> reactivations = new ArrayList<>(1);
      for (int k = 0; k < r.eventCount; k++) {
        (k % 2 == 0 ? churns : reactivations).add(LocalDate.ofEpochDay(r.events[k]));
      }
      List<MrrChange> changes = new ArrayList<>(r.mrrCount);
      for (int k = 0; k < r.mrrCount; k++) {
        changes.add(
            MrrChange.of(LocalDate.ofEpochDay(r.mrrDays[k]), Money.ofMinor(USD, r.mrrMinor[k])));
      }
      out.add(
          new Account(
              id,
              c.build(),
              personas,
              SubscriptionLifecycle.of(LocalDate.ofEpochDay(r.acquired), churns, reactivations),
              new MrrHistory(USD, changes),
              acq,
              insights));
    }
  }
}
