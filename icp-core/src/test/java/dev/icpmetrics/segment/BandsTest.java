package dev.icpmetrics.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BandsTest {

  @Test
  void at_generatesLabels_andAValueAtACutGoesToTheBandAbove() {
    Bands b = Bands.at(100, 1000);
    assertEquals(List.of("< 100", "100 to < 1000", ">= 1000"), b.labels());
    assertEquals("< 100", b.bandOf(99.999));
    assertEquals("100 to < 1000", b.bandOf(100));
    assertEquals("100 to < 1000", b.bandOf(999));
    assertEquals(">= 1000", b.bandOf(1000));
    assertEquals("< 100", b.bandOf(-5));
  }

  @Test
  void labelled_keepsTheGivenLabels() {
    Bands b = Bands.labelled(List.of("small", "large"), 2.5);
    assertEquals("small", b.bandOf(2.4));
    assertEquals("large", b.bandOf(2.5));
    assertEquals("Bands[small | large]", b.toString());
  }

  @Test
  void cuts_notIncreasing_namesBothCuts() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Bands.at(100, 100));
    assertEquals("cuts must be strictly increasing, got 100 after 100", e.getMessage());
  }

  @Test
  void cuts_empty_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Bands::at);
    assertEquals("cuts must hold at least one cut point, got []", e.getMessage());
  }

  @Test
  void cuts_notFinite_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Bands.at(Double.NaN));
    assertEquals("cut must be finite, got NaN", e.getMessage());
  }

  @Test
  void labels_wrongCount_saysHowMany() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Bands.labelled(List.of("a"), 1));
    assertEquals("labels must number one more than the cuts (2), got 1", e.getMessage());
  }

  @Test
  void labels_duplicate_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Bands.labelled(List.of("a", "a"), 1));
    assertEquals("labels must be distinct, got \"a\" twice", e.getMessage());
  }

  @Test
  void labels_reservedUnknown_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Bands.labelled(List.of("a", Dimension.UNKNOWN), 1));
    assertEquals(
        "value must not be the reserved label \"(unknown)\", got \"(unknown)\"", e.getMessage());
  }

  @Test
  void bandOf_notFinite_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Bands.at(1).bandOf(Double.POSITIVE_INFINITY));
    assertEquals("value must be finite, got Infinity", e.getMessage());
  }
}
