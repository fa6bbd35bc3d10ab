package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FundingRoundTest {

  @Test
  void stage_mapsEachRoundToItsCoarseStage() {
    assertEquals(GrowthStage.BOOTSTRAPPED_OR_UNKNOWN, FundingRound.NONE.stage());
    assertEquals(GrowthStage.BOOTSTRAPPED_OR_UNKNOWN, FundingRound.UNKNOWN.stage());
    assertEquals(GrowthStage.PRE_SEED_SEED, FundingRound.PRE_SEED.stage());
    assertEquals(GrowthStage.PRE_SEED_SEED, FundingRound.ANGEL.stage());
    assertEquals(GrowthStage.PRE_SEED_SEED, FundingRound.SEED.stage());
    assertEquals(GrowthStage.EARLY, FundingRound.SERIES_A.stage());
    assertEquals(GrowthStage.EARLY, FundingRound.SERIES_B.stage());
    assertEquals(GrowthStage.GROWTH, FundingRound.SERIES_C.stage());
    assertEquals(GrowthStage.GROWTH, FundingRound.SERIES_D.stage());
    assertEquals(GrowthStage.LATE, FundingRound.SERIES_E_OR_LATER.stage());
    assertEquals(GrowthStage.LATE, FundingRound.PRIVATE_EQUITY.stage());
    assertEquals(GrowthStage.PUBLIC, FundingRound.IPO.stage());
    assertEquals(GrowthStage.ACQUIRED, FundingRound.ACQUIRED.stage());
  }

  @Test
  void parse_ignoresCaseSpacesAndHyphens() {
    assertEquals(FundingRound.SERIES_B, FundingRound.parse("Series B"));
    assertEquals(FundingRound.PRE_SEED, FundingRound.parse(" pre-seed "));
    assertEquals(FundingRound.IPO, FundingRound.parse("IPO"));
  }

  @Test
  void parse_unknownName_listsTheVocabulary() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FundingRound.parse("Series Z"));
    assertEquals(
        "fundingRound must be one of [NONE, UNKNOWN, PRE_SEED, ANGEL, SEED, SERIES_A, SERIES_B,"
            + " SERIES_C, SERIES_D, SERIES_E_OR_LATER, PRIVATE_EQUITY, IPO, ACQUIRED], got \"Series Z\"",
        e.getMessage());
  }
}
