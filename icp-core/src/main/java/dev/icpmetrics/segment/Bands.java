package dev.icpmetrics.segment;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Explicit bands for a numeric dimension: strictly increasing cut points and one label per band.
 *
 * <p>Bands are lower-bound inclusive: with cuts {@code c_1 < ... < c_k} the bands are {@code (-inf,
 * c_1)}, {@code [c_1, c_2)}, ..., {@code [c_k, +inf)}, so a value exactly at a cut belongs to the
 * band above it. {@link #at(double...)} labels them {@code < 100}, {@code 100 to < 1000}, {@code >=
 * 1000}; {@link #labelled} takes the labels. A value that is unknown (empty) or not finite goes to
 * the unknown cell, never to a band.
 *
 * <pre>{@code
 * Bands employees = Bands.at(100, 1000);
 * employees.bandOf(99);    // "< 100"
 * employees.bandOf(100);   // "100 to < 1000"
 * }</pre>
 *
 * @param cuts the cut points, finite and strictly increasing; at least one
 * @param labels the band labels, one more than the cuts, distinct and not blank
 */
public record Bands(List<Double> cuts, List<String> labels) {

  /** Validates the cuts and labels and copies them. */
  public Bands {
    requireNonNull(cuts, "cuts");
    requireNonNull(labels, "labels");
    cuts = List.copyOf(cuts);
    labels = List.copyOf(labels);
    if (cuts.isEmpty()) {
      throw new IllegalArgumentException("cuts must hold at least one cut point, got []");
    }
    for (int i = 0; i < cuts.size(); i++) {
      double c = Checks.finite("cut", cuts.get(i));
      if (i > 0 && !(c > cuts.get(i - 1))) {
        throw new IllegalArgumentException(
            "cuts must be strictly increasing, got " + fmt(c) + " after " + fmt(cuts.get(i - 1)));
      }
    }
    if (labels.size() != cuts.size() + 1) {
      throw new IllegalArgumentException(
          "labels must number one more than the cuts ("
              + (cuts.size() + 1)
              + "), got "
              + labels.size());
    }
    Set<String> seen = new HashSet<>();
    for (String l : labels) {
      Checks.notBlank("label", l);
      if (!seen.add(l)) {
        throw new IllegalArgumentException("labels must be distinct, got \"" + l + "\" twice");
      }
      Dimension.checkValue(l);
    }
  }

  /**
   * Returns bands at {@code cuts} with generated labels: {@code < c1}, {@code c1 to < c2}, ...,
   * {@code >= ck}.
   *
   * @param cuts the cut points, finite and strictly increasing; at least one
   * @return the bands
   */
  public static Bands at(double... cuts) {
    requireNonNull(cuts, "cuts");
    List<Double> c = new ArrayList<>(cuts.length);
    for (double x : cuts) {
      c.add(x);
    }
    List<String> labels = new ArrayList<>(cuts.length + 1);
    if (cuts.length > 0) {
      labels.add("< " + fmt(cuts[0]));
      for (int i = 1; i < cuts.length; i++) {
        labels.add(fmt(cuts[i - 1]) + " to < " + fmt(cuts[i]));
      }
      labels.add(">= " + fmt(cuts[cuts.length - 1]));
    }
    return new Bands(c, labels);
  }

  /**
   * Returns bands at {@code cuts} with the given labels, smallest band first.
   *
   * @param labels one label per band, one more than the cuts
   * @param cuts the cut points, finite and strictly increasing
   * @return the bands
   */
  public static Bands labelled(List<String> labels, double... cuts) {
    requireNonNull(cuts, "cuts");
    List<Double> c = new ArrayList<>(cuts.length);
    for (double x : cuts) {
      c.add(x);
    }
    return new Bands(c, labels);
  }

  /**
   * Returns the label of the band holding {@code value}: the band {@code [c_i, c_i+1)}.
   *
   * @param value a finite value
   * @return the band's label
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public String bandOf(double value) {
    Checks.finite("value", value);
    int i = 0;
    while (i < cuts.size() && value >= cuts.get(i)) {
      i++;
    }
    return labels.get(i);
  }

  /** Returns {@code Bands[< 100 | 100 to < 1000 | >= 1000]}. */
  @Override
  public String toString() {
    return "Bands[" + String.join(" | ", labels) + "]";
  }

  static String fmt(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15
        ? Long.toString((long) x)
        : String.format(Locale.ROOT, "%s", x);
  }
}
