package dev.icpmetrics.internal;

/** The compounding of a per-period probability, shared by every rate conversion. */
public final class Rates {
  private Rates() {}

  /**
   * Returns {@code 1 - (1 - rate)^k}, the probability over {@code k} periods of an event with
   * probability {@code rate} per period, computed as {@code -expm1(k log1p(-rate))} to keep small
   * rates exact and clamped to [0, 1]. A rate of 1 stays 1.
   *
   * @param rate the probability per period, in [0, 1]
   * @param k the number of periods, {@code > 0}, not necessarily whole
   * @return the compounded probability, in [0, 1]
   */
  public static double compound(double rate, double k) {
    double converted = rate == 1.0 ? 1.0 : -Math.expm1(k * Math.log1p(-rate));
    return Math.min(1.0, Math.max(0.0, converted));
  }
}
