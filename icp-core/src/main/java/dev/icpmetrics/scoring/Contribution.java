package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one attribute (or rule) added to a score, in points on the fixed-point scale of 0.01 point
 * that every {@link Score} uses: {@code points() == centiPoints() / 100.0}.
 *
 * <p>A contribution may be negative (negative points, a penalty for a missing value, a cap). The
 * contributions of a score sum exactly, in {@link #centiPoints()}, to the score's value. A
 * contribution learned from the customer base carries its {@link Evidence}.
 */
public final class Contribution implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String attribute;
  private final int centiPoints;
  private final String detail;
  private final @Nullable Evidence evidence;

  private Contribution(String attribute, int centiPoints, String detail, @Nullable Evidence e) {
    this.attribute = Checks.notBlank("attribute", attribute);
    this.centiPoints = centiPoints;
    this.detail = requireNonNull(detail, "detail");
    this.evidence = e;
  }

  /**
   * Returns a contribution of {@code points}, rounded half away from zero to 0.01 point.
   *
   * @param attribute the attribute or rule, not blank
   * @param points the points, finite, at most 10,000 in magnitude
   * @param detail a short human-readable explanation, possibly empty
   * @return the contribution
   */
  public static Contribution of(String attribute, double points, String detail) {
    Checks.finite("points", points);
    if (Math.abs(points) > 10_000) {
      throw new IllegalArgumentException(
          "points must be in [-10000, 10000], got " + Scores.format(points));
    }
    long centi = Math.round(Math.abs(points) * 100) * (points < 0 ? -1 : 1);
    return new Contribution(attribute, (int) centi, detail, null);
  }

  static Contribution ofCenti(
      String attribute, int centiPoints, String detail, @Nullable Evidence e) {
    return new Contribution(attribute, centiPoints, detail, e);
  }

  /** Returns a copy that carries {@code evidence}. */
  public Contribution withEvidence(Evidence evidence) {
    requireNonNull(evidence, "evidence");
    return new Contribution(attribute, centiPoints, detail, evidence);
  }

  /** Returns the attribute or rule this contribution is for. */
  public String attribute() {
    return attribute;
  }

  /** Returns the points in hundredths of a point, the exact unit in which contributions sum. */
  public int centiPoints() {
    return centiPoints;
  }

  /** Returns the points, {@code centiPoints() / 100.0}. */
  public double points() {
    return centiPoints / 100.0;
  }

  /** Returns the human-readable explanation, possibly empty. */
  public String detail() {
    return detail;
  }

  /** Returns the support behind a learned contribution, or empty for a hand-defined one. */
  public Optional<Evidence> evidence() {
    return Optional.ofNullable(evidence);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Contribution c
        && c.attribute.equals(attribute)
        && c.centiPoints == centiPoints
        && c.detail.equals(detail)
        && Objects.equals(c.evidence, evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attribute, centiPoints, detail, evidence);
  }

  /** Returns a one-line form such as {@code industry +25.00 (fit 0.67 x weight 0.38)}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(attribute).append(' ').append(Scores.signed(centiPoints));
    if (!detail.isEmpty() || evidence != null) {
      s.append(" (").append(detail);
      if (evidence != null) {
        s.append(detail.isEmpty() ? "" : "; ").append(evidence);
      }
      s.append(')');
    }
    return s.toString();
  }
}
