package dev.icpmetrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.scoring.AttractivenessConfig.Transfer;
import dev.icpmetrics.segment.SegmentReport;
import dev.icpmetrics.segment.SegmentRow;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The segment-attractiveness strategy on {@link SegmentBase}.
 *
 * <p>Reference values, computed independently with Python 3 and SciPy 1.17.1: the Wilson 95% upper
 * bound of 5 of 100 is 0.11175046923191914 and of 2 of 40 is 0.16503877369140962 ({@code
 * scipy.stats.binomtest(k, n).proportion_ci(method="wilson").high}); the churn-adjusted payback is
 * a plain loop over months (margin {@code m (1 − u)^t} paid at the start of month t).
 */
class SegmentAttractivenessTest implements ScoringStrategyContract<SegmentRow> {
  private static final SegmentReport REPORT = SegmentBase.report();
  private static final ScoringStrategy<SegmentRow> DEFAULTS =
      ScoringStrategy.segmentAttractiveness(AttractivenessConfig.defaults());

  static SegmentRow smb() {
    return REPORT.row("SMB");
  }

  static SegmentRow mid() {
    return REPORT.row("Mid-market");
  }

  static SegmentRow ent() {
    return REPORT.row("Enterprise");
  }

  static SegmentRow unknown() {
    return REPORT.rows().stream().filter(r -> r.segment().isUnknown()).findFirst().orElseThrow();
  }

  @Override
  public ScoringStrategy<SegmentRow> strategy() {
    return DEFAULTS;
  }

  @Override
  public List<SegmentRow> subjects() {
    return List.of(smb(), mid(), ent(), unknown(), REPORT.all());
  }

  @Override
  public SegmentRow subjectWithMissing() {
    return mid();
  }

  @Override
  public List<String> expectedMissing() {
    return List.of("ltvToCac", "payback");
  }

  @Override
  public Optional<SegmentRow> disqualifiedSubject() {
    return Optional.of(unknown());
  }

  @Test
  void score_smb_matchesHandComputedContributions() {
    // SMB: 5 of 100 churn in June (a month: the window rate is the monthly rate), ARPA USD 100,
    // CAC USD 300 (10 new accounts at USD 300 each).
    // Wilson upper bound, z = 1.959964, z^2 = 3.841459, p = 0.05:
    //   (p + z^2/200 + z sqrt(p(1 - p)/100 + z^2/40000)) / (1 + z^2/100)
    //   = (0.05 + 0.0192073 + 1.959964 x 0.0238963) / 1.0384146 = 0.1160432 / 1.0384146 = 0.111750
    // retention  1 - 0.111750 = 0.888250 -> fit (0.888250 - 0.80) / (0.99 - 0.80) = 0.464471
    // ltvToCac   CLV at the upper bound 100 / 0.111750 = USD 894.85 -> 894.85 / 300 = 2.982833
    //            -> fit (2.982833 - 1) / (5 - 1) = 0.495708
    // payback    margin 100 (1 - 0.111750)^t at the start of month t: cumulative 100, 188.82,
    //            267.72 after months 0..2; month 3 earns 70.10 -> 3 + (300 - 267.72) / 70.10
    //            = 3.460552 months -> fit (24 - 3.460552) / 24 = 0.855810
    // Weights 2, 2, 1 -> shares 0.4, 0.4, 0.2:
    //   40 x 0.464471 = 18.5788, 40 x 0.495708 = 19.8283, 20 x 0.855810 = 17.1162; sum 55.5234
    // Hundredths: floors 1857 + 1982 + 1711 = 5550, total rounds to 5552: the 2 go to the largest
    // remainders (retention .88, ltvToCac .83): 1858 + 1983 + 1711 = 5552 -> 55.52, tier C.
    Score s = DEFAULTS.score(smb());
    assertEquals(Score.Status.SCORED, s.status());
    assertEquals(List.of(1858, 1983, 1711), centi(s));
    assertEquals(5552, s.centiPoints());
    assertEquals(Optional.of(Tier.C), s.tier());
    assertEquals(List.of(), s.missingAttributes());
    assertFalse(s.lowConfidence());
    assertEquals(
        List.of(
            "1 - upper churn 11.18% = 0.8882; fit 0.464 x weight 0.400",
            "lower bound 2.98; fit 0.496 x weight 0.400",
            "3.46 months at upper churn 11.18% (on revenue); fit 0.856 x weight 0.200"),
        s.contributions().stream().map(Contribution::detail).toList());
    assertEquals(
        "55.52 C by segment-attractiveness 1: ltvToCac +19.83, retention +18.58, payback +17.11",
        s.toString());
  }

