package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import org.junit.jupiter.api.Test;

class EventRateTest {

  /**
   * R 4.2.2 {@code poisson.test(k, E, conf.level = level)$conf.int}: {k, E, level, lower, upper}.
   */
  private static final double[][] R_GARWOOD = {
    {3, 120, 0.9, 0.006814095393032944, 0.06461380439943938},
    {0, 50, 0.9, 0, 0.0599146454710798},
    {1, 1, 0.9, 0.05129329438755052, 4.743864518390577},
    {25, 1000.5, 0.9, 0.01737343912218978, 0.034898630854496814},
    {10000, 250000, 0.9, 0.03934434044342077, 0.04066424054450828},
    {3, 120, 0.95, 0.005155601024130013, 0.07306060891451936},
    {0, 50, 0.95, 0, 0.0737775890822787},
    {1, 1, 0.95, 0.025317807984289897, 5.571643390938899},
    {25, 1000.5, 0.95, 0.01617059654955455, 0.036886488453303716},
    {10000, 250000, 0.95, 0.039219809869040737, 0.040791806498645895},
    {3, 120, 0.99, 0.0028155282393977784, 0.09147897912774804},
    {0, 50, 0.99, 0, 0.1059663473309607},
    {1, 1, 0.99, 0.005012541823544286, 7.430129500280122},
    {25, 1000.5, 0.99, 0.013988380243065136, 0.040979922889942705},
    {10000, 250000, 0.99, 0.03897718243829182, 0.041041895307494476},
  };

  @Test
  void interval_matchesRPoissonTest() {
    for (double[] r : R_GARWOOD) {
      EventRate rate = EventRate.of((long) r[0], r[1]);
      Interval i = rate.interval(r[2]).orElseThrow();
      String what = r[0] + " / " + r[1] + " at " + r[2];
      assertEquals(r[3], i.lower(), 1e-9 * Math.max(1, r[3]), what + " lower");
      assertEquals(r[4], i.upper(), 1e-9 * Math.max(1, r[4]), what + " upper");
    }
  }

  @Test
  void rate_isEventsOverExposure() {
    assertEquals(MetricResult.of(0.025), EventRate.of(3, 120).rate());
    assertEquals(EventRate.of(3, 120).interval(0.95), EventRate.of(3, 120).interval());
  }

  @Test
  void noExposure_isUndefinedWithReason() {
    assertEquals(MetricResult.undefined("no exposure"), EventRate.empty().rate());
    assertEquals(MetricResult.undefined("no exposure"), EventRate.empty().interval(0.9));
    assertEquals("0 / 0 = undefined (no exposure)", EventRate.empty().toString());
  }

  @Test
  void eventsWithoutExposure_areRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EventRate.of(3, 0));
    assertEquals("events must be 0 when exposure is 0, got 3", e.getMessage());
  }

  @Test
  void negativeOrNonFiniteInputs_nameTheField() {
    assertEquals(
        "events must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> EventRate.of(-1, 10)).getMessage());
    assertEquals(
        "exposure must be finite and >= 0, got -2.5",
        assertThrows(IllegalArgumentException.class, () -> EventRate.of(1, -2.5)).getMessage());
    assertEquals(
        "exposure must be finite and >= 0, got NaN",
        assertThrows(IllegalArgumentException.class, () -> EventRate.of(1, Double.NaN))
            .getMessage());
  }

  @Test
  void plus_addsEventsAndExposure() {
    assertEquals(EventRate.of(5, 150.5), EventRate.of(3, 120).plus(EventRate.of(2, 30.5)));
    assertEquals(EventRate.of(3, 120), EventRate.of(3, 120).plus(EventRate.empty()));
  }

  @Test
  void toString_showsCountsRateAndExactInterval() {
    assertEquals(
        "3 / 120 = 0.025000 [0.005156, 0.073061] 95% exact Poisson",
        EventRate.of(3, 120).toString());
  }

  @Test
  void property_boundsEncloseTheRate() {
    Property.<EventRate>named("0 <= lower <= rate <= upper")
        .edgeCases(EventRate.of(0, 1e-9), EventRate.of(0, 1e9))
        .forAll(
            Gen.zip(Gen.longs(0, 10_000), Gen.doubles(0.01, 1e5), EventRate::of),
            r -> {
              double rate = r.rate().orElseThrow();
              Interval i = r.interval(0.95).orElseThrow();
              assertTrue(0 <= i.lower() && i.lower() <= rate && rate <= i.upper(), i.toString());
            });
  }
}
