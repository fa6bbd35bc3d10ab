package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.AcquisitionSpend;
import dev.icpmetrics.model.Channel;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.SpendKind;
import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties of CAC and its allocation, checked with the seeded harness. */
class CacPropertiesTest {
  static final YearMonth FROM = YearMonth.of(2024, 1);
  static final YearMonth TO = YearMonth.of(2024, 4);
  static final List<Channel> CHANNELS =
      List.of(Channel.of("paid-search"), Channel.of("partner"), Channel.of("events"));

  /** A random allocation problem whose direct costs never exceed their cell's spend. */
  record Problem(
      Map<String, AcquisitionTally> segments, List<AcquisitionSpend> ledger, CacPolicy policy) {}

  static final Gen<Problem> PROBLEMS = CacPropertiesTest::problem;

  static Problem problem(SplittableRandom r) {
    CacPolicy policy =
        (r.nextBoolean() ? CacPolicy.fullyLoaded() : CacPolicy.paidOnly())
            .withLagMonths(r.nextInt(3));
    int segmentCount = 1 + r.nextInt(5);
    List<AcquisitionTally.Builder> builders = new ArrayList<>();
    for (int i = 0; i < segmentCount; i++) {
      builders.add(AcquisitionTally.builder());
    }
    List<AcquisitionSpend> ledger = new ArrayList<>();
    // Months one before the window to one after it, so some customers and spend fall outside.
    for (YearMonth m = FROM.minusMonths(3); m.isBefore(TO.plusMonths(1)); m = m.plusMonths(1)) {
      for (Channel c : CHANNELS) {
        long directCents = 0;
        for (AcquisitionTally.Builder b : builders) {
          int plain = r.nextInt(4);
          b.add(m, c, plain);
          if (r.nextInt(4) == 0) {
            long cost = r.nextLong(0, 500_00);
            b.addWithDirectCost(m, c, 1 + r.nextInt(2), Money.ofMinor("USD", cost));
            directCents += cost;
          }
        }
        // The spend that pays for month m's customers is dated m - lag and must hold the direct
        // costs under the policy's kinds: put them in a PAID_MEDIA entry, which both policies use.
        YearMonth spendMonth = m.minusMonths(policy.lagMonths());
        long extra = r.nextInt(3) == 0 ? 0 : r.nextLong(0, 10_000_00);
        ledger.add(
            new AcquisitionSpend(
                spendMonth, c, Money.ofMinor("USD", directCents + extra), SpendKind.PAID_MEDIA));
        if (r.nextBoolean()) {
          ledger.add(
              new AcquisitionSpend(
                  spendMonth,
                  c,
                  Money.ofMinor("USD", r.nextLong(0, 10_000_00)),
                  SpendKind.FULLY_LOADED));
        }
      }
    }
    Map<String, AcquisitionTally> segments = new LinkedHashMap<>();
    for (int i = 0; i < segmentCount; i++) {
      segments.put("s" + i, builders.get(i).build());
    }
    return new Problem(segments, List.copyOf(ledger), policy);
  }

  /** The spend of the window by direct summation of the ledger: the oracle for the total. */
  static long windowSpend(Problem p) {
    long sum = 0;
    for (AcquisitionSpend e : p.ledger()) {
      YearMonth bought = e.period().plusMonths(p.policy().lagMonths());
      if (p.policy().kinds().contains(e.kind()) && !bought.isBefore(FROM) && bought.isBefore(TO)) {
        sum += e.amount().amountMinor();
      }
    }
    return sum;
  }

  @Test
  void allocate_segmentsPlusUnallocated_equalTheWindowsSpendExactly() {
    Property.<Problem>named("allocations sum exactly to the spend")
        .tries(300)
        .forAll(
            PROBLEMS,
            p -> {
              CacAllocation<String> a =
                  CacAllocation.allocate(p.segments(), p.ledger(), p.policy(), FROM, TO);
              long sum = a.unallocatedSpend().amountMinor();
              long customers = 0;
              for (CacTally t : a.segments().values()) {
                sum += t.spend().amountMinor();
                customers += t.newCustomerCount();
              }
              assertEquals(windowSpend(p), a.totalSpend().amountMinor());
              assertEquals(a.totalSpend().amountMinor(), sum);
              // Every cell of the window acquired someone here only when the generator said so;
              // the customers are those of the window in every segment.
              long expected = 0;
              for (AcquisitionTally t : p.segments().values()) {
                for (var e : t.cells().entrySet()) {
                  if (!e.getKey().month().isBefore(FROM) && e.getKey().month().isBefore(TO)) {
                    expected += e.getValue().newCustomerCount();
                  }
                }
              }
              assertEquals(expected, customers);
            });
  }

