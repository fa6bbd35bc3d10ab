package dev.icpmetrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.scoring.Prospect.Size;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FitTest {

  @Test
  void exact_matchesAnyTarget() {
    FitFunction<String> f = Fit.exact("US", "CA");
    assertEquals(1.0, f.fit("CA"));
    assertEquals(0.0, f.fit("DE"));
  }

  @Test
  void ordinal_isOneMinusDistanceOverSpan() {
    assertEquals(1.0, Fit.ordinal(2, 2, 5));
    assertEquals(0.75, Fit.ordinal(1, 2, 5));
    assertEquals(0.0, Fit.ordinal(0, 4, 5));
    // Four sizes, target MID: ENTERPRISE is 2 levels away -> 1 - 2/3.
    assertEquals(1 - 2 / 3.0, Fit.ordinal(Size.MID).fit(Size.ENTERPRISE), 1e-15);
  }

  @Test
  void ordinal_levelOutOfRange_namesFieldAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Fit.ordinal(5, 0, 5));
    assertEquals("i must be in [0, 4], got 5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Fit.ordinal(0, 0, 1));
    assertEquals("levels must be in [2, 2147483647], got 1", e.getMessage());
  }

  @Test
  void hierarchy_sharedPrefixOverTargetDepth() {
    assertEquals(1.0, Fit.hierarchy("541511", "5415"));
    assertEquals(0.75, Fit.hierarchy("5416", "5415"));
    assertEquals(0.5, Fit.hierarchy("54", "5415"));
    assertEquals(0.25, Fit.hierarchy("52", "5415"));
    assertEquals(0.0, Fit.hierarchy("31", "5415"));
    assertEquals(4 / 6.0, Fit.hierarchy("5415", "541511"));
    assertEquals(1.0, Fit.hierarchy("5415", "52", "5415").fit("541512"));
  }

  @Test
  void hierarchy_blankCode_namesField() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Fit.hierarchy(" ", "5415"));
    assertEquals("value must not be blank, got \" \"", e.getMessage());
  }

  @Test
  void jaccard_andOverlapCoefficient() {
    Set<String> a = Set.of("aws", "k8s", "postgres");
    Set<String> b = Set.of("aws", "k8s");
    assertEquals(2 / 3.0, Fit.jaccard(a, b));
    assertEquals(1.0, Fit.overlapCoefficient(a, b));
    assertEquals(0.25, Fit.jaccard(Set.of("x", "y"), Set.of("y", "z", "w")));
    assertEquals(0.5, Fit.overlapCoefficient(Set.of("x", "y"), Set.of("y", "z", "w")));
    assertEquals(0.0, Fit.jaccard(Set.of(), Set.of()));
    assertEquals(0.0, Fit.overlapCoefficient(Set.of(), a));
    assertEquals(0.5, Fit.overlap(Set.of("x", "y")).fit(Set.of("y", "q")));
  }

  @Test
  void emptyTargets_areRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Fit.jaccard(Set.of()));
    assertEquals("targets must not be empty, got []", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Fit.<String>exact());
    assertEquals("targets must not be empty, got []", e.getMessage());
  }
}
