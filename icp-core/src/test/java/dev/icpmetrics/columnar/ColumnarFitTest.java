package dev.icpmetrics.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Acquisition;
import dev.icpmetrics.model.BuyerPersona;
import dev.icpmetrics.model.BuyingRole;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.Industry;
import dev.icpmetrics.model.Insights;
import dev.icpmetrics.model.JobFunction;
import dev.icpmetrics.model.Location;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.NaicsCode;
import dev.icpmetrics.model.Seniority;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.model.SubscriptionLifecycle;
import dev.icpmetrics.model.Tag;
import dev.icpmetrics.model.TechStack;
import dev.icpmetrics.scoring.Contribution;
import dev.icpmetrics.scoring.MissingPolicy;
import dev.icpmetrics.scoring.Score;
import dev.icpmetrics.scoring.ScoringStrategy;
import dev.icpmetrics.scoring.Tier;
import dev.icpmetrics.scoring.TierPolicy;
import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ColumnarFitTest {

  static ColumnarFit.Builder profile() {
    return ColumnarFit.builder()
        .industry(3, "5132", "541512")
        .size(2, "Mid-market")
        .country(1, "US", "GB")
        .techStack(1.5, "salesforce", "snowflake", "kubernetes")
        .seniority(1, Seniority.VP)
        .painPoints(0.5, "Manual reporting", "Data silos");
  }

  record Case(long seed, int size, MissingPolicy policy, double penalty, boolean quantiles) {}

  static Gen<Case> cases() {
    return r ->
        new Case(
            r.nextLong(),
            r.nextInt(800),
            List.of(MissingPolicy.values()).get(r.nextInt(3)),
            r.nextDouble(),
            r.nextBoolean());
  }

  @Test
  void score_equalsTheRecordPathStrategy_rowByRow() {
    Property.<Case>named("bulk score == weighted-fit strategy on records")
        .tries(40)
        .forAll(
            cases(),
            c -> {
              TierPolicy tiers =
                  c.quantiles()
                      ? TierPolicy.quantiles(new double[] {10, 30, 50, 70, 90}, 0.2, 0.2, 0.2)
                      : TierPolicy.STANDARD;
              ColumnarFit fit =
                  profile().missingPolicy(c.policy()).penalty(c.penalty()).tiers(tiers).build();
              ScoringStrategy<Account> strategy = fit.strategy(SizePolicy::guide);
              List<Account> accounts = SyntheticBase.accounts(c.seed(), c.size());
              BulkScores bulk = fit.score(SyntheticBase.generate(c.seed(), c.size()));
              Map<Tier, Long> counts = new EnumMap<>(Tier.class);
              for (Tier t : Tier.values()) {
                counts.put(t, 0L);
              }
              long unscored = 0;
              for (int i = 0; i < accounts.size(); i++) {
                Score s = strategy.score(accounts.get(i));
                assertEquals(s.isScored(), bulk.isScored(i), "row " + i);
                assertEquals((float) (s.centiPoints() / 100.0), bulk.value(i), "row " + i);
                assertEquals(s.tier(), bulk.tier(i), "row " + i);
                if (s.tier().isPresent()) {
                  counts.merge(s.tier().get(), 1L, Long::sum);
                } else {
                  unscored++;
                }
              }
              assertEquals(counts, bulk.tierCounts());
              assertEquals(unscored, bulk.unscoredCount());
            });
  }

  private static final String[] NAICS = {"51", "513", "5132", "513210", "5415", "541512", "52"};
  private static final String[] COUNTRIES = {"US", "GB", "DE", "FR", "JP"};
  private static final LocalDate DAY = LocalDate.of(2024, 1, 15);

  /** The tags {@code prefix + i}, {@code i < n}: 130 technologies need three words per row. */
  private static String[] pool(String prefix, int n) {
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = prefix + i;
    }
    return out;
  }

  private static final String[] TECH = pool("tech", 130);
  private static final String[] PAINS = pool("pain ", 70);

  private static <E> E pick(SplittableRandom r, E[] values) {
    return List.of(values).get(r.nextInt(values.length));
  }

  private static List<String> some(SplittableRandom r, String[] from, int max) {
    List<String> all = new ArrayList<>(List.of(from));
    Collections.shuffle(all, new java.util.Random(r.nextLong()));
    return all.subList(0, 1 + r.nextInt(max));
  }

  /**
   * An account with each attribute missing a quarter of the time, an industry without a NAICS code,
   * no tags, a few tags, or up to 100 (several words per row).
   */
  static Account randomAccount(SplittableRandom r, int i) {
    Company.Builder c = Company.builder("a" + i, "A" + i);
    switch (r.nextInt(4)) {
      case 0 -> {}
      case 1 -> c.industry(Industry.of("Label " + r.nextInt(3)));
      default ->
          c.industry(Industry.of("I" + r.nextInt(5), NaicsCode.of(NAICS[r.nextInt(NAICS.length)])));
    }
    if (r.nextInt(4) > 0) {
      c.employees(1 + r.nextInt(5000));
    }
    if (r.nextInt(4) > 0) {
      c.location(Location.of(COUNTRIES[r.nextInt(COUNTRIES.length)]));
    }
    int techs = r.nextInt(4) == 0 ? 0 : r.nextInt(3) == 0 ? 100 : 4;
    if (techs > 0) {
      c.techStack(TechStack.of(some(r, TECH, techs)));
    }
    Account a =
        Account.of(
            "a" + i,
            c.build(),
            SubscriptionLifecycle.acquiredOn(DAY),
            MrrHistory.startingAt(DAY, Money.of("USD", "100")),
            Acquisition.via("web"));
    if (r.nextInt(4) > 0) {
      a =
          a.withPersonas(
              new BuyerPersona(
                  "Ops",
                  pick(r, JobFunction.values()),
                  pick(r, Seniority.values()),
                  "Ops",
                  pick(r, BuyingRole.values())));
    }
    if (r.nextInt(4) > 0) {
      a =
          a.withInsights(
              Insights.empty()
                  .withPainPoints(
                      some(r, PAINS, r.nextBoolean() ? 3 : 69).stream()
                          .map(Tag::of)
                          .toArray(Tag[]::new)));
    }
    return a;
  }

  /**
   * A profile of a random subset of the attributes in a random order, with weights that may be 0,
   * targets that may match no row, any missing policy, penalty and tier policy.
   */
  static ColumnarFit randomProfile(SplittableRandom r) {
    ColumnarFit.Builder b = ColumnarFit.builder();
    double[] weights = {0, 0.5, 1, 1.5, 2, 3, 0.1 + 5 * r.nextDouble()};
    List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
    Collections.shuffle(kinds, new java.util.Random(r.nextLong()));
    double total = 0;
    for (int kind : kinds) {
      if (r.nextInt(10) < 3) {
        continue;
      }
      double w = weights[r.nextInt(weights.length)];
      total += w;
      switch (kind) {
        case 0 -> b.industry(w, some(r, NAICS, 3).toArray(new String[0]));
        case 1 -> b.size(w, List.of("SMB", "Mid-market", "Enterprise").get(r.nextInt(3)));
        case 2 -> b.country(w, some(r, COUNTRIES, 3).toArray(new String[0]));
        case 3 -> {
          List<String> t = new ArrayList<>(some(r, TECH, 4));
          if (r.nextBoolean()) {
            t.add("unused tech");
          }
          b.techStack(w, t.toArray(new String[0]));
        }
        case 4 -> b.seniority(w, pick(r, Seniority.values()));
        default -> b.painPoints(w, some(r, PAINS, 3).toArray(new String[0]));
      }
    }
    if (total == 0) {
      b.country(1, "US");
    }
    double[] penalties = {0, 1, r.nextDouble()};
    return b.missingPolicy(pick(r, MissingPolicy.values()))
        .penalty(penalties[r.nextInt(3)])
        .tiers(
            r.nextBoolean()
                ? TierPolicy.quantiles(new double[] {10, 30, 50, 70, 90}, 0.2, 0.2, 0.2)
                : TierPolicy.STANDARD)
        .build();
  }

  @Test
  void bothKernels_equalTheRecordPath_onRandomProfilesAndAccounts() {
    long[] seen = new long[4]; // clamped at 0, unscored with attributes present, multi-word, keyed
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Property.<Long>named("row-key and row-by-row kernels == weighted-fit strategy on records")
          .tries(60)
          .forAll(
              SplittableRandom::nextLong,
              seed -> {
                SplittableRandom r = new SplittableRandom(seed);
                ColumnarFit fit = randomProfile(r);
                int size = 1 + r.nextInt(300);
                List<Account> accounts = new ArrayList<>(size);
                CustomerBase.Builder builder = CustomerBase.builder("USD");
                for (int i = 0; i < size; i++) {
                  accounts.add(randomAccount(r, i));
                  builder.add(accounts.get(i));
                }
                CustomerBase base = builder.build();
                seen[2] += base.tagWordsPerRow(TagColumn.TECH_STACK) > 1 ? 1 : 0;
                ScoringStrategy<Account> strategy = fit.strategy(SizePolicy::guide);
                List<BulkScores> kernels =
                    List.of(
                        fit.scoreParallel(base, Runnable::run, 1, 0),
                        fit.scoreParallel(base, Runnable::run, 1, 1 << 20),
                        fit.scoreParallel(base, pool, 3, 1 << 20));
                assertEquals(0, fit.keyTableSize(base, 0));
                seen[3] += fit.keyTableSize(base, 1 << 20) > 0 ? 1 : 0;
                for (BulkScores bulk : kernels) {
                  Map<Tier, Long> counts = new EnumMap<>(Tier.class);
                  for (Tier t : Tier.values()) {
                    counts.put(t, 0L);
                  }
                  long unscored = 0;
                  for (int i = 0; i < size; i++) {
                    Score s = strategy.score(accounts.get(i));
                    String row = fit + ", row " + i + ": " + s;
                    assertEquals(s.isScored(), bulk.isScored(i), row);
                    assertEquals((float) (s.centiPoints() / 100.0), bulk.value(i), row);
                    assertEquals(s.tier(), bulk.tier(i), row);
                    if (s.tier().isPresent()) {
                      counts.merge(s.tier().get(), 1L, Long::sum);
                    } else {
                      unscored++;
                      seen[1] += s.missingAttributes().size() < fit.attributeCount() ? 1 : 0;
                    }
                    for (Contribution c : s.contributions()) {
                      seen[0] += c.attribute().equals("clamp") ? 1 : 0;
                    }
                  }
                  assertEquals(counts, bulk.tierCounts(), fit.toString());
                  assertEquals(unscored, bulk.unscoredCount(), fit.toString());
                }
              });
    } finally {
      pool.shutdown();
    }
    assertTrue(seen[0] > 0, "some row clamped at 0");
    assertTrue(seen[1] > 0, "some row unscored with only zero-weight attributes present");
    assertTrue(seen[2] > 0, "some base with multi-word tag rows");
    assertTrue(seen[3] == 60, "the row-key kernel ran on every base, got " + seen[3]);
  }

  @Test
  void scoreParallel_equalsScore() {
    CustomerBase base = SyntheticBase.generate(3, 20_000);
    ColumnarFit fit = profile().build();
    BulkScores one = fit.score(base);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      for (BulkScores other : List.of(fit.scoreParallel(base), fit.scoreParallel(base, pool, 7))) {
        for (int i = 0; i < base.rowCount(); i++) {
          assertEquals(one.value(i), other.value(i));
          assertEquals(one.isScored(i), other.isScored(i));
        }
        assertEquals(one.tierCounts(), other.tierCounts());
      }
    } finally {
      pool.shutdown();
    }
    assertTrue(one.tierCounts().getOrDefault(Tier.A, 0L) > 0, one.toString());
  }

  @Test
  void score_rowWithNothingPresent_isUnscored() {
    CustomerBase.Builder b = CustomerBase.builder("USD");
    b.beginRow(0).category(CategoryColumn.CHANNEL, b.code(CategoryColumn.CHANNEL, "web")).endRow();
    BulkScores s = profile().build().score(b.build());
    assertEquals(false, s.isScored(0));
    assertEquals(0f, s.value(0));
    assertEquals(1, s.unscoredCount());
    assertEquals(
        "BulkScores[1 rows: A 0, B 0, C 0, D 0, unscored 1; A >= 80, B >= 60, C >= 40, D below]",
        s.toString());
  }

  @Test
  void builder_rules() {
    assertEquals(
        "attributes must not be empty, got []",
        assertThrows(IllegalArgumentException.class, () -> ColumnarFit.builder().build())
            .getMessage());
    assertEquals(
        "weights must not all be zero, got a sum of 0.0",
        assertThrows(
                IllegalArgumentException.class,
                () -> ColumnarFit.builder().country(0, "US").build())
            .getMessage());
    assertEquals(
        "attributes must each be added once, got country",
        assertThrows(
                IllegalArgumentException.class,
                () -> ColumnarFit.builder().country(1, "US").country(1, "GB"))
            .getMessage());
    assertEquals(
        "weight of size must be finite and >= 0, got -1.0",
        assertThrows(IllegalArgumentException.class, () -> ColumnarFit.builder().size(-1, "SMB"))
            .getMessage());
    assertEquals(
        "penalty must be in [0, 1], got 2.0",
        assertThrows(IllegalArgumentException.class, () -> ColumnarFit.builder().penalty(2))
            .getMessage());
  }

  @Test
  void toString_namesTheAttributes() {
    assertEquals(
        "ColumnarFit: size 2.0, industry 3.0, missing NEUTRAL, tiers A >= 80, B >= 60, C >= 40, D"
            + " below",
        ColumnarFit.builder().size(2, "SMB").industry(3, "51").build().toString());
  }
}
