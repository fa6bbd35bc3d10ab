package dev.icpmetrics.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OpportunityTallyTest {

  private static OpportunityTally wonAfter(long... days) {
    OpportunityTally t = OpportunityTally.empty();
    for (long d : days) {
      t = t.plus(OpportunityTally.won(d));
    }
    return t;
  }

  @Test
  void median_isRsMedian() {
    // R: median(c(30, 5, 9, 9)) = 9; median(c(1, 2, 3, 4)) = 2.5; median(7) = 7.
    assertEquals(9.0, wonAfter(30, 5, 9, 9).medianSalesCycleDays().orElseThrow());
    assertEquals(2.5, wonAfter(1, 2, 3, 4).medianSalesCycleDays().orElseThrow());
    assertEquals(7.0, wonAfter(7).medianSalesCycleDays().orElseThrow());
    assertEquals(13.25, wonAfter(30, 5, 9, 9).meanSalesCycleDays().orElseThrow());
  }

  @Test
  void noWonDeal_medianAndMeanAreUndefined() {
    OpportunityTally t = OpportunityTally.lost().plus(OpportunityTally.open());
    assertFalse(t.medianSalesCycleDays().isDefined());
    assertFalse(t.meanSalesCycleDays().isDefined());
    assertEquals(0, t.conversion().events());
    assertEquals(1, t.conversion().trials());
  }

  @Test
  void conversion_leavesOpenOpportunitiesOut() {
    OpportunityTally t =
        wonAfter(10, 20).plus(OpportunityTally.lost()).plus(OpportunityTally.open());
    assertEquals(2, t.conversion().events());
    assertEquals(3, t.conversion().trials());
    assertEquals("Opportunities[won 2, lost 1, open 1, median cycle 15.0 d]", t.toString());
  }

  @Test
  void histogram_countingMoreThanWon_isRejected() {
    TreeMap<Long, Long> h = new TreeMap<>();
    h.put(5L, 2L);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new OpportunityTally(1, 0, 0, h));
    assertEquals("salesCycleDays must count at most wonCount 1 deals, got 2", e.getMessage());
  }

  @Test
  void negativeCount_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new OpportunityTally(0, -1, 0, new TreeMap<>()));
    assertEquals("lostCount must be >= 0, got -1", e.getMessage());
  }

  @Test
  void plus_isAssociativeCommutative_withEmptyAsIdentity() {
    Gen<OpportunityTally> one =
        Gen.oneOf(0, 1, 2)
            .map(
                k ->
                    k == 0
                        ? OpportunityTally.lost()
                        : k == 1 ? OpportunityTally.open() : OpportunityTally.won(k * 7L));
    Gen<OpportunityTally> tally =
        Gen.lists(one, 0, 6)
            .map(l -> l.stream().reduce(OpportunityTally.empty(), OpportunityTally::plus));
    Property.<List<OpportunityTally>>named("opportunity tallies form a commutative monoid")
        .forAll(
            Gen.lists(tally, 3, 3),
            l -> {
              OpportunityTally a = l.get(0);
              OpportunityTally b = l.get(1);
              OpportunityTally c = l.get(2);
              assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
              assertEquals(a.plus(b), b.plus(a));
              assertEquals(a, a.plus(OpportunityTally.empty()));
            });
  }
}
