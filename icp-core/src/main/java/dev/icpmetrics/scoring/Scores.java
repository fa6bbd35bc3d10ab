package dev.icpmetrics.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Shared helpers of the scoring package: value checks, formatting and exact allocation. */
final class Scores {
  /** The value range in hundredths of a point. */
  static final int MAX_CENTI = 10_000;

  private Scores() {}

  static double checkValue(String field, double value) {
    if (!(value >= 0 && value <= 100)) {
      throw new IllegalArgumentException(field + " must be in [0, 100], got " + value);
    }
    return value;
  }

  static String format(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }

  static String signed(int centi) {
    return (centi < 0 ? "-" : "+") + format(Math.abs(centi) / 100.0);
  }

  static String fit(double f) {
    return String.format(Locale.ROOT, "%.3f", f);
  }

  /**
   * A contribution before rounding.
   *
   * @param attribute the attribute or rule
   * @param points the exact points
   * @param detail the explanation
   * @param evidence the support, if learned
   */
  record Draft(String attribute, double points, String detail, @Nullable Evidence evidence) {
    Draft(String attribute, double points, String detail) {
      this(attribute, points, detail, null);
    }
  }

  /**
   * Rounds drafts to hundredths of a point by the largest-remainder method, so that the rounded
   * contributions sum exactly to {@code round(100 * sum of points)}; then, if that total lies
   * outside [0, 100], appends one {@code clamp} contribution that brings it to the nearest bound.
   *
   * <p>Each draft gets {@code floor(100 p)}; the shortfall {@code round(sum) - sum of floors}, an
   * integer in {@code [0, n]}, goes one hundredth each to the drafts with the largest fractional
   * parts, ties to the earlier draft. The result is deterministic for a given draft order.
   */
  static List<Contribution> allocate(List<Draft> drafts) {
    int n = drafts.size();
    double[] scaled = new double[n];
    long[] floors = new long[n];
    double total = 0;
    long floorSum = 0;
    for (int i = 0; i < n; i++) {
      double p = drafts.get(i).points();
      if (!Double.isFinite(p)) {
        throw new IllegalArgumentException(
            "points of " + drafts.get(i).attribute() + " must be finite, got " + p);
      }
      scaled[i] = p * 100;
      floors[i] = (long) Math.floor(scaled[i]);
      total += scaled[i];
      floorSum += floors[i];
    }
    long target = Math.round(total);
    long shortfall = Math.max(0, Math.min(n, target - floorSum));
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingDouble(i -> -(scaled[i] - floors[i]))
            .thenComparingInt(i -> i));
    for (int k = 0; k < shortfall; k++) {
      floors[order[k]]++;
    }
    List<Contribution> out = new ArrayList<>(n + 1);
    long sum = 0;
    for (int i = 0; i < n; i++) {
      Draft d = drafts.get(i);
      out.add(
          Contribution.ofCenti(
              d.attribute(), Math.toIntExact(floors[i]), d.detail(), d.evidence()));
      sum += floors[i];
    }
    if (sum > MAX_CENTI) {
      out.add(
          Contribution.ofCenti("clamp", Math.toIntExact(MAX_CENTI - sum), "capped at 100", null));
    } else if (sum < 0) {
      out.add(Contribution.ofCenti("clamp", Math.toIntExact(-sum), "floored at 0", null));
    }
    return List.copyOf(out);
  }

  static int sum(List<Contribution> contributions) {
    long s = 0;
    for (Contribution c : contributions) {
      s += c.centiPoints();
    }
    return Math.toIntExact(s);
  }
}
