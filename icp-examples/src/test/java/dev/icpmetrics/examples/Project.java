package dev.icpmetrics.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's files, found through the root the build passes in, never the working directory. */
final class Project {
  private Project() {}

  /** Returns the project root, from the system property {@code icp.project.root}. */
  static Path root() {
    String root = System.getProperty("icp.project.root", "");
    if (root.isBlank()) {
      throw new IllegalStateException(
          "system property icp.project.root must be set by the build, got \"\"");
    }
    Path p = Path.of(root).toAbsolutePath();
    if (!Files.isRegularFile(p.resolve("README.md"))) {
      throw new IllegalStateException("icp.project.root must hold README.md, got " + p);
    }
    return p;
  }

  /** Returns {@code examples/data/} under the root. */
  static Path data() {
    return root().resolve("examples").resolve("data");
  }
}
