package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.AcquisitionSpend;
import dev.icpmetrics.model.Channel;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.SpendKind;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CacPolicyTest {
  static AcquisitionSpend entry(SpendKind kind) {
    return new AcquisitionSpend(
        YearMonth.of(2024, 1), Channel.of("events"), Money.of("USD", "1"), kind);
  }

  @Test
  void fullyLoaded_includesEveryEntry_paidOnly_paidMediaOnly() {
    assertTrue(CacPolicy.fullyLoaded().includes(entry(SpendKind.PAID_MEDIA)));
    assertTrue(CacPolicy.fullyLoaded().includes(entry(SpendKind.FULLY_LOADED)));
    assertTrue(CacPolicy.paidOnly().includes(entry(SpendKind.PAID_MEDIA)));
    assertFalse(CacPolicy.paidOnly().includes(entry(SpendKind.FULLY_LOADED)));
    assertEquals(0, CacPolicy.fullyLoaded().lagMonths());
  }

  @Test
  void spendMonthOf_subtractsTheLag() {
    CacPolicy p = CacPolicy.paidOnly().withLagMonths(2);
    assertEquals(YearMonth.of(2023, 12), p.spendMonthOf(YearMonth.of(2024, 2)));
    assertEquals(YearMonth.of(2024, 2), CacPolicy.paidOnly().spendMonthOf(YearMonth.of(2024, 2)));
  }

  @Test
  void equality_ignoresTheOrderOfTheKinds() {
    assertEquals(
        CacPolicy.fullyLoaded(),
        new CacPolicy(Set.of(SpendKind.FULLY_LOADED, SpendKind.PAID_MEDIA), 0));
  }

  @Test
  void toString_namesTheBasisAndLag() {
    assertEquals("fully loaded, lag 0 months", CacPolicy.fullyLoaded().toString());
    assertEquals("paid only, lag 1 month", CacPolicy.paidOnly().withLagMonths(1).toString());
    assertEquals(
        "FULLY_LOADED, lag 3 months",
        new CacPolicy(EnumSet.of(SpendKind.FULLY_LOADED), 3).toString());
  }

  @Test
  void constructor_emptyKinds_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new CacPolicy(Set.of(), 0));
    assertEquals("kinds must not be empty, got []", e.getMessage());
  }

  @Test
  void constructor_lagOutOfRange_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CacPolicy.paidOnly().withLagMonths(-1));
    assertEquals("lagMonths must be in [0, 120], got -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CacPolicy.paidOnly().withLagMonths(121));
    assertEquals("lagMonths must be in [0, 120], got 121", e.getMessage());
  }
}
