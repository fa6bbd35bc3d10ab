package dev.icpmetrics.sample;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Acquisition;
import dev.icpmetrics.model.AcquisitionSpend;
import dev.icpmetrics.model.BuyerPersona;
import dev.icpmetrics.model.BuyingRole;
import dev.icpmetrics.model.Channel;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.FundingRound;
import dev.icpmetrics.model.Industry;
import dev.icpmetrics.model.Insights;
import dev.icpmetrics.model.JobFunction;
import dev.icpmetrics.model.Location;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.NaicsCode;
import dev.icpmetrics.model.Opportunity;
import dev.icpmetrics.model.OpportunityOutcome;
import dev.icpmetrics.model.Seniority;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.model.SpendKind;
import dev.icpmetrics.model.SubscriptionLifecycle;
import dev.icpmetrics.model.Tag;
import dev.icpmetrics.model.TechStack;
import dev.icpmetrics.model.TriggerEvent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Deterministic sample bases. Every call builds the same base from a fixed seed; nothing reads the
 * clock.
 */
public final class SampleBases {
  /** The seed of {@link #guideExample()}. */
  public static final long GUIDE_EXAMPLE_SEED = 20250601L;

  private static final String USD = "USD";
  private static final long MILLION_MINOR = 100_000_000L;
  private static final LocalDate FROM = LocalDate.of(2025, 6, 1);
  private static final LocalDate TO = LocalDate.of(2025, 7, 1);

  private static final String[][] INDUSTRIES = {
    {"Software", "513210"},
    {"Fintech", "522320"},
    {"IT services", "541511"},
    {"E-commerce", "455219"},
    {"Healthcare", "621111"},
    {"Education", "611310"},
    {"Manufacturing", "336390"},
    {"Logistics", "484121"},
    {"Marketing agencies", "541810"},
    {"Insurance", "524126"},
  };
  private static final String[][] LOCATIONS = {
    {"US", "US-CA"},
    {"US", "US-NY"},
    {"US", ""},
    {"US", ""},
    {"US", "US-TX"},
    {"CA", ""},
    {"GB", ""},
    {"GB", ""},
    {"DE", "DE-BY"},
    {"DE", ""},
    {"FR", ""},
    {"NL", ""},
    {"AU", ""},
    {"JP", ""},
    {"IN", ""},
    {"BR", ""},
    {"SG", ""},
  };
  private static final String[] TECH = {
    "salesforce",
    "hubspot",
    "snowflake",
    "slack",
    "zendesk",
    "aws",
    "gcp",
    "azure",
    "shopify",
    "netsuite"
  };
  private static final JobFunction[] FUNCTIONS = {
    JobFunction.SALES,
    JobFunction.MARKETING,
    JobFunction.OPERATIONS,
    JobFunction.FINANCE,
    JobFunction.INFORMATION_TECHNOLOGY,
    JobFunction.CUSTOMER_SUCCESS_AND_SUPPORT,
  };
  private static final Tag[] PAIN_POINTS = {
    Tag.of("Manual reporting"),
    Tag.of("Data silos"),
    Tag.of("Slow onboarding"),
    Tag.of("Compliance risk"),
    Tag.of("Churn visibility"),
  };
  private static final Tag[] TRIGGERS = {
    Tag.of("New funding"),
    Tag.of("Leadership change"),
    Tag.of("Expansion"),
    Tag.of("Tool consolidation"),
  };

  private SampleBases() {}

  /** One band of the guide's table and how its accounts are drawn. */
  private record Band(
      String key,
      int atStart,
      int churned,
      int acquired,
      int historical,
      long arpaMinor,
      long cacMinor,
      long employeesMin,
      long employeesMax,
      long revenueMinMillions,
      long revenueMaxMillions,
      int cycleMin,
      int cycleMax,
      int lost,
      int open,
      List<String> channels,
      List<FundingRound> rounds,
      List<Seniority> seniorities) {}

