package dev.icpmetrics.segment;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Opportunity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/**
 * How a base is cut into cells: one to three {@link Dimension}s (by default), crossed.
 *
 * <p>An account belongs to the cell of its value on every dimension, {@link Dimension#UNKNOWN}
 * where a dimension does not apply. With a multi-valued dimension it belongs to one cell per
 * combination of its values, so the cells do not sum to the total.
 *
 * <p><b>Why a maximum.</b> Each dimension multiplies the cells: 500 accounts over 3 size bands, 5
 * regions and 6 industries leave about 6 accounts a cell, far below the 30 a churn rate needs to be
 * ranked on. The default maximum is {@value #DEFAULT_MAX_DIMENSIONS}, as the guide recommends; a
 * larger one must be asked for explicitly with {@link #of(List, int)}.
 */
public final class Segmentation {

  /** The default maximum number of dimensions: 3. */
  public static final int DEFAULT_MAX_DIMENSIONS = 3;

  private final List<Dimension> dimensions;

  private Segmentation(List<Dimension> dimensions) {
    this.dimensions = dimensions;
  }

  /**
   * Returns the segmentation by {@code dimensions}, at most {@value #DEFAULT_MAX_DIMENSIONS}.
   *
   * @param dimensions one to three dimensions with distinct names
   * @return the segmentation
   * @throws IllegalArgumentException if there are none, more than three, or two share a name
   */
  public static Segmentation by(Dimension... dimensions) {
    return new Segmentation(check(List.of(dimensions), DEFAULT_MAX_DIMENSIONS));
  }

  /**
   * Returns the segmentation by {@code dimensions}, allowing up to {@code maxDimensions}.
   *
   * @param dimensions the dimensions, distinct by name
   * @param maxDimensions the configured maximum, {@code >= 1}
   * @return the segmentation
   * @throws IllegalArgumentException if there are none, more than {@code maxDimensions}, or two
   *     share a name
   */
  public static Segmentation of(List<Dimension> dimensions, int maxDimensions) {
    Checks.positive("maxDimensions", maxDimensions);
    return new Segmentation(check(dimensions, maxDimensions));
  }

  private static List<Dimension> check(List<Dimension> dimensions, int max) {
    requireNonNull(dimensions, "dimensions");
    List<Dimension> d = List.copyOf(dimensions);
    if (d.isEmpty()) {
      throw new IllegalArgumentException("dimensions must hold at least one dimension, got none");
    }
    if (d.size() > max) {
      throw new IllegalArgumentException(
          "dimensions must be at most "
              + max
              + ", got "
              + d.size()
              + ": every dimension multiplies the cells, and cells this small are too small to"
              + " measure (a churn rate needs about 30 accounts a cell)");
    }
    Set<String> names = new HashSet<>();
    for (Dimension x : d) {
      if (!names.add(x.name())) {
        throw new IllegalArgumentException(
            "dimensions must have distinct names, got \"" + x.name() + "\" twice");
      }
    }
    return d;
  }

  /** Returns the dimensions, in order. */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  /** Returns the dimension names, in order. */
  public List<String> names() {
    List<String> n = new ArrayList<>(dimensions.size());
    for (Dimension d : dimensions) {
      n.add(d.name());
    }
    return List.copyOf(n);
  }

  /** Returns true if any dimension is multi-valued, so that cells do not sum to the total. */
  public boolean isMultiValued() {
    for (Dimension d : dimensions) {
      if (d.isMultiValued()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the cells {@code account} belongs to: exactly one unless a dimension is multi-valued.
   *
   * @param account the account
   * @return its cells, in report order
   */
  public List<Segment> cellsOf(Account account) {
    return cellsOf(Subject.of(requireNonNull(account, "account")));
  }

  /**
   * Returns the cells {@code opportunity} belongs to.
   *
   * @param opportunity the opportunity
   * @return its cells
   */
  public List<Segment> cellsOf(Opportunity opportunity) {
    return cellsOf(Subject.of(requireNonNull(opportunity, "opportunity")));
  }

  List<Segment> cellsOf(Subject s) {
    List<String> names = names();
    List<List<String>> combos = new ArrayList<>();
    combos.add(List.of());
    for (Dimension d : dimensions) {
      SortedSet<String> vs = d.valuesOf(s);
      List<String> values = vs.isEmpty() ? List.of(Dimension.UNKNOWN) : List.copyOf(vs);
      List<List<String>> next = new ArrayList<>(combos.size() * values.size());
      for (List<String> prefix : combos) {
        for (String v : values) {
          List<String> c = new ArrayList<>(prefix);
          c.add(v);
          next.add(c);
        }
      }
      combos = next;
    }
    List<Segment> out = new ArrayList<>(combos.size());
    for (List<String> c : combos) {
      out.add(new Segment(names, c));
    }
    return out;
  }

  /** Orders cells as a report lists them: by each dimension's value order, unknown last. */
  Comparator<Segment> cellOrder() {
    return (a, b) -> {
      for (int i = 0; i < dimensions.size(); i++) {
        int c = dimensions.get(i).valueOrder().compare(a.values().get(i), b.values().get(i));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }

  /** Returns {@code Segmentation[size x region]}. */
  @Override
  public String toString() {
    return "Segmentation[" + String.join(" x ", names()) + "]";
  }
}
