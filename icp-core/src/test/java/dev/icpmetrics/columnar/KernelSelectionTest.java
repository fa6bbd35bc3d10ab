package dev.icpmetrics.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class KernelSelectionTest {

  /**
   * The build runs the columnar tests twice: without the Vector API module (expected kernel
   * "scalar") and with {@code --add-modules jdk.incubator.vector} (expected "vector").
   */
  @Test
  void kernel_isTheOneTheTestRunExpects() {
    String expected = System.getProperty("icpmetrics.expectedKernel");
    assumeTrue(expected != null, "run by the build, which sets icpmetrics.expectedKernel");
    String kernel = ColumnarMetrics.kernel();
    assertEquals(expected, kernel.split(" ", 2)[0], "kernel in use: " + kernel);
  }

  @Test
  void kernel_describesItsVectorWidth() {
    String kernel = ColumnarMetrics.kernel();
    if (kernel.startsWith("vector")) {
      assertTrue(kernel.matches("vector \\(\\d+-bit, \\d+ long lanes\\)"), kernel);
    } else {
      assertEquals("scalar", kernel);
    }
  }
}
