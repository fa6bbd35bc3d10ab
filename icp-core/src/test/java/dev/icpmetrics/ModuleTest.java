package dev.icpmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.Money;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the module's name, exports and dependencies: any change here is an API decision. */
class ModuleTest {

  /** The API packages. Everything else, {@code stats} included, stays internal. */
  static final Set<String> EXPORTED =
      Set.of(
          "dev.icpmetrics.model",
          "dev.icpmetrics.metrics",
          "dev.icpmetrics.io",
          "dev.icpmetrics.segment",
          "dev.icpmetrics.sample",
          "dev.icpmetrics.scoring",
          "dev.icpmetrics.columnar");

  /** Packages that exist in the module but are deliberately not exported. */
  static final Set<String> INTERNAL = Set.of("dev.icpmetrics.stats", "dev.icpmetrics.internal");

  @Test
  void module_isNamedDevIcpmetricsCore() throws IOException {
    assertEquals("dev.icpmetrics.core", descriptor().name());
  }

  @Test
  void module_exportsExactlyTheApiPackages() throws IOException {
    ModuleDescriptor d = descriptor();
    Set<String> exported =
        d.exports().stream().map(Exports::source).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(EXPORTED), exported);
    assertTrue(
        d.exports().stream().noneMatch(Exports::isQualified),
        "no export may be qualified: " + d.exports());
    assertTrue(d.opens().isEmpty(), "no package may be opened: " + d.opens());
  }

  @Test
  void module_requiresOnlySlf4jAtRunTime() throws IOException {
    Set<String> runtime = new TreeSet<>();
    for (Requires r : descriptor().requires()) {
      if (!r.modifiers().contains(Requires.Modifier.STATIC)) {
        runtime.add(r.name());
      }
    }
    assertEquals(Set.of("java.base", "org.slf4j"), runtime);
  }

  @Test
  void module_everyOtherPackageIsAKnownInternalOne() throws IOException {
    Set<String> internal = new TreeSet<>(descriptor().packages());
    internal.removeAll(EXPORTED);
    assertTrue(INTERNAL.containsAll(internal), "unexpected internal packages: " + internal);
  }

  private static ModuleDescriptor descriptor() throws IOException {
    Path classes = classesDirectory();
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  /** The directory or jar that main classes were compiled into, wherever the build puts it. */
  static Path classesDirectory() {
    try {
      return Path.of(Money.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
