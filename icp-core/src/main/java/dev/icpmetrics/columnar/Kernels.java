package dev.icpmetrics.columnar;

import dev.icpmetrics.metrics.ChurnPolicy;
import dev.icpmetrics.metrics.Window;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the per-segment kernel once per JVM, as Lucene does: if the boot layer holds {@code
 * jdk.incubator.vector} (the JVM runs with {@code --add-modules jdk.incubator.vector}) and the
 * system property {@value #PROPERTY} is not {@code false}, it loads {@code VectorSegmentKernel} by
 * name, checks it against the scalar kernel on a small synthetic base, and uses it; on absence, a
 * {@link LinkageError} or any failure it uses the scalar {@link SegmentKernel}. The choice is
 * logged once, at INFO (at WARN when the vector kernel fails to load or to check).
 */
final class Kernels {
  /** The system property that forces the scalar kernel when {@code false}. */
  static final String PROPERTY = "icpmetrics.vector";

  private static final String VECTOR_MODULE = "jdk.incubator.vector";
  private static final String VECTOR_CLASS = "dev.icpmetrics.columnar.VectorSegmentKernel";
  private static final Logger LOG = LoggerFactory.getLogger(Kernels.class);

  private Kernels() {}

  /** The chosen implementation and its description, computed on first use. */
  private static final class Holder {
    static final Choice CHOICE = choose();
  }

  private record Choice(SegmentKernel.Factory factory, String description) {}

  /** The chosen kernel for {@code layout}; only the scalar kernel walks tag columns. */
  static SegmentKernel segmentKernel(
      CustomerBase base, SegmentKernel.Layout layout, Window window, int reactivationWindowDays) {
    if (!layout.tags.isEmpty()) {
      return new SegmentKernel(base, layout, window, reactivationWindowDays);
    }
    return Holder.CHOICE.factory().create(base, layout, window, reactivationWindowDays);
  }

  /** {@code "scalar"}, or {@code "vector"} followed by the vector width in parentheses. */
  static String description() {
    return Holder.CHOICE.description();
  }

  private static Choice choose() {
    Choice scalar = new Choice(SegmentKernel::new, "scalar");
    if ("false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").trim())) {
      LOG.info("columnar kernel: scalar (forced by -D{}=false)", PROPERTY);
      return scalar;
    }
    Optional<Module> vector = ModuleLayer.boot().findModule(VECTOR_MODULE);
    if (vector.isEmpty()) {
      LOG.info(
          "columnar kernel: scalar; the Vector API module is absent, run the JVM with"
              + " --add-modules {} to enable the vector kernel",
          VECTOR_MODULE);
      return scalar;
    }
    try {
      Module self = Kernels.class.getModule();
      if (self.isNamed()) {
        self.addReads(vector.get());
      }
      Class<?> c = Class.forName(VECTOR_CLASS, true, Kernels.class.getClassLoader());
      SegmentKernel.Factory factory =
          (SegmentKernel.Factory) c.getDeclaredMethod("factory").invoke(null);
      String description = (String) c.getDeclaredMethod("describe").invoke(null);
      selfCheck(factory);
      LOG.info("columnar kernel: {}", description);
      return new Choice(factory, description);
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      LOG.info(
          "columnar kernel: scalar; the vector kernel failed to load or check: {}", e.toString());
      return scalar;
    }
  }

  /**
   * Tallies a small synthetic base without columns (the vector path) with both kernels and throws
   * unless the accumulators are equal.
   */
  private static void selfCheck(SegmentKernel.Factory vector) {
    CustomerBase base = SyntheticBase.generate(8, 1_000);
    Window w = Window.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
    int reactivation = ChurnPolicy.defaults().reactivationWindowDays();
    SegmentKernel.Layout layout = new SegmentKernel.Layout(base, w, java.util.List.of());
    SegmentKernel want = new SegmentKernel(base, layout, w, reactivation);
    SegmentKernel got = vector.create(base, layout, w, reactivation);
    want.run(0, base.rowCount());
    got.run(0, base.rowCount());
    want.finish();
    got.finish();
    if (!Arrays.equals(want.acc, got.acc) || !Arrays.equals(want.acquisitions, got.acquisitions)) {
      throw new IllegalStateException("vector kernel self-check: tallies differ from the scalar");
    }
  }
}