  @Test
  void score_cacUnknown_neutral_scoresOnRetentionAlone_andListsTheMissing() {
    // Mid-market: 2 of 40 churn, no new customer, so no CAC: ltvToCac and payback are undefined.
    // Wilson upper bound 0.165039 -> retention 0.834961 -> fit (0.834961 - 0.80) / 0.19 = 0.184006.
    // NEUTRAL: retention carries all the weight present: 100 x 0.184006 = 18.40, tier D.
    Score s = DEFAULTS.score(mid());
    assertEquals(List.of(1840), centi(s));
    assertEquals(List.of("ltvToCac", "payback"), s.missingAttributes());
    assertTrue(s.lowConfidence());
    assertEquals(Optional.of(Tier.D), s.tier());
  }

  @Test
  void score_cacUnknown_zero_keepsTheWeights() {
    // ZERO: W = 5, retention 100 x 2/5 x 0.184006 = 7.36; the missing two contribute 0.
    Score s =
        ScoringStrategy.segmentAttractiveness(
                AttractivenessConfig.defaults().withMissingPolicy(MissingPolicy.ZERO))
            .score(mid());
    assertEquals(List.of(736, 0, 0), centi(s));
    assertTrue(s.contributions().get(1).detail().endsWith("; counted as fit 0"));
    assertEquals(List.of("ltvToCac", "payback"), s.missingAttributes());
  }

  @Test
  void score_cacUnknown_penalty_isFlooredAtZeroByAClamp() {
    // PENALTY 0.5: 7.36 - 100 x 2/5 x 0.5 - 100 x 1/5 x 0.5 = 7.36 - 20 - 10 = -22.64 -> clamp.
    Score s =
        ScoringStrategy.segmentAttractiveness(
                AttractivenessConfig.defaults().withMissingPolicy(MissingPolicy.PENALTY))
            .score(mid());
    assertEquals(List.of(736, -2000, -1000, 2264), centi(s));
    assertEquals("clamp", s.contributions().get(3).attribute());
    assertEquals(0, s.centiPoints());
  }

  @Test
  void score_smallSegment_isInsufficientData_evenWithGoodPointEstimates() {
    // Enterprise: 0 of 20 churn, CAC known: every metric is defined, but 20 < 30 at risk.
    Score s = DEFAULTS.score(ent());
    assertEquals(Score.Status.INSUFFICIENT_DATA, s.status());
    assertEquals(
        Optional.of("churn support 20 is below the minimum 30; a small segment is not scored"),
        s.reason());
    assertEquals(List.of(), s.missingAttributes());
    assertTrue(s.tier().isEmpty());
    assertEquals(0, s.centiPoints());
    Score lowered =
        ScoringStrategy.segmentAttractiveness(AttractivenessConfig.defaults().withMinSupport(20))
            .score(ent());
    assertTrue(lowered.isScored(), lowered.toString());
  }

  @Test
  void score_unknownCell_isDisqualified() {
    Score s = DEFAULTS.score(unknown());
    assertEquals(Score.Status.DISQUALIFIED, s.status());
    assertEquals(
        Optional.of("unknown cell size=(unknown): no one can target accounts without the value"),
        s.reason());
  }

  @Test
  void score_allZeroPresentWeights_underNeutral_isInsufficientData() {
    Score s =
        ScoringStrategy.segmentAttractiveness(AttractivenessConfig.defaults().withWeights(0, 1, 1))
            .score(mid());
    assertEquals(Score.Status.INSUFFICIENT_DATA, s.status());
    assertEquals(Optional.of("the attributes present all weigh 0"), s.reason());
    assertEquals(List.of("ltvToCac", "payback"), s.missingAttributes());
  }

  @Test
  void score_paybackBeyondTheTransfer_hasFitZero() {
    // SMB's pessimistic payback is 3.46 months; a transfer from 3 months (fit 0) to 1 (fit 1)
    // looks 3 months ahead, finds the cost not recovered and gives 0.
    Score s =
        ScoringStrategy.segmentAttractiveness(
                AttractivenessConfig.defaults()
                    .withTransfers(
                        new Transfer(0.80, 0.99), new Transfer(1, 5), new Transfer(3, 1)))
            .score(smb());
    Contribution payback = s.contributions().get(2);
    assertEquals(0, payback.centiPoints());
    assertEquals(
        "not within 3 months at upper churn 11.18% (on revenue); fit 0.000 x weight 0.200",
        payback.detail());
  }

  @Test
  void transfer_fit_isLinearAndClamped() {
    Transfer up = new Transfer(1, 5);
    assertEquals(0.0, up.fit(0.5));
    assertEquals(0.5, up.fit(3));
    assertEquals(1.0, up.fit(9));
    Transfer down = new Transfer(24, 0);
    assertEquals(0.5, down.fit(12));
    assertEquals(1.0, down.fit(0));
    assertEquals(0.0, down.fit(30));
    assertEquals("24 -> 0", down.toString());
    assertEquals("0.8 -> 0.99", new Transfer(0.8, 0.99).toString());
  }

