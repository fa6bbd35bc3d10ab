package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import org.junit.jupiter.api.Test;

class PeriodRateTest {

  @Test
  void convertedTo_compounds_referenceValues() {
    // REFERENCES.md section 4: 1 - 0.96^12 = 0.387290; 1 - 0.9^(1/12) = 0.008742.
    assertEquals(0.387290, PeriodRate.monthly(0.04).convertedTo(Period.YEAR).rate(), 0.5e-6);
    assertEquals(0.008742, PeriodRate.annual(0.10).convertedTo(Period.MONTH).rate(), 0.5e-6);
    // 1 - 0.96^3 = 0.115264 exactly.
    assertEquals(0.115264, PeriodRate.monthly(0.04).convertedTo(Period.QUARTER).rate(), 1e-12);
    assertEquals(Period.YEAR, PeriodRate.monthly(0.04).convertedTo(Period.YEAR).period());
  }

  @Test
  void convertedTo_keepsZeroAndOne() {
    assertEquals(0.0, PeriodRate.monthly(0).convertedTo(Period.YEAR).rate());
    assertEquals(1.0, PeriodRate.monthly(1).convertedTo(Period.YEAR).rate());
    assertEquals(1.0, PeriodRate.annual(1).convertedTo(Period.MONTH).rate());
    PeriodRate r = PeriodRate.quarterly(0.1);
    assertSame(r, r.convertedTo(Period.QUARTER));
  }

  @Test
  void convertedTo_smallRatesStayAccurate() {
    // 1 - (1 - x)^12 = 12x - 66x^2 + 220x^3 - ... = 1.1999999999934e-11 for x = 1e-12; the naive
    // 1 - Math.pow(1 - x, 12) loses about four digits here.
    assertEquals(
        1.1999999999934e-11, PeriodRate.monthly(1e-12).convertedTo(Period.YEAR).rate(), 1e-25);
  }

  @Test
  void complement_turnsChurnIntoRetention() {
    assertEquals(PeriodRate.monthly(0.96), PeriodRate.monthly(0.04).complement());
  }

  @Test
  void rateOutsideUnitInterval_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PeriodRate.monthly(1.2));
    assertEquals("rate must be in [0, 1], got 1.2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> PeriodRate.annual(Double.NaN));
    assertEquals("rate must be in [0, 1], got NaN", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> PeriodRate.quarterly(-0.01));
    assertEquals("rate must be in [0, 1], got -0.01", e.getMessage());
  }

  @Test
  void toString_isAPercentPerPeriod() {
    assertEquals("4.00% per month", PeriodRate.monthly(0.04).toString());
    assertEquals("38.73% per year", PeriodRate.monthly(0.04).convertedTo(Period.YEAR).toString());
  }

  @Test
  void property_conversionRoundTrips() {
    Gen<Period> periods = Gen.oneOf(Period.MONTH, Period.QUARTER, Period.YEAR);
    Gen<Object[]> cases =
        r -> new Object[] {r.nextDouble(0, 0.5), periods.next(r), periods.next(r)};
    Property.<Object[]>named("convert there and back returns the rate")
        .edgeCases(
            new Object[] {0.0, Period.MONTH, Period.YEAR},
            new Object[] {0.04, Period.MONTH, Period.YEAR},
            new Object[] {0.1, Period.YEAR, Period.MONTH},
            new Object[] {1e-15, Period.MONTH, Period.YEAR})
        .forAll(
            cases,
            c -> {
              PeriodRate r = new PeriodRate((double) c[0], (Period) c[1]);
              PeriodRate back = r.convertedTo((Period) c[2]).convertedTo(r.period());
              assertEquals(r.period(), back.period());
              assertEquals(r.rate(), back.rate(), 1e-12);
            });
  }

  @Test
  void property_conversionMatchesTheClosedForm() {
    Property.<Double>named("monthly to annual is 1 - (1-c)^12")
        .forAll(
            Gen.doubles(0, 1),
            c ->
                assertEquals(
                    1 - Math.pow(1 - c, 12),
                    PeriodRate.monthly(c).convertedTo(Period.YEAR).rate(),
                    1e-12));
  }
}
