package dev.icpmetrics.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.SizePolicy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SegmentationTest {
  private static final Dimension SIZE = Dimension.sizeBand(SizePolicy.guide());

  @Test
  void by_moreThanThree_isRefusedBecauseCellsGetTooSmall() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Segmentation.by(
                    SIZE, Dimension.country(), Dimension.channel(), Dimension.seniority()));
    assertEquals(
        "dimensions must be at most 3, got 4: every dimension multiplies the cells, and cells"
            + " this small are too small to measure (a churn rate needs about 30 accounts a cell)",
        e.getMessage());
  }

  @Test
  void of_aConfiguredMaximum_allowsMore() {
    Segmentation s =
        Segmentation.of(
            List.of(SIZE, Dimension.country(), Dimension.channel(), Dimension.seniority()), 4);
    assertEquals(List.of("size", "country", "channel", "seniority"), s.names());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Segmentation.of(List.of(SIZE, Dimension.country()), 1));
    assertTrue(String.valueOf(e.getMessage()).startsWith("dimensions must be at most 1, got 2: "));
  }

  @Test
  void by_none_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Segmentation::by);
    assertEquals("dimensions must hold at least one dimension, got none", e.getMessage());
  }

  @Test
  void by_duplicateNames_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Segmentation.by(SIZE, SIZE));
    assertEquals("dimensions must have distinct names, got \"size\" twice", e.getMessage());
  }

  @Test
  void of_maxBelowOne_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Segmentation.of(List.of(SIZE), 0));
    assertEquals("maxDimensions must be > 0, got 0", e.getMessage());
  }

  @Test
  void cellsOf_crossesValues_multiValuedGivesOneCellPerCombination() {
    Account a = Fixtures.band("x", 10, 1, 0, 0, 100, 100, Fixtures.JUNE).get(0);
    Dimension tags = Dimension.multi("tag", x -> List.of("b", "a"));
    Segmentation s = Segmentation.by(SIZE, tags);
    assertTrue(s.isMultiValued());
    assertEquals(
        List.of(
            new Segment(List.of("size", "tag"), List.of("SMB", "a")),
            new Segment(List.of("size", "tag"), List.of("SMB", "b"))),
        s.cellsOf(a));
    assertEquals("Segmentation[size x tag]", s.toString());
  }

  @Test
  void cellsOf_dimensionThatDoesNotApply_givesTheUnknownCell() {
    Account a = Fixtures.band("x", 10, 1, 0, 0, 100, 100, Fixtures.JUNE).get(0);
    Segmentation s = Segmentation.by(SIZE, Dimension.of("plan", x -> Optional.empty()));
    assertFalse(s.isMultiValued());
    Segment cell = s.cellsOf(a).get(0);
    assertEquals(List.of("SMB", Dimension.UNKNOWN), cell.values());
    assertTrue(cell.isUnknown());
  }
}
