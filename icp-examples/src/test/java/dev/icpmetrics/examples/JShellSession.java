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
  }

  /** Evaluates {@code source}, split into complete snippets, and returns one step per snippet. */
  List<Step> run(String source) {
    List<Step> steps = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = source;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      String snippet = info.source();
      if (snippet == null || snippet.isBlank()) {
        throw new IllegalArgumentException("incomplete snippet at: " + remaining.strip());
      }
      if (snippet.strip().startsWith("/")) {
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
        steps.add(
            new Step(
                snippet,
                e.status(),
                e.value() == null ? "" : e.value(),
                exception));
        if (e.status() == Snippet.Status.REJECTED) {
          shell.diagnostics(e.snippet())
              .forEach(d -> out.writeBytes(d.getMessage(null).getBytes(StandardCharsets.UTF_8)));
        }
      }
      remaining = info.remaining();
    }
    return steps;
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
