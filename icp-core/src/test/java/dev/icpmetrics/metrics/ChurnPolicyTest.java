package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.metrics.ChurnPolicy.Denominator;
import dev.icpmetrics.metrics.ChurnPolicy.Grain;
import dev.icpmetrics.metrics.ChurnPolicy.JoinAndChurn;
import org.junit.jupiter.api.Test;

class ChurnPolicyTest {

  @Test
  void presets_haveTheirDocumentedSettings() {
    assertEquals(
        new ChurnPolicy(
            "ChartMogul standard",
            Denominator.START,
            JoinAndChurn.EXCLUDE_FROM_NUMERATOR,
            true,
            30,
            Grain.CUSTOMER),
        ChurnPolicy.chartMogulStandard());
    assertEquals(Denominator.START_PLUS_NEW, ChurnPolicy.stripe().denominator());
    assertEquals(JoinAndChurn.COUNT_IN_BOTH, ChurnPolicy.stripe().joinAndChurn());
    assertEquals(Denominator.START, ChurnPolicy.baremetrics().denominator());
    assertEquals(JoinAndChurn.COUNT_IN_BOTH, ChurnPolicy.baremetrics().joinAndChurn());
    assertEquals(JoinAndChurn.EXCLUDE_ENTIRELY, ChurnPolicy.profitWell().joinAndChurn());
    assertEquals(false, ChurnPolicy.profitWell().netReactivations());
  }

  @Test
  void withers_changeOneSetting() {
    ChurnPolicy p = ChurnPolicy.defaults();
    assertEquals(Grain.SUBSCRIPTION, p.withGrain(Grain.SUBSCRIPTION).grain());
    assertEquals(7, p.withReactivationWindowDays(7).reactivationWindowDays());
    assertEquals("mine", p.withName("mine").name());
    assertEquals(p, p.withName("mine").withName("default"));
  }

  @Test
  void new_nettingWithoutWindow_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ChurnPolicy.defaults().withReactivationWindowDays(0).withNetReactivations(true));
    assertEquals(
        "reactivationWindowDays must be > 0 when reactivations are netted, got 0", e.getMessage());
  }

  @Test
  void new_negativeWindow_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ChurnPolicy.defaults().withReactivationWindowDays(-1));
    assertEquals("reactivationWindowDays must be >= 0, got -1", e.getMessage());
  }

  @Test
  void new_blankName_namesField() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ChurnPolicy.defaults().withName(" "));
    assertEquals("name must not be blank, got \" \"", e.getMessage());
  }

  @Test
  void toString_saysEverySetting() {
    assertEquals(
        "Stripe 30-day (START_PLUS_NEW, COUNT_IN_BOTH, reactivations not netted, CUSTOMER)",
        ChurnPolicy.stripe().toString());
  }
}
