package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class InsightsTest {

  @Test
  void withers_addSeveralValuesPerField() {
    Insights i =
        Insights.empty()
            .withPainPoints(Tag.of("Manual reporting"), Tag.of("Data silos"))
            .withTriggerEvents(TriggerEvent.of(Tag.of("New CFO"), Fixtures.day(2024, 3, 1)))
            .withDesiredOutcomes(Tag.of("Faster close"))
            .withBenefits(Tag.of("Fewer errors"), Tag.of("Time saved"))
            .withReasonsChosen(Tag.of("Price"));
    assertEquals(
        List.of(Tag.of("Data silos"), Tag.of("Manual reporting")), List.copyOf(i.painPoints()));
    assertEquals(1, i.triggerEvents().size());
    assertEquals(1, i.desiredOutcomes().size());
    assertEquals(2, i.benefits().size());
    assertEquals(1, i.reasonsChosen().size());
  }

  @Test
  void duplicates_collapse() {
    Insights i = Insights.empty().withPainPoints(Tag.of("A")).withPainPoints(Tag.of("a", "A"));
    assertEquals(1, i.painPoints().size());
  }

  @Test
  void twoLabelsForOneId_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Insights.empty().withBenefits(Tag.of("speed", "Speed"), Tag.of("speed", "Fast")));
    assertEquals(
        "benefits must not hold two labels for one id, got \"Fast\" and \"Speed\" for speed",
        e.getMessage());
  }

  @Test
  void fields_areCopiedAndUnmodifiable() {
    TreeSet<Tag> pains = new TreeSet<>(List.of(Tag.of("a")));
    Insights i =
        new Insights(pains, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
    pains.add(Tag.of("b"));
    assertEquals(1, i.painPoints().size());
    assertThrows(UnsupportedOperationException.class, () -> i.painPoints().add(Tag.of("c")));
  }

  @Test
  void empty_isEmpty() {
    assertTrue(Insights.empty().isEmpty());
    assertEquals("Insights[]", Insights.empty().toString());
  }

  @Test
  void toString_showsTheNonEmptyFields() {
    Insights i =
        Insights.empty()
            .withPainPoints(Tag.of("Manual reporting"))
            .withTriggerEvents(TriggerEvent.of(Tag.of("New CFO"), Fixtures.day(2024, 3, 1)));
    assertEquals(
        "Insights[painPoints=[manual-reporting], triggerEvents=[new-cfo@2024-03-01]]",
        i.toString());
  }
}