  @Test
  void toString_listsTheConfiguration() {
    assertEquals(
        "segment attractiveness segment-attractiveness 1: retention 0.8 -> 0.99 x 2, ltvToCac"
            + " 1 -> 5 x 2, payback 24 -> 0 x 1, min support 30, missing NEUTRAL, tiers A >= 80,"
            + " B >= 60, C >= 40, D below",
        DEFAULTS.toString());
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void config_negativeWeight_namesTheAttribute() {
    assertMessage(
        "weight of ltvToCac must be finite and >= 0, got -1.0",
        () -> AttractivenessConfig.defaults().withWeights(2, -1, 1));
    assertMessage(
        "weight of retention must be finite and >= 0, got NaN",
        () -> AttractivenessConfig.defaults().withWeights(Double.NaN, 1, 1));
    assertMessage(
        "weight of payback must be finite and >= 0, got Infinity",
        () -> AttractivenessConfig.defaults().withWeights(1, 1, Double.POSITIVE_INFINITY));
  }

  @Test
  void config_allZeroWeights_isRejected() {
    assertMessage(
        "weights must not all be zero, got a sum of 0.0",
        () -> AttractivenessConfig.defaults().withWeights(0, 0, 0));
  }

  @Test
  void config_retentionTransferOutOfRangeOrFalling_isRejected() {
    assertMessage(
        "retention transfer must satisfy 0 <= zeroAt < oneAt <= 1, got zeroAt=0.99, oneAt=0.8",
        () -> withRetention(new Transfer(0.99, 0.80)));
    assertMessage(
        "retention transfer must satisfy 0 <= zeroAt < oneAt <= 1, got zeroAt=0.8, oneAt=1.2",
        () -> withRetention(new Transfer(0.80, 1.2)));
  }

  @Test
  void config_ltvToCacTransferFallingOrNegative_isRejected() {
    assertMessage(
        "ltvToCac transfer must satisfy 0 <= zeroAt < oneAt, got zeroAt=5.0, oneAt=1.0",
        () -> withLtvToCac(new Transfer(5, 1)));
    assertMessage(
        "ltvToCac transfer must satisfy 0 <= zeroAt < oneAt, got zeroAt=-1.0, oneAt=5.0",
        () -> withLtvToCac(new Transfer(-1, 5)));
  }

  @Test
  void config_paybackTransferRisingOrTooLong_isRejected() {
    assertMessage(
        "payback transfer must satisfy 1200 >= zeroAt > oneAt >= 0 (months), got zeroAt=0.0,"
            + " oneAt=24.0",
        () -> withPayback(new Transfer(0, 24)));
    assertMessage(
        "payback transfer must satisfy 1200 >= zeroAt > oneAt >= 0 (months), got zeroAt=2400.0,"
            + " oneAt=0.0",
        () -> withPayback(new Transfer(2400, 0)));
  }

  @Test
  void transfer_equalOrNonFiniteEnds_areRejected() {
    assertMessage("oneAt must differ from zeroAt 5.0, got 5.0", () -> new Transfer(5, 5));
    assertMessage("zeroAt must be finite, got NaN", () -> new Transfer(Double.NaN, 1));
    assertMessage(
        "oneAt must be finite, got Infinity", () -> new Transfer(0, Double.POSITIVE_INFINITY));
    assertMessage("value must be finite, got NaN", () -> new Transfer(0, 1).fit(Double.NaN));
  }

  @Test
  void config_otherFields_areChecked() {
    assertMessage(
        "minSupport must be > 0, got 0", () -> AttractivenessConfig.defaults().withMinSupport(0));
    assertMessage(
        "penalty must be in [0, 1], got 1.5",
        () -> AttractivenessConfig.defaults().withPenalty(1.5));
    assertMessage(
        "id must not be blank, got \" \"", () -> AttractivenessConfig.defaults().withId(" ", "1"));
  }

  private static AttractivenessConfig withRetention(Transfer t) {
    AttractivenessConfig d = AttractivenessConfig.defaults();
    return d.withTransfers(t, d.ltvToCac(), d.payback());
  }

  private static AttractivenessConfig withLtvToCac(Transfer t) {
    AttractivenessConfig d = AttractivenessConfig.defaults();
    return d.withTransfers(d.retention(), t, d.payback());
  }

  private static AttractivenessConfig withPayback(Transfer t) {
    AttractivenessConfig d = AttractivenessConfig.defaults();
    return d.withTransfers(d.retention(), d.ltvToCac(), t);
  }

  private static void assertMessage(String expected, Executable e) {
    assertEquals(expected, assertThrows(IllegalArgumentException.class, e).getMessage());
  }

  static List<Integer> centi(Score s) {
    return s.contributions().stream().map(Contribution::centiPoints).toList();
  }
}
