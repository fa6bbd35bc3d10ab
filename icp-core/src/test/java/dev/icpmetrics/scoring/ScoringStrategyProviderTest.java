package dev.icpmetrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * ServiceLoader discovery of a strategy from "another jar".
 *
 * <p>Surefire runs these tests on the module path, with the test classes patched into {@code
 * dev.icpmetrics.core}. A module-info cannot declare a test-scope {@code provides}, and the JDK
 * ignores {@code META-INF/services} for classes in a named module. So the test does what a plug-in
 * on the class path does: {@code src/test/resources/META-INF/services} names {@code
 * plugin.DemoProvider}, and a separate class loader over the test-classes directory defines that
 * class in its own unnamed module (child first, for the plug-in package only). {@link
 * ScoringStrategyProvider#load(ClassLoader)} then finds it through the services file, exactly as it
 * would find a provider in a jar on the class path.
 */
class ScoringStrategyProviderTest {
  private static final String PLUGIN = "dev.icpmetrics.scoring.plugin.";

  @Test
  void load_findsAClassPathProviderThroughMetaInfServices() throws IOException {
    try (PluginLoader loader = new PluginLoader()) {
      List<ScoringStrategyProvider> providers = ScoringStrategyProvider.load(loader);
      assertEquals(
          List.of("demo-length"), providers.stream().map(ScoringStrategyProvider::id).toList());
      ScoringStrategyProvider p = providers.get(0);
      assertTrue(!p.getClass().getModule().isNamed(), "the plug-in lives in an unnamed module");
      Optional<ScoringStrategy<String>> s = p.create(String.class);
      assertEquals(7000, s.orElseThrow().score("seventy").centiPoints());
      assertEquals("demo-length", s.orElseThrow().score("x").strategyId());
    }
  }

  @Test
  void find_wrongSubjectType_isEmpty() throws IOException {
    try (PluginLoader loader = new PluginLoader()) {
      assertEquals(
          Optional.empty(), ScoringStrategyProvider.find(loader, "demo-length", Integer.class));
      assertTrue(ScoringStrategyProvider.find(loader, "demo-length", String.class).isPresent());
      assertEquals(Optional.empty(), ScoringStrategyProvider.find(loader, "nope", String.class));
    }
  }

  @Test
  void load_withoutThePlugin_findsNothingInTheNamedModule() {
    // The services file is visible, but the class it names is in the named module: ignored.
    assertEquals(List.of(), ScoringStrategyProvider.load(getClass().getClassLoader()));
  }

  /** Defines the plug-in package itself, from the test-classes directory; delegates the rest. */
  static final class PluginLoader extends URLClassLoader {
    PluginLoader() {
      super(new URL[] {root()}, ScoringStrategyProviderTest.class.getClassLoader());
    }

    private static URL root() {
      return ScoringStrategyProviderTest.class.getProtectionDomain().getCodeSource().getLocation();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith(PLUGIN)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          c = findClass(name);
        }
        assertNotSame(ScoringStrategyProviderTest.class.getClassLoader(), c.getClassLoader());
        return c;
      }
    }
  }

  @Test
  void pluginLoader_readsTheServicesFileFromTestResources() throws IOException {
    try (InputStream in =
        ScoringStrategyProviderTest.class.getResourceAsStream(
            "/META-INF/services/dev.icpmetrics.scoring.ScoringStrategyProvider")) {
      assertTrue(in != null, "services file in test resources");
    }
  }
}