  private static final List<Band> BANDS =
      List.of(
          new Band(
              "smb",
              150,
              15,
              15,
              20,
              240_00,
              350_00,
              5,
              450,
              1,
              45,
              5,
              30,
              45,
              20,
              List.of("self-serve", "paid-search", "content"),
              List.of(FundingRound.NONE, FundingRound.SEED, FundingRound.SERIES_A),
              List.of(Seniority.OWNER, Seniority.CXO, Seniority.DIRECTOR)),
          new Band(
              "mid",
              300,
              12,
              12,
              10,
              192_00,
              500_00,
              500,
              1_900,
              50,
              900,
              30,
              90,
              28,
              25,
              List.of("outbound", "partner", "paid-search"),
              List.of(
                  FundingRound.SERIES_B,
                  FundingRound.SERIES_C,
                  FundingRound.SERIES_D,
                  FundingRound.PRIVATE_EQUITY),
              List.of(Seniority.DIRECTOR, Seniority.VP, Seniority.MANAGER)),
          new Band(
              "ent",
              50,
              1,
              2,
              2,
              200_00,
              1_500_00,
              2_000,
              60_000,
              1_000,
              30_000,
              90,
              240,
              8,
              6,
              List.of("outbound", "events", "partner"),
              List.of(
                  FundingRound.IPO, FundingRound.PRIVATE_EQUITY, FundingRound.SERIES_E_OR_LATER),
              List.of(Seniority.VP, Seniority.CXO, Seniority.DIRECTOR)));

