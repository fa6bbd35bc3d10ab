package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpendKindTest {

  @Test
  void kinds_arePaidMediaAndFullyLoaded() {
    assertEquals(
        List.of(SpendKind.PAID_MEDIA, SpendKind.FULLY_LOADED), List.of(SpendKind.values()));
  }
}
