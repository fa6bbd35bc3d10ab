package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.DiscountRate;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.Period;
import dev.icpmetrics.model.PeriodRate;
import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Properties of the value calculators, checked with the seeded harness. */
class ValuePropertiesTest {
  private static final RoundingMode HALF_EVEN = RoundingMode.HALF_EVEN;

  /** Inputs: ARPA in cents, two gross margins and two churn rates, each pair ordered. */
  record Inputs(long arpaCents, double margin1, double margin2, double churn1, double churn2) {
    Money arpa() {
      return Money.ofMinor("USD", arpaCents);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "arpa %d cents, margins %s <= %s, churn %s <= %s",
          arpaCents,
          margin1,
          margin2,
          churn1,
          churn2);
    }
  }

  private static final Gen<Inputs> INPUTS =
      r -> {
        double m1 = r.nextDouble(0.01, 1.0);
        double m2 = r.nextDouble(m1, 1.0);
        double c1 = r.nextDouble(0.001, 0.5);
        double c2 = r.nextDouble(c1, 1.0);
        return new Inputs(r.nextLong(0, 10_000_000), m1, m2, c1, c2);
      };

  @Test
  void clv_fallsAsChurnRises() {
    Property.<Inputs>named("CLV falls as churn rises")
        .edgeCases(new Inputs(10_000, 0.8, 0.8, 0.05, 0.05), new Inputs(1, 1, 1, 0.001, 1))
        .forAll(
            INPUTS,
            in -> {
              PeriodRate low = PeriodRate.monthly(in.churn1());
              PeriodRate high = PeriodRate.monthly(in.churn2());
              Money a = in.arpa();
              double m = in.margin1();
              assertFalse(
                  Clv.marginAdjusted(a, m, high, HALF_EVEN)
                      .orElseThrow()
                      .isGreaterThan(Clv.marginAdjusted(a, m, low, HALF_EVEN).orElseThrow()));
              assertFalse(
                  Clv.cappedHorizon(a, m, high, 24, HALF_EVEN)
                      .isGreaterThan(Clv.cappedHorizon(a, m, low, 24, HALF_EVEN)));
              for (CashFlowTiming timing : CashFlowTiming.values()) {
                DiscountRate d = DiscountRate.monthly(0.01);
                assertFalse(
                    Clv.discounted(a, high, d, timing, HALF_EVEN)
                        .orElseThrow()
                        .isGreaterThan(Clv.discounted(a, low, d, timing, HALF_EVEN).orElseThrow()),
                    timing::toString);
              }
            });
  }

  @Test
  void clv_risesWithMargin() {
    Property.<Inputs>named("CLV rises with margin")
        .forAll(
            INPUTS,
            in -> {
              PeriodRate c = PeriodRate.monthly(in.churn1());
              Money a = in.arpa();
              assertFalse(
                  Clv.marginAdjusted(a, in.margin1(), c, HALF_EVEN)
                      .orElseThrow()
                      .isGreaterThan(
                          Clv.marginAdjusted(a, in.margin2(), c, HALF_EVEN).orElseThrow()));
              assertFalse(
                  Clv.cappedHorizon(a, in.margin1(), c, 12, HALF_EVEN)
                      .isGreaterThan(Clv.cappedHorizon(a, in.margin2(), c, 12, HALF_EVEN)));
            });
  }

  @Test
  void discountedClv_tendsToUndiscountedAsDiscountRateGoesToZero() {
    Property.<Inputs>named("discounted CLV -> undiscounted CLV as d -> 0")
        .forAll(
            INPUTS,
            in -> {
              PeriodRate c = PeriodRate.monthly(in.churn1());
              Money margin = Money.ofMinor("USD", in.arpaCents());
              Money undiscounted = Clv.simple(margin, c, HALF_EVEN).orElseThrow();
              long previousGap = Long.MAX_VALUE;
              for (double d : new double[] {0.1, 0.01, 1e-3, 1e-4, 1e-6, 1e-9}) {
                Money discounted =
                    Clv.discounted(
                            margin,
                            c,
                            DiscountRate.monthly(d),
                            CashFlowTiming.NOW_AND_AT_EACH_RENEWAL,
                            HALF_EVEN)
                        .orElseThrow();
                long gap = Math.abs(undiscounted.amountMinor() - discounted.amountMinor());
                // Exactly m d (1 - c) / (c (c + d)), plus one cent for the two roundings.
                double c0 = in.churn1();
                double bound = in.arpaCents() * d * (1 - c0) / (c0 * (c0 + d)) + 1;
                assertTrue(gap <= bound, "gap " + gap + " cents above " + bound + " at d = " + d);
                assertTrue(gap <= previousGap, "gap grew at d = " + d);
                assertFalse(discounted.isGreaterThan(undiscounted), "d = " + d);
                previousGap = gap;
              }
              // Relative gap at d = 1e-9: at most d / c <= 1e-6, plus rounding.
              assertTrue(
                  previousGap <= 1e-6 * undiscounted.amountMinor() + 1,
                  "gap " + previousGap + " cents at d = 1e-9");
            });
  }

  @Test
  void derl_identityWithDel_holds() {
    Gen<double[]> params =
        r -> new double[] {r.nextDouble(0.05, 6), r.nextDouble(0.05, 12), r.nextDouble(0.002, 0.5)};
    Property.<double[]>named("DERL(no renewal) = (1+d)(DEL - 1)")
        .edgeCases(new double[] {0.764, 1.296, 0.1})
        .forAll(
            params,
            p -> {
              ShiftedBetaGeometric m = ShiftedBetaGeometric.of(p[0], p[1], Period.MONTH);
              DiscountRate d = DiscountRate.monthly(p[2]);
              double del = m.discountedExpectedLifetime(d).orElseThrow();
              double derl = m.discountedExpectedResidualLifetime(d, 0).orElseThrow();
              assertEquals((1 + p[2]) * (del - 1), derl, 1e-10 * Math.max(1, derl));
            });
  }

  @Test
  void derl_risesWithRenewalsMade() {
    Gen<double[]> params = r -> new double[] {r.nextDouble(0.05, 6), r.nextDouble(0.05, 12)};
    Property.<double[]>named("an older customer is worth more (retention rises with tenure)")
        .tries(50)
        .forAll(
            params,
            p -> {
              ShiftedBetaGeometric m = ShiftedBetaGeometric.of(p[0], p[1], Period.YEAR);
              DiscountRate d = DiscountRate.annual(0.1);
              double previous = 0;
              for (int n = 0; n < 10; n++) {
                double derl = m.discountedExpectedResidualLifetime(d, n).orElseThrow();
                assertTrue(derl >= previous, "renewals " + n);
                previous = derl;
              }
            });
  }

  @Test
  void payback_churnAdjusted_isNeverShorterThanSimpleAndLengthensWithChurn() {
    Property.<Inputs>named("churn-adjusted payback >= simple payback, and grows with churn")
        .forAll(
            INPUTS,
            in -> {
              Money arpa = Money.ofMinor("USD", 1 + in.arpaCents());
              Money cac = Money.ofMinor("USD", in.arpaCents() * 3);
              double simple = Payback.months(cac, arpa, in.margin1()).months().orElseThrow();
              PaybackPeriod low =
                  Payback.churnAdjusted(
                      cac, arpa, in.margin1(), PeriodRate.monthly(in.churn1()), 1200);
              PaybackPeriod high =
                  Payback.churnAdjusted(
                      cac, arpa, in.margin1(), PeriodRate.monthly(in.churn2()), 1200);
              if (low.isReached()) {
                assertTrue(low.months().orElseThrow() >= simple - 1e-9);
                if (high.isReached()) {
                  assertTrue(high.months().orElseThrow() >= low.months().orElseThrow() - 1e-9);
                }
              } else {
                assertFalse(high.isReached());
              }
            });
  }

  private static void assertFalse(boolean condition) {
    assertTrue(!condition);
  }

  private static void assertFalse(boolean condition, String message) {
    assertTrue(!condition, message);
  }

  private static void assertFalse(boolean condition, java.util.function.Supplier<String> message) {
    assertTrue(!condition, message);
  }
}
