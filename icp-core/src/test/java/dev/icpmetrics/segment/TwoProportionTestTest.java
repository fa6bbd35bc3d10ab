package dev.icpmetrics.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.metrics.Proportion;
import org.junit.jupiter.api.Test;

/**
 * Reference values from Python 3 with SciPy 1.17.1: pooled z and {@code 2 * norm.sf(|z|)}; the same
 * as R's {@code prop.test(..., correct = FALSE)}.
 */
class TwoProportionTestTest {

  @Test
  void z_andPValue_matchScipy() {
    TwoProportionTest t = new TwoProportionTest(Proportion.of(15, 150), Proportion.of(6, 150));
    assertEquals(-0.06, t.difference().orElseThrow(), 1e-12);
    assertEquals(-2.0365326999063917, t.z().orElseThrow(), 1e-9);
    assertEquals(0.04169689297744231, t.pValue().orElseThrow(), 1e-9);
    assertTrue(t.isSignificant(0.05));
    assertFalse(t.isSignificant(0.01));
    assertEquals("15/150 -> 6/150: -6.00 pp, z -2.04, p 0.0417", t.toString());

    TwoProportionTest c = new TwoProportionTest(Proportion.of(15, 60), Proportion.of(20, 50));
    assertEquals(1.6818357317441646, c.z().orElseThrow(), 1e-9);
    assertEquals(0.09260069782067576, c.pValue().orElseThrow(), 1e-9);
  }

  @Test
  void noChange_hasPValueOne() {
    TwoProportionTest t = new TwoProportionTest(Proportion.of(12, 300), Proportion.of(12, 300));
    assertEquals(0.0, t.z().orElseThrow());
    assertEquals(1.0, t.pValue().orElseThrow(), 1e-12);
  }

  @Test
  void emptySide_orNoVariance_isUndefined() {
    TwoProportionTest empty = new TwoProportionTest(Proportion.empty(), Proportion.of(1, 10));
    assertFalse(empty.difference().isDefined());
    assertFalse(empty.pValue().isDefined());
    assertEquals("0/0 -> 1/10: not testable (a side has no trials)", empty.toString());
    TwoProportionTest none = new TwoProportionTest(Proportion.of(0, 10), Proportion.of(0, 20));
    assertEquals(
        "the pooled rate is 0: no variance to test against",
        none.z().undefinedReason().orElseThrow());
  }

  @Test
  void alpha_outsideZeroOne_isRejected() {
    TwoProportionTest t = new TwoProportionTest(Proportion.of(1, 10), Proportion.of(2, 10));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> t.isSignificant(1.0));
    assertEquals("alpha must be in (0, 1), got 1.0", e.getMessage());
  }
}
