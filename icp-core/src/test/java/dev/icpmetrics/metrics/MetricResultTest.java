package dev.icpmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricResultTest {

  @Test
  void defined_exposesItsValueEverywhere() {
    MetricResult<Double> r = MetricResult.of(0.07);
    assertTrue(r.isDefined());
    assertEquals(0.07, r.orElseThrow());
    assertEquals(0.07, r.orElse(-1.0));
    assertEquals(Optional.of(0.07), r.asOptional());
    assertEquals(Optional.empty(), r.undefinedReason());
    assertEquals("0.07", r.toString());
  }

  @Test
  void undefined_neverYieldsANumberUnlessTheCallerChoosesOne() {
    MetricResult<Double> r = MetricResult.undefined("no customers at the start of the window");
    assertFalse(r.isDefined());
    NoSuchElementException e = assertThrows(NoSuchElementException.class, r::orElseThrow);
    assertEquals("undefined: no customers at the start of the window", e.getMessage());
    assertEquals(-1.0, r.orElse(-1.0));
    assertEquals(Optional.empty(), r.asOptional());
    assertEquals(Optional.of("no customers at the start of the window"), r.undefinedReason());
    assertEquals("undefined (no customers at the start of the window)", r.toString());
  }

  @Test
  void map_transformsDefinedAndKeepsTheReasonOfUndefined() {
    assertEquals(MetricResult.of(50.0), MetricResult.of(0.5).map(x -> x * 100));
    MetricResult<Double> undefined = MetricResult.undefined("zero churn");
    assertEquals(MetricResult.undefined("zero churn"), undefined.map(x -> x * 100));
  }

  @Test
  void equality_followsValueOrReason() {
    assertEquals(MetricResult.of(1L), MetricResult.of(1L));
    assertNotEquals(MetricResult.of(1L), MetricResult.of(2L));
    assertNotEquals(MetricResult.<Long>undefined("a"), MetricResult.<Long>undefined("b"));
  }

  @Test
  void undefined_blankReason_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MetricResult.undefined(" "));
    assertEquals("reason must not be blank, got \" \"", e.getMessage());
  }
}
