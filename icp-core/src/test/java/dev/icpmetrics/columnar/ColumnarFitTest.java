package dev.icpmetrics.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Seniority;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.scoring.MissingPolicy;
import dev.icpmetrics.scoring.Score;
import dev.icpmetrics.scoring.ScoringStrategy;
import dev.icpmetrics.scoring.Tier;
import dev.icpmetrics.scoring.TierPolicy;
import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
