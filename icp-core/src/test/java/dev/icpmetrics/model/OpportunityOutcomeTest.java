package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpportunityOutcomeTest {

  @Test
  void outcomes_areOpenWonLost() {
    assertEquals(
        List.of(OpportunityOutcome.OPEN, OpportunityOutcome.WON, OpportunityOutcome.LOST),
        List.of(OpportunityOutcome.values()));
  }
}
