package dev.icpmetrics.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PropertyTest {

  @Test
  void forAll_sameSeed_generatesSameValues() {
    List<Long> first = new ArrayList<>();
    List<Long> second = new ArrayList<>();
    Property.<Long>named("collect").seed(42).tries(50).forAll(Gen.longs(0, 1000), first::add);
    Property.<Long>named("collect").seed(42).tries(50).forAll(Gen.longs(0, 1000), second::add);
    assertEquals(50, first.size());
    assertEquals(first, second);
  }

  @Test
  void forAll_differentSeeds_generateDifferentValues() {
    List<Long> first = new ArrayList<>();
    List<Long> second = new ArrayList<>();
    Property.<Long>named("collect").seed(1).tries(20).forAll(Gen.longs(0, 1 << 30), first::add);
    Property.<Long>named("collect").seed(2).tries(20).forAll(Gen.longs(0, 1 << 30), second::add);
    assertTrue(!first.equals(second), "two seeds gave the same 20 values: " + first);
  }

  @Test
  void forAll_edgeCasesRunFirstInOrder() {
    List<Long> seen = new ArrayList<>();
    Property.<Long>named("order")
        .edgeCases(-1L, Long.MAX_VALUE)
        .tries(3)
        .forAll(Gen.longs(0, 10), seen::add);
    assertEquals(5, seen.size());
    assertEquals(List.of(-1L, Long.MAX_VALUE), seen.subList(0, 2));
  }

  @Test
  void forAll_failure_namesPropertySeedCaseAndValue() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                Property.<Long>named("below five")
                    .seed(7)
                    .tries(1000)
                    .forAll(
                        Gen.longs(0, 100),
                        v -> {
                          if (v >= 5) {
                            throw new AssertionError("too big");
                          }
                        }));
    String m = e.getMessage();
    assertTrue(m.startsWith("property \"below five\" failed on generated case "), m);
    assertTrue(m.contains("with seed 7 (rerun with -Dicp.seed=7)"), m);
    assertTrue(m.contains("value: "), m);
    assertEquals("too big", e.getCause().getMessage());
  }

  @Test
  void forAll_failingEdgeCase_isReportedAsEdgeCase() {
    IllegalStateException boom = new IllegalStateException("boom");
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                Property.<Long>named("edge")
                    .edgeCases(0L)
                    .forAll(
                        Gen.longs(1, 2),
                        v -> {
                          if (v == 0) {
                            throw boom;
                          }
                        }));
    assertTrue(e.getMessage().contains("failed on edge case 1 of 1"), e.getMessage());
    assertTrue(e.getMessage().contains("value: 0"), e.getMessage());
    assertSame(boom, e.getCause());
  }

  @Test
  void failingValue_isReproducibleFromThePrintedSeed() {
    long seed = 123_456_789L;
    List<Long> firstRun = new ArrayList<>();
    Property.<Long>named("a").seed(seed).tries(10).forAll(Gen.longs(-5, 5), firstRun::add);
    SplittableRandom replay = new SplittableRandom(seed);
    Gen<Long> gen = Gen.longs(-5, 5);
    for (long v : firstRun) {
      assertEquals(v, gen.next(replay));
    }
  }

  @Test
  void parseSeed_blankOrAbsent_usesDefault() {
    assertEquals(Property.DEFAULT_SEED, Property.parseSeed(null));
    assertEquals(Property.DEFAULT_SEED, Property.parseSeed("  "));
    assertEquals(-17L, Property.parseSeed(" -17 "));
  }

  @Test
  void parseSeed_notANumber_namesPropertyAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Property.parseSeed("abc"));
    assertEquals("icp.seed must be a whole number, got \"abc\"", e.getMessage());
  }

  @Test
  void seed_readsSystemProperty() {
    String old = System.getProperty(Property.SEED_PROPERTY);
    try {
      System.setProperty(Property.SEED_PROPERTY, "99");
      assertEquals(99L, Property.seed());
    } finally {
      if (old == null) {
        System.clearProperty(Property.SEED_PROPERTY);
      } else {
        System.setProperty(Property.SEED_PROPERTY, old);
      }
    }
  }

  @Test
  void tries_belowOne_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Property.named("x").tries(0));
    assertEquals("tries must be >= 1, got 0", e.getMessage());
  }

  @Test
  void longs_staysWithinBoundsIncludingExtremes() {
    Property.<Long>named("in bounds")
        .tries(500)
        .forAll(Gen.longs(-3, 3), v -> assertTrue(v >= -3 && v <= 3, "out of bounds: " + v));
    Property.<Long>named("max bound")
        .tries(50)
        .forAll(
            Gen.longs(Long.MAX_VALUE - 1, Long.MAX_VALUE),
            v -> assertTrue(v >= Long.MAX_VALUE - 1));
  }

  @Test
  void lists_respectSizeBounds() {
    Property.<List<Integer>>named("sizes")
        .tries(200)
        .forAll(
            Gen.lists(Gen.ints(0, 9), 2, 4),
            l -> assertTrue(l.size() >= 2 && l.size() <= 4, "size " + l.size()));
  }
}
