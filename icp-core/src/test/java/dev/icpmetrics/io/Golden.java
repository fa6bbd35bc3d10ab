package dev.icpmetrics.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The frozen files under src/test/resources/dev/icpmetrics/io, found on the class path. */
final class Golden {
  private Golden() {}

  /** Returns the path of a golden file, for example {@code valid/worksheet.csv}. */
  static Path path(String name) {
    URL url = Golden.class.getResource(name);
    if (url == null) {
      throw new AssertionError("no golden file " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  /** Returns the text of a golden file, decoded as UTF-8. */
  static String text(String name) {
    try {
      return Files.readString(path(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the problems of {@code e}, one string each. */
  static List<String> problems(CsvException e) {
    return e.problems().stream().map(CsvProblem::toString).toList();
  }

  /** Returns the repository's root, found from the compiled test classes. */
  static Path repositoryRoot() {
    try {
      Path classes =
          Path.of(Golden.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // icp-core/target/test-classes, three levels below the root
      return classes.resolve("../../..").normalize();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
