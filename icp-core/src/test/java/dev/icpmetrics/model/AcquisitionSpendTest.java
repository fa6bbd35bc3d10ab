package dev.icpmetrics.model;

import static dev.icpmetrics.model.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class AcquisitionSpendTest {

  @Test
  void channel_joinsWithAcquisitionChannel() {
    AcquisitionSpend s =
        new AcquisitionSpend(
            YearMonth.of(2024, 3), Channel.of("Paid Search"), usd("1200"), SpendKind.PAID_MEDIA);
    assertEquals(Acquisition.via("paid search").channel(), s.channel());
  }

  @Test
  void zeroSpend_isAllowed() {
    assertEquals(
        usd("0"),
        new AcquisitionSpend(
                YearMonth.of(2024, 3), Channel.of("x"), usd("0"), SpendKind.FULLY_LOADED)
            .amount());
  }

  @Test
  void negativeSpend_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new AcquisitionSpend(
                    YearMonth.of(2024, 3), Channel.of("x"), usd("-0.01"), SpendKind.PAID_MEDIA));
    assertEquals("amount must be >= 0, got USD -0.01", e.getMessage());
  }

  @Test
  void toString_isOneLine() {
    assertEquals(
        "2024-03 paid-search USD 1200.00 PAID_MEDIA",
        new AcquisitionSpend(
                YearMonth.of(2024, 3), Channel.of("paid-search"), usd("1200"), SpendKind.PAID_MEDIA)
            .toString());
  }
}
