package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthStageTest {

  @Test
  void stages_areOrderedFromYoungestToMostMature() {
    assertEquals(
        List.of(
            GrowthStage.BOOTSTRAPPED_OR_UNKNOWN,
            GrowthStage.PRE_SEED_SEED,
            GrowthStage.EARLY,
            GrowthStage.GROWTH,
            GrowthStage.LATE,
            GrowthStage.PUBLIC,
            GrowthStage.ACQUIRED),
        List.of(GrowthStage.values()));
    assertTrue(GrowthStage.EARLY.compareTo(GrowthStage.GROWTH) < 0);
  }
}
