package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The latest funding event of a company, the vocabulary from which its {@link GrowthStage} is
 * derived.
 *
 * <table class="striped">
 *   <caption>Rounds and their stages</caption>
 *   <thead><tr><th>rounds</th><th>stage</th></tr></thead>
 *   <tbody>
 *     <tr><td>NONE, UNKNOWN</td><td>BOOTSTRAPPED_OR_UNKNOWN</td></tr>
 *     <tr><td>PRE_SEED, ANGEL, SEED</td><td>PRE_SEED_SEED</td></tr>
 *     <tr><td>SERIES_A, SERIES_B</td><td>EARLY</td></tr>
 *     <tr><td>SERIES_C, SERIES_D</td><td>GROWTH</td></tr>
 *     <tr><td>SERIES_E_OR_LATER, PRIVATE_EQUITY</td><td>LATE</td></tr>
 *     <tr><td>IPO</td><td>PUBLIC</td></tr>
 *     <tr><td>ACQUIRED</td><td>ACQUIRED</td></tr>
 *   </tbody>
 * </table>
 */
public enum FundingRound {
  /** Never raised outside funding (bootstrapped). */
  NONE(GrowthStage.BOOTSTRAPPED_OR_UNKNOWN),
  /** Not known. */
  UNKNOWN(GrowthStage.BOOTSTRAPPED_OR_UNKNOWN),
  /** A pre-seed round. */
  PRE_SEED(GrowthStage.PRE_SEED_SEED),
  /** An angel round. */
  ANGEL(GrowthStage.PRE_SEED_SEED),
  /** A seed round. */
  SEED(GrowthStage.PRE_SEED_SEED),
  /** A series A round. */
  SERIES_A(GrowthStage.EARLY),
  /** A series B round. */
  SERIES_B(GrowthStage.EARLY),
  /** A series C round. */
  SERIES_C(GrowthStage.GROWTH),
  /** A series D round. */
  SERIES_D(GrowthStage.GROWTH),
  /** A series E round or any later lettered round. */
  SERIES_E_OR_LATER(GrowthStage.LATE),
  /** A private-equity investment or buyout. */
  PRIVATE_EQUITY(GrowthStage.LATE),
  /** An initial public offering: the company is listed. */
  IPO(GrowthStage.PUBLIC),
  /** The company was acquired. */
  ACQUIRED(GrowthStage.ACQUIRED);

  private final GrowthStage stage;

  FundingRound(GrowthStage stage) {
    this.stage = stage;
  }

  /** Returns the coarse growth stage this round places a company in. */
  public GrowthStage stage() {
    return stage;
  }

  /**
   * Reads a round from text, ignoring case and treating spaces and hyphens as underscores: {@code
   * "Series B"}, {@code "series-b"} and {@code "SERIES_B"} all give {@link #SERIES_B}.
   *
   * @param text the round's name
   * @return the round
   * @throws IllegalArgumentException if no round has that name
   */
  public static FundingRound parse(String text) {
    requireNonNull(text, "fundingRound");
    String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (FundingRound r : values()) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "fundingRound must be one of "
            + java.util.Arrays.toString(values())
            + ", got \""
            + text
            + "\"");
  }
}
