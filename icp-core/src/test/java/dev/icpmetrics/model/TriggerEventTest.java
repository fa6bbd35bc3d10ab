package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TriggerEventTest {

  @Test
  void compareTo_ordersByDateThenType() {
    TriggerEvent early = TriggerEvent.of(Tag.of("z"), Fixtures.day(2024, 1, 1));
    TriggerEvent late = TriggerEvent.of(Tag.of("a"), Fixtures.day(2024, 2, 1));
    assertTrue(early.compareTo(late) < 0);
    assertTrue(
        TriggerEvent.of(Tag.of("a"), Fixtures.JAN_1)
                .compareTo(TriggerEvent.of(Tag.of("b"), Fixtures.JAN_1))
            < 0);
  }

  @Test
  void toString_isTypeAtDate() {
    assertEquals(
        "new-cfo@2024-03-01",
        TriggerEvent.of(Tag.of("New CFO"), Fixtures.day(2024, 3, 1)).toString());
  }
}
