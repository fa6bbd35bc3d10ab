package dev.icpmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the package directions of docs/ARCHITECTURE.md by reading the compiled classes' constant
 * pools: every class, method, field and descriptor a class refers to is named there, so a
 * dependency cannot hide behind a fully qualified name or a lambda.
 */
class ArchitectureTest {

  /** For each package, the library packages it may depend on. */
  static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "internal", Set.of(),
          "sample", Set.of("internal", "model"),
          "model", Set.of("internal"),
          "stats", Set.of("internal"),
          "metrics", Set.of("internal", "model", "stats"),
          "segment", Set.of("internal", "model", "metrics", "stats"),
          "scoring", Set.of("internal", "model", "metrics", "segment", "stats"),
          "columnar", Set.of("internal", "model", "metrics", "segment", "scoring", "stats"),
          "io",
              Set.of(
                  "internal",
                  "model",
                  "metrics",
                  "segment",
                  "scoring",
                  "columnar",
                  "stats",
                  "sample"));

  private static final Pattern REFERENCE = Pattern.compile("dev/icpmetrics/([a-z]+)/");

  @Test
  void packages_dependOnlyInTheDocumentedDirections() throws IOException {
    Map<String, Set<String>> violations = new TreeMap<>();
    for (Map.Entry<String, Set<String>> e : actualDependencies().entrySet()) {
      String from = e.getKey();
      Set<String> allowed = ALLOWED.get(from);
      assertTrue(allowed != null, "package dev.icpmetrics." + from + " is not in the architecture");
      for (String to : e.getValue()) {
        if (!to.equals(from) && !allowed.contains(to)) {
          violations.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
        }
      }
    }
    assertEquals(Map.of(), violations, "package -> forbidden dependencies");
  }

  @Test
  void allowedDirections_formNoCycle() {
    for (String start : ALLOWED.keySet()) {
      assertTrue(!reachable(start).contains(start), "cycle through " + start);
    }
  }

  @Test
  void constantPoolReader_seesReferencesInDescriptorsAndLambdas() throws IOException {
    // This test class refers to Map, Pattern and Files through descriptors and calls; the reader
    // must see them, or the architecture check above would pass vacuously.
    Path self =
        ModuleTest.classesDirectory()
            .resolveSibling("test-classes")
            .resolve("dev/icpmetrics/ArchitectureTest.class");
    Set<String> utf8 = constantPoolStrings(self);
    assertTrue(utf8.contains("java/util/regex/Pattern"), "reader missed a class reference");
    assertTrue(
        utf8.stream().anyMatch(s -> s.contains("Ljava/util/Map;")), "reader missed a descriptor");
  }

  private static Set<String> reachable(String from) {
    Set<String> seen = new TreeSet<>();
    List<String> todo = new java.util.ArrayList<>(ALLOWED.get(from));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (seen.add(next)) {
        todo.addAll(ALLOWED.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }

  private static Map<String, Set<String>> actualDependencies() throws IOException {
    Path root = ModuleTest.classesDirectory().resolve("dev/icpmetrics");
    Map<String, Set<String>> deps = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file :
          (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
        Path rel = root.relativize(file);
        if (rel.getNameCount() < 2) {
          throw new AssertionError("class outside any package of the architecture: " + rel);
        }
        String from = rel.getName(0).toString();
        Set<String> to = deps.computeIfAbsent(from, k -> new TreeSet<>());
        for (String s : constantPoolStrings(file)) {
          Matcher m = REFERENCE.matcher(s);
          while (m.find()) {
            to.add(m.group(1));
          }
        }
      }
    }
    assertTrue(deps.containsKey("model"), "no classes found under " + root);
    return deps;
  }

  /** Returns the UTF-8 entries of a class file's constant pool (JVMS 4.4). */
  static Set<String> constantPoolStrings(Path classFile) throws IOException {
    Set<String> out = new TreeSet<>();
    try (InputStream raw = Files.newInputStream(classFile);
        DataInputStream in = new DataInputStream(raw)) {
      if (in.readInt() != 0xCAFEBABE) {
        throw new IOException("not a class file: " + classFile);
      }
      in.readUnsignedShort(); // minor
      in.readUnsignedShort(); // major
      int count = in.readUnsignedShort();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> out.add(in.readUTF());
          case 7, 8, 16, 19, 20 -> in.skipBytes(2);
          case 15 -> in.skipBytes(3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
          case 5, 6 -> {
            in.skipBytes(8);
            i++;
          }
          default -> throw new IOException("unknown constant pool tag " + tag + " in " + classFile);
        }
      }
    }
    return out;
  }
}