  /**
   * Returns the guide's example base (REFERENCES §8), analysed over June 2025 ({@code [2025-06-01,
   * 2025-07-01)}, as of 2025-07-01) with {@link SizePolicy#guide()}.
   *
   * <table>
   *   <caption>What the base holds</caption>
   *   <tr><th>band</th><th>active on 2025-06-01</th><th>churned in June</th><th>new in June</th>
   *       <th>MRR per account</th><th>direct CAC</th><th>sales cycle</th></tr>
   *   <tr><td>SMB</td><td>150</td><td>15 (10%)</td><td>15</td><td>USD 240</td><td>USD 350</td>
   *       <td>5-30 days</td></tr>
   *   <tr><td>Mid-market</td><td>300</td><td>12 (4%)</td><td>12</td><td>USD 192</td>
   *       <td>USD 500</td><td>30-90 days</td></tr>
   *   <tr><td>Enterprise</td><td>50</td><td>1 (2%)</td><td>2</td><td>USD 200</td>
   *       <td>USD 1,500</td><td>90-240 days</td></tr>
   * </table>
   *
   * <p>Every account of a band pays the same MRR throughout, so ARPA is exactly the band's, and the
   * simple CLV, ARPA / monthly churn, gives the guide's USD 2,400, 4,800 and 10,000. Every account
   * has its band's direct acquisition cost, and the ledger books each cost as a {@link
   * SpendKind#PAID_MEDIA} line of its channel and month, so any CAC allocation gives the guide's
   * USD 350, 500 and 1,500. Besides, each band has accounts that churned before June (20, 10 and 2:
   * not at risk in the window), and June's opportunities: one won per new account (closed on its
   * acquired date, its cycle drawn from the band's range), 45, 28 and 8 lost, and 20, 25 and 6
   * still open.
   *
   * <p>Other attributes are drawn with seed {@value #GUIDE_EXAMPLE_SEED}: an industry with its
   * NAICS code among ten, a country (some with a subdivision; one company in 25 has no location),
   * employees and revenue inside the band's guide bounds, a funding round fitting the band, one to
   * four technologies, one or two buyer personas, zero to two pain points (one account in ten has
   * none) and at most one trigger event, and a channel among the band's three.
   *
   * @return the base
   */
  public static SampleBase guideExample() {
    SplittableRandom random = new SplittableRandom(GUIDE_EXAMPLE_SEED);
    List<Account> accounts = new ArrayList<>();
    List<Opportunity> opportunities = new ArrayList<>();
    for (Band b : BANDS) {
      int n = 0;
      // Active at the start of the window; the first `churned` of them churn in June.
      for (int i = 0; i < b.atStart; i++) {
        LocalDate acquired = day(random, LocalDate.of(2023, 1, 1), FROM);
        SubscriptionLifecycle life = SubscriptionLifecycle.acquiredOn(acquired);
        if (i < b.churned) {
          life = life.churnedOn(day(random, FROM.plusDays(1), TO));
        }
        int cycle = between(random, b.cycleMin, b.cycleMax);
        accounts.add(account(random, b, ++n, life, cycle));
      }
      // New in the window, with the won opportunity that brought each one.
      for (int i = 0; i < b.acquired; i++) {
        LocalDate acquired = day(random, FROM, TO.minusDays(2));
        int cycle = between(random, b.cycleMin, b.cycleMax);
        Account a = account(random, b, ++n, SubscriptionLifecycle.acquiredOn(acquired), cycle);
        accounts.add(a);
        opportunities.add(
            Opportunity.closed(
                "opp-" + a.id(),
                a.company(),
                a.primaryPersona().orElseThrow(),
                a.acquisition().channel(),
                acquired.minusDays(cycle),
                OpportunityOutcome.WON,
                acquired));
      }
      // Churned before the window: in the base, not at risk.
      for (int i = 0; i < b.historical; i++) {
        LocalDate acquired = day(random, LocalDate.of(2022, 6, 1), LocalDate.of(2024, 6, 1));
        LocalDate churn = day(random, acquired.plusDays(30), FROM.minusDays(1));
        SubscriptionLifecycle life = SubscriptionLifecycle.acquiredOn(acquired).churnedOn(churn);
        accounts.add(account(random, b, ++n, life, between(random, b.cycleMin, b.cycleMax)));
      }
      for (int i = 0; i < b.lost; i++) {
        Company c = company(random, b, "lost-" + b.key + "-" + three(i + 1));
        LocalDate closed = day(random, FROM, TO);
        opportunities.add(
            Opportunity.closed(
                "opp-lost-" + b.key + "-" + three(i + 1),
                c,
                persona(random, b, true),
                Channel.of(pick(random, b.channels)),
                closed.minusDays(between(random, b.cycleMin, b.cycleMax)),
                OpportunityOutcome.LOST,
                closed));
      }
      for (int i = 0; i < b.open; i++) {
        Company c = company(random, b, "open-" + b.key + "-" + three(i + 1));
        opportunities.add(
            Opportunity.open(
                "opp-open-" + b.key + "-" + three(i + 1),
                c,
                persona(random, b, true),
                Channel.of(pick(random, b.channels)),
                day(random, LocalDate.of(2025, 4, 1), TO)));
      }
    }
    return new SampleBase(
        "guide example",
        "The guide's example table (REFERENCES §8): 150 SMB, 300 mid-market and 50 enterprise"
            + " accounts active on 2025-06-01; 10%, 4% and 2% of them churn in June 2025; ARPA"
            + " USD 240, 192 and 200 (simple CLV USD 2,400, 4,800, 10,000); direct CAC USD 350,"
            + " 500 and 1,500. Seed "
            + GUIDE_EXAMPLE_SEED
            + ".",
        accounts,
        opportunities,
        ledger(accounts),
        FROM,
        TO,
        TO,
        SizePolicy.guide());
  }

