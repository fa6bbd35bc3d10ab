package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.metrics.ChurnPolicy.Denominator;
import dev.icpmetrics.metrics.ChurnPolicy.Grain;
import dev.icpmetrics.metrics.ChurnPolicy.JoinAndChurn;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.Period;
import dev.icpmetrics.model.SubscriptionLifecycle;
import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of churn tallies, MRR movements and cohorts on random accounts. */
class RetentionPropertiesTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate ORIGIN = LocalDate.of(2024, 1, 1);

  /** A window of every kind around 2024. */
  private static final Gen<Window> WINDOWS =
      r ->
          switch (r.nextInt(4)) {
            case 0 -> Window.month(YearMonth.of(2024, 1 + r.nextInt(12)));
            case 1 -> Window.quarter(2024, 1 + r.nextInt(4));
            case 2 -> Window.year(2024);
            default -> Window.rollingDays(ORIGIN.plusDays(r.nextInt(360)), 1 + r.nextInt(90));
          };

  /** A lifecycle acquired around 2024 with up to three churns, gaps of days to months. */
  private static final Gen<SubscriptionLifecycle> LIFECYCLES =
      r -> {
        LocalDate acquired = ORIGIN.plusDays(r.nextInt(-300, 400));
        List<LocalDate> churns = new ArrayList<>();
        List<LocalDate> reactivations = new ArrayList<>();
        LocalDate at = acquired;
        int spells = r.nextInt(4);
        for (int i = 0; i < spells; i++) {
          at = at.plusDays(r.nextInt(0, 120));
          churns.add(at);
          if (r.nextBoolean()) {
            at = at.plusDays(r.nextInt(1, 60));
            reactivations.add(at);
          } else {
            break;
          }
        }
        if (reactivations.size() == churns.size() && !churns.isEmpty() && r.nextBoolean()) {
          churns.add(at.plusDays(r.nextInt(0, 90)));
        }
        return SubscriptionLifecycle.of(acquired, churns, reactivations);
      };

  /** An account of one of 12 companies, with a random MRR history (zeros included). */
  private static final Gen<Account> ACCOUNTS =
      r -> {
        SubscriptionLifecycle l = LIFECYCLES.next(r);
        MrrHistory h = MrrHistory.empty(USD);
        LocalDate at = l.acquired();
        int changes = r.nextInt(4);
        for (int i = 0; i < changes; i++) {
          long cents = r.nextInt(5) == 0 ? 0 : r.nextLong(1, 200_000);
          h = h.with(at, Money.ofMinor(USD, cents));
          at = at.plusDays(r.nextInt(1, 150));
        }
        return Accounts.account("a-" + r.nextInt(1_000_000), "c-" + r.nextInt(12), l, h);
      };

  private static final Gen<List<Account>> BASES = Gen.lists(ACCOUNTS, 0, 25);

  private static final List<ChurnPolicy> POLICIES = allPolicies();

  private static List<ChurnPolicy> allPolicies() {
    List<ChurnPolicy> out = new ArrayList<>();
    for (Denominator d : Denominator.values()) {
      for (JoinAndChurn j : JoinAndChurn.values()) {
        for (boolean net : new boolean[] {false, true}) {
          for (Grain g : Grain.values()) {
            out.add(
                ChurnPolicy.defaults()
                    .withDenominator(d)
                    .withJoinAndChurn(j)
                    .withNetReactivations(net)
                    .withGrain(g)
                    .withReactivationWindowDays(21));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private record Case(List<Account> accounts, Window window) {}

  private static final Gen<Case> CASES = Gen.zip(BASES, WINDOWS, Case::new);

  /** Splits by company, so that the two parts hold disjoint customers at either grain. */
  private static List<List<Account>> splitByCompany(List<Account> accounts) {
    List<Account> even = new ArrayList<>();
    List<Account> odd = new ArrayList<>();
    for (Account a : accounts) {
      (Math.floorMod(a.company().id().hashCode(), 2) == 0 ? even : odd).add(a);
    }
    return List.of(even, odd);
  }

  @Test
  void churnTally_ofDisjointParts_plusEqualsTallyOfTheUnion() {
    Property.<Case>named("tally(A) + tally(B) = tally(A u B)")
        .forAll(
            CASES,
            c -> {
              List<List<Account>> parts = splitByCompany(c.accounts());
              for (ChurnPolicy p :
                  List.of(
                      ChurnPolicy.defaults(), ChurnPolicy.stripe().withGrain(Grain.SUBSCRIPTION))) {
                ChurnTally whole = Churn.tally(c.accounts(), c.window(), p);
                ChurnTally merged =
                    Churn.tally(parts.get(0), c.window(), p)
                        .plus(Churn.tally(parts.get(1), c.window(), p));
                assertEquals(whole, merged);
              }
            });
  }

  @Test
  void churnTally_plus_isAssociativeCommutativeWithIdentity() {
    Gen<ChurnTally> tallies =
        Gen.zip(
            CASES,
            Gen.ints(0, 1),
            (c, g) -> Churn.tally(c.accounts(), c.window(), POLICIES.get(g)));
    Property.<List<ChurnTally>>named("plus is a commutative monoid")
        .forAll(
            Gen.lists(tallies, 3, 3),
            t -> {
              ChurnTally a = t.get(0);
              ChurnTally b = t.get(1);
              ChurnTally c = t.get(2);
              assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
              assertEquals(a.plus(b), b.plus(a));
              assertEquals(a, a.plus(ChurnTally.empty()));
            });
  }

  @Test
  void churnTally_subscriptionGrain_matchesANaiveOracle() {
    Property.<List<Object>>named("accumulator equals the lifecycle queries")
        .forAll(
            Gen.zip(LIFECYCLES, WINDOWS, List::<Object>of),
            pair -> {
              SubscriptionLifecycle l = (SubscriptionLifecycle) pair.get(0);
              Window w = (Window) pair.get(1);
              ChurnTally t = ChurnTally.of(l, w, 21);
              boolean start = l.isActiveOn(w.dayBeforeStart());
              boolean isNew = l.acquiredIn(w.from(), w.to());
              boolean churned = l.churnedIn(w.from(), w.to());
              assertEquals(start ? 1 : 0, t.startCount());
              assertEquals(isNew ? 1 : 0, t.newCount());
              assertEquals(start && churned ? 1 : 0, t.churnedFromStartCount());
              assertEquals(isNew && churned ? 1 : 0, t.churnedFromNewCount());
              assertEquals(l.isActiveOn(w.lastDay()) ? 1 : 0, t.endCount());
              long days = 0;
              for (LocalDate d = w.from(); d.isBefore(w.to()); d = d.plusDays(1)) {
                days += l.isActiveOn(d) ? 1 : 0;
              }
              assertEquals(days, t.exposureCustomerDays());
              boolean back =
                  !start
                      && !isNew
                      && l.acquired().isBefore(w.from())
                      && l.reactivatedIn(w.from(), w.to());
              assertEquals(back ? 1 : 0, t.reactivatedCount());
            });
  }

  @Test
  void lifecycleUnion_isActiveExactlyWhenOneSubscriptionIs() {
    Property.<List<SubscriptionLifecycle>>named("union of spells")
        .forAll(
            Gen.lists(LIFECYCLES, 1, 4),
            ls -> {
              SubscriptionLifecycle u = Lifecycles.union(ls);
              LocalDate first = u.acquired();
              for (SubscriptionLifecycle l : ls) {
                assertTrue(!l.acquired().isBefore(first));
              }
              for (LocalDate d = ORIGIN.minusDays(320);
                  d.isBefore(ORIGIN.plusDays(900));
                  d = d.plusDays(1)) {
                boolean any = false;
                for (SubscriptionLifecycle l : ls) {
                  any |= l.isActiveOn(d);
                }
                assertEquals(any, u.isActiveOn(d), d.toString());
              }
            });
  }

  @Test
  void churnRate_everyPolicy_staysInZeroOne() {
    Property.<Case>named("rates, intervals and conversions stay in [0, 1]")
        .forAll(
            CASES,
            c -> {
              for (ChurnPolicy p : POLICIES) {
                MetricResult<ChurnRate> r = Churn.rate(c.accounts(), c.window(), p);
                if (!r.isDefined()) {
                  continue;
                }
                ChurnRate rate = r.orElseThrow();
                assertInUnit(rate.rate());
                assertInUnit(rate.interval().lower());
                assertInUnit(rate.interval().upper());
                assertTrue(rate.interval().lower() <= rate.rate() + 1e-12);
                assertTrue(rate.rate() <= rate.interval().upper() + 1e-12);
                for (Period target : Period.values()) {
                  assertInUnit(rate.per(target).rate());
                }
              }
            });
  }

  private static void assertInUnit(double x) {
    assertTrue(x >= 0.0 && x <= 1.0, "expected a value in [0, 1], got " + x);
  }

  @Test
  void churnRate_oneMoreChurnedCustomer_neverLowersTheRate() {
    Gen<ChurnTally> tallies =
        r -> {
          long s = r.nextLong(1, 1_000);
          long n = r.nextLong(0, 200);
          long cs = r.nextLong(0, s);
          long cn = r.nextLong(0, n + 1);
          long end = s - cs + (n - cn);
          long days = (s + n) * 30;
          return new ChurnTally(s, n, cs, cn, 0, 0, 0, end, days, cn * 3);
        };
    Property.<ChurnTally>named("churn is monotone in the churned count")
        .edgeCases(new ChurnTally(1, 0, 0, 0, 0, 0, 0, 1, 30, 0))
        .forAll(
            tallies,
            t -> {
              ChurnTally more =
                  new ChurnTally(
                      t.startCount(),
                      t.newCount(),
                      t.churnedFromStartCount() + 1,
                      t.churnedFromNewCount(),
                      0,
                      0,
                      0,
                      t.endCount() - 1,
                      t.exposureCustomerDays(),
                      t.joinedAndChurnedExposureCustomerDays());
              Window w = Window.month(YearMonth.of(2024, 3));
              for (ChurnPolicy p : POLICIES) {
                MetricResult<ChurnRate> before = Churn.rate(t, w, p);
                MetricResult<ChurnRate> after = Churn.rate(more, w, p);
                if (before.isDefined() && after.isDefined()) {
                  assertTrue(
                      after.orElseThrow().rate() >= before.orElseThrow().rate(), p.toString());
                }
              }
            });
  }

  @Test
  void mrrMovements_ofDisjointParts_plusEqualsMovementsOfTheUnion() {
    Property.<Case>named("movements(A) + movements(B) = movements(A u B)")
        .forAll(
            CASES,
            c -> {
              List<List<Account>> parts = splitByCompany(c.accounts());
              assertEquals(
                  RevenueRetention.movements(c.accounts(), c.window(), USD),
                  RevenueRetention.movements(parts.get(0), c.window(), USD)
                      .plus(RevenueRetention.movements(parts.get(1), c.window(), USD)));
            });
  }

  @Test
  void mrrMovements_randomHistories_bridgeStartToEnd() {
    Property.<Case>named("start + new + expansion + reactivation - contraction - churn = end")
        .forAll(
            CASES,
            c -> {
              long start = 0;
              long end = 0;
              MrrMovements sum = MrrMovements.empty(USD);
              for (Account a : c.accounts()) {
                MrrMovements one = MrrMovements.of(a, c.window());
                assertEquals(a.mrrOn(c.window().dayBeforeStart()).amountMinor(), one.startMinor());
                assertEquals(a.mrrOn(c.window().lastDay()).amountMinor(), one.endMinor());
                start += one.startMinor();
                end += one.endMinor();
                sum = sum.plus(one);
              }
              assertEquals(start, sum.startMinor());
              assertEquals(end, sum.endMinor());
              assertEquals(
                  sum.endMinor(),
                  sum.startMinor()
                      + sum.newMinor()
                      + sum.expansionMinor()
                      + sum.reactivationMinor()
                      - sum.contractionMinor()
                      - sum.churnMinor());
              assertEquals(
                  sum.grrRetainedMinor(),
                  sum.startMinor() - sum.churnMinor() - sum.contractionMinor());
              RevenueRetention.grr(sum)
                  .asOptional()
                  .ifPresent(RetentionPropertiesTest::assertInUnit);
              RevenueRetention.grossMrrChurn(sum)
                  .asOptional()
                  .ifPresent(RetentionPropertiesTest::assertInUnit);
            });
  }

  @Test
  void cohorts_matchANaiveOracle() {
    Gen<List<Object>> cases =
        Gen.zip(BASES, Gen.ints(0, 500), (b, d) -> List.of(b, ORIGIN.plusDays(d)));
    Property.<List<Object>>named("cohort cells equal per-member lookups")
        .forAll(
            cases,
            c -> {
              @SuppressWarnings("unchecked")
              List<Account> accounts = (List<Account>) c.get(0);
              LocalDate asOf = (LocalDate) c.get(1);
              for (Period by : List.of(Period.MONTH, Period.QUARTER)) {
                CohortMatrix logo = Cohorts.logoRetention(accounts, by, asOf, 6);
                CohortMatrix revenue = Cohorts.netRevenueRetention(accounts, by, asOf, 6);
                for (int row = 0; row < logo.rows().size(); row++) {
                  LocalDate cohort = logo.rows().get(row).cohortStart();
                  List<Account> members = new ArrayList<>();
                  for (Account a : accounts) {
                    LocalDate acq = a.lifecycle().acquired();
                    if (!acq.isAfter(asOf)
                        && !acq.isBefore(cohort)
                        && acq.isBefore(cohort.plusMonths(by.months()))) {
                      members.add(a);
                    }
                  }
                  assertEquals(members.size(), logo.rows().get(row).size());
                  for (int m = 0; m <= 6; m++) {
                    CohortCell cell = logo.cell(row, m);
                    CohortCell rev = revenue.cell(row, m);
                    if (!cell.isComplete()) {
                      assertTrue(!rev.isComplete());
                      continue;
                    }
                    long active = 0;
                    long mrr = 0;
                    long base = 0;
                    for (Account a : members) {
                      LocalDate acq = a.lifecycle().acquired();
                      LocalDate at = acq.plusMonths(m);
                      assertTrue(!at.isAfter(asOf));
                      active += a.isActiveOn(at) ? 1 : 0;
                      mrr += a.mrrOn(at).amountMinor();
                      base += a.mrrOn(acq).amountMinor();
                    }
                    assertEquals(new CohortCell.Observed(active, members.size()), cell);
                    assertEquals(new CohortCell.Observed(mrr, base), rev);
                  }
                }
              }
            });
  }
}
