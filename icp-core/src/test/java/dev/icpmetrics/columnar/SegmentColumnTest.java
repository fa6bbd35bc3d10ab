package dev.icpmetrics.columnar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SegmentColumnTest {

  @Test
  void segmentColumn_isSealedToTheCategoryAndTagColumns() {
    assertArrayEquals(
        new Class<?>[] {CategoryColumn.class, TagColumn.class},
        SegmentColumn.class.getPermittedSubclasses());
  }

  @Test
  void columnName_isTheTableName() {
    SegmentColumn pains = TagColumn.PAIN_POINTS;
    SegmentColumn size = CategoryColumn.SIZE_BAND;
    assertEquals("painPoints", pains.columnName());
    assertEquals("techStack", TagColumn.TECH_STACK.columnName());
    assertEquals("sizeBand", size.columnName());
  }
}