  @Test
  void allocate_segmentIsChargedAtLeastItsDirectCosts() {
    Property.<Problem>named("a segment's allocated spend covers its direct costs")
        .forAll(
            PROBLEMS,
            p -> {
              CacAllocation<String> a =
                  CacAllocation.allocate(p.segments(), p.ledger(), p.policy(), FROM, TO);
              for (var e : p.segments().entrySet()) {
                long direct = 0;
                for (var c : e.getValue().cells().entrySet()) {
                  Money d = c.getValue().directCost();
                  if (d != null
                      && !c.getKey().month().isBefore(FROM)
                      && c.getKey().month().isBefore(TO)) {
                    direct += d.amountMinor();
                  }
                }
                long spend = a.segment(e.getKey()).orElseThrow().spend().amountMinor();
                assertTrue(spend >= direct, e.getKey() + ": " + spend + " < direct " + direct);
              }
            });
  }

  record Split(long amount, List<Long> weightList) {
    static Split of(long amount, long... weights) {
      List<Long> w = new ArrayList<>();
      for (long x : weights) {
        w.add(x);
      }
      return new Split(amount, List.copyOf(w));
    }

    long[] weights() {
      return weightList.stream().mapToLong(Long::longValue).toArray();
    }
  }

  @Test
  void largestRemainder_sumsExactly_andEachShareIsWithinOneUnitOfExact() {
    Gen<Split> splits =
        r -> {
          long[] w = new long[1 + r.nextInt(6)];
          for (int i = 0; i < w.length; i++) {
            w[i] = r.nextInt(4) == 0 ? 0 : r.nextLong(1, 1_000_000);
          }
          w[r.nextInt(w.length)] += 1; // not all zero
          return Split.of(r.nextLong(0, Long.MAX_VALUE / 2), w);
        };
    Property.<Split>named("largest remainder is exact and fair")
        .edgeCases(
            Split.of(0, 1, 2), Split.of(1, 1, 1, 1), Split.of(Long.MAX_VALUE, Integer.MAX_VALUE, 1))
        .forAll(
            splits,
            s -> {
              long[] shares = CacAllocation.largestRemainder(s.amount(), s.weights());
              BigInteger total = BigInteger.ZERO;
              BigInteger weightSum = BigInteger.ZERO;
              for (long w : s.weights()) {
                weightSum = weightSum.add(BigInteger.valueOf(w));
              }
              for (int i = 0; i < shares.length; i++) {
                total = total.add(BigInteger.valueOf(shares[i]));
                // |share - amount w / W| < 1  <=>  |share W - amount w| < W
                BigInteger diff =
                    BigInteger.valueOf(shares[i])
                        .multiply(weightSum)
                        .subtract(
                            BigInteger.valueOf(s.amount())
                                .multiply(BigInteger.valueOf(s.weights()[i])))
                        .abs();
                assertTrue(diff.compareTo(weightSum) < 0, "share " + i + " = " + shares[i]);
                if (s.weights()[i] == 0) {
                  assertEquals(0, shares[i]);
                }
              }
              assertEquals(BigInteger.valueOf(s.amount()), total);
            });
  }

  record MoreSpend(Problem problem, long extraCents, int channel) {}

  @Test
  void blended_cacIsMonotoneInSpend() {
    Gen<MoreSpend> gen =
        r -> new MoreSpend(problem(r), r.nextLong(0, 1_000_000_00), r.nextInt(CHANNELS.size()));
    Property.<MoreSpend>named("more spend never lowers CAC")
        .forAll(
            gen,
            m -> {
              Problem p = m.problem();
              AcquisitionTally all = AcquisitionTally.empty();
              for (AcquisitionTally t : p.segments().values()) {
                all = all.plus(t);
              }
              List<AcquisitionSpend> more = new ArrayList<>(p.ledger());
              more.add(
                  new AcquisitionSpend(
                      FROM.minusMonths(p.policy().lagMonths()),
                      CHANNELS.get(m.channel()),
                      Money.ofMinor("USD", m.extraCents()),
                      SpendKind.PAID_MEDIA));
              CacResult before =
                  Cac.blended(p.ledger(), all, p.policy(), FROM, TO, RoundingMode.HALF_EVEN);
              CacResult after =
                  Cac.blended(more, all, p.policy(), FROM, TO, RoundingMode.HALF_EVEN);
              assertEquals(
                  before.spend().amountMinor() + m.extraCents(), after.spend().amountMinor());
              if (before.cac().isDefined()) {
                assertTrue(
                    !after.cac().orElseThrow().isLessThan(before.cac().orElseThrow()),
                    before + " then " + after);
              }
              Money beforeChannel =
                  requireNonNull(
                          Cac.byChannel(
                                  p.ledger(), all, p.policy(), FROM, TO, RoundingMode.HALF_EVEN)
                              .get(CHANNELS.get(m.channel())))
                      .cac()
                      .orElse(Money.ofMinor("USD", 0));
              Money afterChannel =
                  requireNonNull(
                          Cac.byChannel(more, all, p.policy(), FROM, TO, RoundingMode.HALF_EVEN)
                              .get(CHANNELS.get(m.channel())))
                      .cac()
                      .orElse(Money.ofMinor("USD", Long.MAX_VALUE));
              assertTrue(!afterChannel.isLessThan(beforeChannel));
            });
  }
}
