package dev.icpmetrics.examples;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Runs source text through the real JShell engine ({@code jdk.jshell}), with the library on the
 * class path, snippet by snippet as a user typing it would, and records what JShell shows.
 *
 * <p>The session starts like the {@code jshell} tool: with the imports of its {@code DEFAULT}
 * startup script, so that a snippet that relies on them, or clashes with them, behaves as it would
 * for a user. The remote JVM runs in the test JVM's working directory, which the build sets to the
 * project root, where the README's relative paths start.
 */
final class JShellSession implements AutoCloseable {

  /** What JShell did with one snippet: its source, status, shown value and any exception. */
  record Step(String source, Snippet.Status status, String value, String exception) {
    boolean failed() {
      return status != Snippet.Status.VALID || !exception.isEmpty();
    }

    @Override
    public String toString() {
      return source.strip() + "\n  -> " + status + " " + value + exception;
    }
  }

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final JShell shell;

  JShellSession() {
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    shell =
        JShell.builder()
            .out(print)
            .err(print)
            .remoteVMOptions("-Duser.language=en", "-Duser.country=US")
            .build();
    for (String entry : classPath()) {
      shell.addToClasspath(entry);
    }
    for (Step step : run(DEFAULT_IMPORTS)) {
      if (step.failed()) {
        throw new IllegalStateException("default import failed: " + step);
      }
    }
    out.reset();
  }

  /** The imports of the jshell tool's DEFAULT startup script (JDK 17). */
  static final String DEFAULT_IMPORTS =
      """
      import java.io.*;
      import java.math.*;
      import java.net.*;
      import java.nio.file.*;
      import java.util.*;
      import java.util.concurrent.*;
      import java.util.function.*;
      import java.util.prefs.*;
      import java.util.regex.*;
      import java.util.stream.*;
      """;

  /**
   * Evaluates {@code source} as the {@code jshell} tool does with typed or loaded input: line by
   * line, evaluating a snippet as soon as the lines so far complete one. A line that completes a
   * statement on its own is therefore evaluated alone, even if the next line starts with {@code
   * .method()}, exactly as a user would see it; write chains with the dot at the end of the line.
   *
   * @return one step per evaluated snippet
   * @throws IllegalArgumentException if the source ends inside a snippet, or holds a JShell command
   */
  List<Step> run(String source) {
    List<Step> steps = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String pending = "";
    for (String line : source.split("\n", -1)) {
      pending = pending + line + "\n";
      while (!pending.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
        SourceCodeAnalysis.Completeness c = info.completeness();
        if (c == SourceCodeAnalysis.Completeness.EMPTY) {
          pending = "";
        } else if (!c.isComplete()) {
          break;
        } else {
          eval(info.source(), steps);
          pending = info.remaining();
        }
      }
    }
    if (!pending.isBlank()) {
      throw new IllegalArgumentException("incomplete snippet at the end: " + pending.strip());
    }
    return steps;
  }

  /**
   * Evaluates {@code source} as Java statements rather than typed input: each snippet runs to its
   * semicolon, whatever the line breaks, so that a chain may continue with {@code .method()} on the
   * next line as in a Java source file. For the README's Java examples, not its JShell session.
   *
   * @return one step per evaluated snippet
   */
  List<Step> runAsJava(String source) {
    List<Step> steps = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = source;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        break;
      }
      if (!info.completeness().isComplete()) {
        throw new IllegalArgumentException("incomplete snippet at the end: " + remaining.strip());
      }
      eval(info.source(), steps);
      remaining = info.remaining();
    }
    return steps;
  }

  private void eval(String snippet, List<Step> steps) {
    String start = snippet.strip();
    if (start.startsWith("/") && !start.startsWith("//") && !start.startsWith("/*")) {
      throw new IllegalArgumentException("JShell commands are not supported here: " + snippet);
    }
    for (SnippetEvent e : shell.eval(snippet)) {
      if (e.causeSnippet() != null) {
        continue;
      }
      String exception = "";
      if (e.exception() != null) {
        exception =
            e.exception() instanceof EvalException
                ? ((EvalException) e.exception()).getExceptionClassName()
                    + ": "
                    + e.exception().getMessage()
                : e.exception().toString();
      }
      steps.add(new Step(snippet, e.status(), e.value() == null ? "" : e.value(), exception));
      if (e.status() == Snippet.Status.REJECTED) {
        shell
            .diagnostics(e.snippet())
            .forEach(d -> out.writeBytes(d.getMessage(null).getBytes(StandardCharsets.UTF_8)));
      }
    }
  }

  /** Everything the snippets printed, and the diagnostics of rejected ones. */
  String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    shell.close();
  }

  private static List<String> classPath() {
    String runtime = System.getProperty("icp.runtime.classpath", "");
    if (runtime.isBlank()) {
      throw new IllegalStateException(
          "system property icp.runtime.classpath must be set by the build, got \"\"");
    }
    return List.of(runtime.split(File.pathSeparator));
  }
}
