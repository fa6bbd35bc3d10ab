package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeniorityTest {

  @Test
  void tenLevels_orderedFromUnpaidToOwner() {
    assertEquals(
        List.of(
            Seniority.UNPAID,
            Seniority.TRAINING,
            Seniority.ENTRY,
            Seniority.SENIOR,
            Seniority.MANAGER,
            Seniority.DIRECTOR,
            Seniority.VP,
            Seniority.CXO,
            Seniority.PARTNER,
            Seniority.OWNER),
        List.of(Seniority.values()));
    assertTrue(Seniority.DIRECTOR.compareTo(Seniority.VP) < 0);
  }

  @Test
  void linkedInId_isTheRankFromOne() {
    assertEquals(1, Seniority.UNPAID.linkedInId());
    assertEquals(8, Seniority.CXO.linkedInId());
    assertEquals(10, Seniority.OWNER.linkedInId());
  }
}
