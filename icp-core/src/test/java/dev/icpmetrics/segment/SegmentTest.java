package dev.icpmetrics.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SegmentTest {

  @Test
  void cell_hasLabelDefinitionAndText() {
    Segment s = new Segment(List.of("size", "region"), List.of("SMB", "EMEA"));
    assertEquals("SMB / EMEA", s.label());
    assertEquals("size=SMB, region=EMEA", s.toString());
    assertEquals(Map.of("size", "SMB", "region", "EMEA"), s.definition());
    assertEquals(Optional.of("EMEA"), s.value("region"));
    assertEquals(Optional.empty(), s.value("country"));
    assertFalse(s.isAll());
    assertFalse(s.isUnknown());
  }

  @Test
  void all_hasNoDimension() {
    assertTrue(Segment.all().isAll());
    assertEquals("All", Segment.all().label());
    assertEquals("all", Segment.all().toString());
  }

  @Test
  void valuesNotMatchingDimensions_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Segment(List.of("size"), List.of()));
    assertEquals("values must number one per dimension (1), got 0", e.getMessage());
  }

  @Test
  void equality_isByNamesAndValues() {
    assertEquals(Segment.of("size", "SMB"), new Segment(List.of("size"), List.of("SMB")));
    assertTrue(Segment.of("size", Dimension.UNKNOWN).isUnknown());
  }
}
