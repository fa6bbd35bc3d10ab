package dev.icpmetrics.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Opportunity;
import dev.icpmetrics.model.OpportunityOutcome;
import dev.icpmetrics.model.SizeBand;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleBasesTest {
  private static final SampleBase BASE = SampleBases.guideExample();
  private static final LocalDate FROM = LocalDate.of(2025, 6, 1);
  private static final LocalDate TO = LocalDate.of(2025, 7, 1);

  @Test
  void guideExample_isDeterministic() {
    SampleBase again = SampleBases.guideExample();
    assertEquals(BASE.accounts(), again.accounts());
    assertEquals(BASE.opportunities(), again.opportunities());
    assertEquals(BASE.spend(), again.spend());
    assertEquals(BASE.description(), again.description());
  }

  @Test
  void guideExample_hasTheGuidesCountsPerBand() {
    for (String band : List.of("SMB", "Mid-market", "Enterprise")) {
      int active = 0;
      int churned = 0;
      int fresh = 0;
      for (Account a : BASE.accounts()) {
        if (!BASE.sizePolicy().bandOf(a.company()).map(SizeBand::name).orElseThrow().equals(band)) {
          continue;
        }
        if (a.isActiveOn(FROM.minusDays(1))) {
          active++;
          if (a.lifecycle().churnedIn(FROM, TO)) {
            churned++;
          }
        }
        if (a.lifecycle().acquiredIn(FROM, TO)) {
          fresh++;
        }
      }
      int[] expected =
          switch (band) {
            case "SMB" -> new int[] {150, 15, 15};
            case "Mid-market" -> new int[] {300, 12, 12};
            default -> new int[] {50, 1, 2};
          };
      assertEquals(expected[0], active, band);
      assertEquals(expected[1], churned, band);
      assertEquals(expected[2], fresh, band);
    }
    assertEquals(500 + 29 + 32, BASE.accounts().size());
  }

  @Test
  void guideExample_hasVarietyInTheOtherAttributes() {
    Set<String> industries = new HashSet<>();
    Set<String> countries = new HashSet<>();
    Set<String> channels = new HashSet<>();
    Set<String> pains = new HashSet<>();
    int withoutLocation = 0;
    for (Account a : BASE.accounts()) {
      a.company().industry().flatMap(i -> i.naics()).ifPresent(n -> industries.add(n.code()));
      a.company().location().ifPresentOrElse(l -> countries.add(l.country()), () -> {});
      if (a.company().location().isEmpty()) {
        withoutLocation++;
      }
      channels.add(a.acquisition().channel().key());
      a.insights().painPoints().forEach(t -> pains.add(t.id()));
      assertTrue(a.primaryPersona().isPresent());
      assertTrue(a.acquisition().directCost().isPresent());
    }
    assertEquals(10, industries.size());
    assertTrue(countries.size() >= 10, countries.toString());
    assertTrue(withoutLocation > 0);
    assertEquals(6, channels.size());
    assertEquals(5, pains.size());
  }

  @Test
  void guideExample_opportunitiesOfJune() {
    long won = BASE.opportunities().stream().filter(Opportunity::isWon).count();
    long lost =
        BASE.opportunities().stream().filter(o -> o.outcome() == OpportunityOutcome.LOST).count();
    long open =
        BASE.opportunities().stream().filter(o -> o.outcome() == OpportunityOutcome.OPEN).count();
    assertEquals(29, won);
    assertEquals(45 + 28 + 8, lost);
    assertEquals(20 + 25 + 6, open);
  }

  @Test
  void sampleBase_windowMustNotBeEmpty() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new SampleBase(
                    "x",
                    "y",
                    List.of(),
                    List.of(),
                    List.of(),
                    FROM,
                    FROM,
                    FROM,
                    BASE.sizePolicy()));
    assertEquals("windowTo must be after windowFrom 2025-06-01, got 2025-06-01", e.getMessage());
    assertTrue(
        BASE.toString().startsWith("SampleBase[guide example: 561 accounts, 161 opportunities, "),
        BASE.toString());
  }
}