  private static Account account(
      SplittableRandom r, Band b, int n, SubscriptionLifecycle life, int cycleDays) {
    String id = b.key + "-" + three(n);
    Company company = company(r, b, id);
    Money cac = Money.ofMinor(USD, b.cacMinor);
    Acquisition acquisition =
        Acquisition.via(pick(r, b.channels)).withDirectCost(cac).withSalesCycleDays(cycleDays);
    List<BuyerPersona> personas = new ArrayList<>();
    personas.add(persona(r, b, true));
    if (r.nextInt(3) == 0) {
      personas.add(persona(r, b, false));
    }
    TreeSet<Tag> pains = new TreeSet<>();
    if (r.nextInt(10) != 0) {
      int k = 1 + r.nextInt(2);
      for (int i = 0; i < k; i++) {
        pains.add(PAIN_POINTS[r.nextInt(PAIN_POINTS.length)]);
      }
    }
    TreeSet<TriggerEvent> triggers = new TreeSet<>();
    if (r.nextInt(2) == 0) {
      triggers.add(
          TriggerEvent.of(
              TRIGGERS[r.nextInt(TRIGGERS.length)],
              life.acquired().minusDays(cycleDays + r.nextInt(60))));
    }
    Insights insights =
        new Insights(pains, triggers, new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
    return new Account(
        id,
        company,
        personas,
        life,
        MrrHistory.startingAt(life.acquired(), Money.ofMinor(USD, b.arpaMinor)),
        acquisition,
        insights);
  }

  private static Company company(SplittableRandom r, Band b, String id) {
    String[] industry = INDUSTRIES[r.nextInt(INDUSTRIES.length)];
    Company.Builder c =
        Company.builder("c-" + id, name(r, industry[0], id))
            .industry(Industry.of(industry[0], NaicsCode.of(industry[1])))
            .employees(b.employeesMin + r.nextLong(b.employeesMax - b.employeesMin))
            .annualRevenue(
                Money.ofMinor(
                    USD,
                    (b.revenueMinMillions + r.nextLong(b.revenueMaxMillions - b.revenueMinMillions))
                        * MILLION_MINOR))
            .latestRound(b.rounds.get(r.nextInt(b.rounds.size())))
            .foundedYear(1960 + r.nextInt(62));
    if (r.nextInt(25) != 0) {
      String[] loc = LOCATIONS[r.nextInt(LOCATIONS.length)];
      c.location(loc[1].isEmpty() ? Location.of(loc[0]) : Location.of(loc[0], loc[1]));
    }
    int k = 1 + r.nextInt(4);
    List<String> tech = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      tech.add(TECH[r.nextInt(TECH.length)]);
    }
    return c.techStack(TechStack.of(tech)).build();
  }

  private static String name(SplittableRandom r, String industry, String id) {
    String[] stems = {"North", "Blue", "Bright", "Iron", "Silver", "Cedar", "Nova", "Atlas"};
    return stems[r.nextInt(stems.length)] + " " + industry + " " + id.toUpperCase(Locale.ROOT);
  }

  private static BuyerPersona persona(SplittableRandom r, Band b, boolean primary) {
    JobFunction f = FUNCTIONS[r.nextInt(FUNCTIONS.length)];
    Seniority s = primary ? b.seniorities.get(r.nextInt(b.seniorities.size())) : Seniority.MANAGER;
    BuyingRole role =
        primary
            ? BuyingRole.ECONOMIC_BUYER
            : r.nextBoolean() ? BuyingRole.CHAMPION : BuyingRole.USER;
    String title = title(s) + " " + f.label();
    return new BuyerPersona(title, f, s, f.label(), role);
  }

  private static String title(Seniority s) {
    return switch (s) {
      case OWNER -> "Founder,";
      case CXO -> "Chief";
      case VP -> "VP";
      case DIRECTOR -> "Director of";
      default -> "Head of";
    };
  }

  private static List<AcquisitionSpend> ledger(List<Account> accounts) {
    Map<YearMonth, Map<String, Long>> spend = new TreeMap<>();
    for (Account a : accounts) {
      long cost = a.acquisition().directCost().orElseThrow().amountMinor();
      spend
          .computeIfAbsent(YearMonth.from(a.lifecycle().acquired()), m -> new TreeMap<>())
          .merge(a.acquisition().channel().key(), cost, Long::sum);
    }
    List<AcquisitionSpend> out = new ArrayList<>();
    spend.forEach(
        (month, byChannel) ->
            byChannel.forEach(
                (channel, minor) ->
                    out.add(
                        new AcquisitionSpend(
                            month,
                            Channel.of(channel),
                            Money.ofMinor(USD, minor),
                            SpendKind.PAID_MEDIA))));
    return out;
  }

  private static LocalDate day(SplittableRandom r, LocalDate from, LocalDate to) {
    return from.plusDays(r.nextLong(to.toEpochDay() - from.toEpochDay()));
  }

  private static int between(SplittableRandom r, int min, int max) {
    return min + r.nextInt(max - min + 1);
  }

  private static String pick(SplittableRandom r, List<String> values) {
    return values.get(r.nextInt(values.size()));
  }

  private static String three(int n) {
    return String.format(Locale.ROOT, "%03d", n);
  }
}
