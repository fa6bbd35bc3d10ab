package dev.icpmetrics.metrics;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.model.DiscountRate;
import dev.icpmetrics.model.Period;
import dev.icpmetrics.model.PeriodRate;
import dev.icpmetrics.stats.Gamma;
import dev.icpmetrics.stats.Hypergeometric;
import dev.icpmetrics.stats.NelderMead;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shifted-beta-geometric (sBG) retention model of Fader &amp; Hardie ("How to Project Customer
 * Retention", 2007): each customer churns in each period with their own probability {@code theta},
 * and {@code theta} varies across customers as {@code Beta(alpha, beta)}. Aggregate retention then
 * rises with tenure, as it does in real subscription data, because the customers most likely to
 * churn leave first.
 *
 * <p>With {@code T >= 1} the period in which a customer churns (the first payment is at the start
 * of period 1, time 0):
 *
 * <ul>
 *   <li>{@code P(T = 1) = alpha / (alpha + beta)}, {@code P(T = t) = P(T = t-1) (beta + t - 2) /
 *       (alpha + beta + t - 1)};
 *   <li>survival {@code S(t) = P(T > t) = prod_{i=1..t} r_i}, {@code S(0) = 1};
 *   <li>retention {@code r_t = S(t) / S(t-1) = (beta + t - 1) / (alpha + beta + t - 1)}.
 * </ul>
 *
 * <p>Parameters are fitted by maximum likelihood from one cohort's survivor counts ({@link
 * #fitSurvivors}), from several cohorts observed for different numbers of periods ({@link
 * #fitCohorts}), or from per-account tenures with censoring ({@link #fitTenures}). Discounted
 * expected lifetimes come from Gauss's hypergeometric function: {@link #discountedExpectedLifetime}
 * (DEL) and {@link #discountedExpectedResidualLifetime} (DERL); {@link Clv} turns them into money.
 *
 * <p>The model's {@link #period} is the period of the data it was fitted on; a discount rate must
 * be per the same period.
 *
 * @param alpha the first shape parameter of the churn probability's beta distribution, finite and
 *     {@code > 0}
 * @param beta the second shape parameter, finite and {@code > 0}
 * @param period the length of one period of the model
 */
public record ShiftedBetaGeometric(double alpha, double beta, Period period) {

  /** The smallest {@code alpha} or {@code beta} a fit considers. */
  public static final double MIN_PARAMETER = 1e-4;

  /** The largest {@code alpha} or {@code beta} a fit considers. */
  public static final double MAX_PARAMETER = 1e4;

  /**
   * The longest curve {@link #survivalCurve} returns: a million periods. {@link #survival(int)}
   * takes any {@code t}.
   */
  public static final int MAX_CURVE_HORIZON = 1_000_000;

  private static final NelderMead.Options OPTIONS = new NelderMead.Options(1e-13, 1e-8, 5000, 0.5);

  /** Validates that both parameters are finite and positive. */
  public ShiftedBetaGeometric {
    requireNonNull(period, "period");
    if (!(alpha > 0 && alpha < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("alpha must be finite and > 0, got " + alpha);
    }
    if (!(beta > 0 && beta < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("beta must be finite and > 0, got " + beta);
    }
  }

  /**
   * Returns the model with the given parameters.
   *
   * @param alpha the first shape parameter, {@code > 0}
   * @param beta the second shape parameter, {@code > 0}
   * @param period the length of one period
   * @return the model
   */
  public static ShiftedBetaGeometric of(double alpha, double beta, Period period) {
    return new ShiftedBetaGeometric(alpha, beta, period);
  }

  /**
   * Returns {@code P(T = t)}, the probability that a new customer churns in period {@code t}
   * (renews {@code t - 1} times, then leaves): {@code S(t-1) - S(t)}, computed as {@code S(t-1)
   * alpha / (alpha + beta + t - 1)}, which equals it without the cancellation of the difference.
   * Constant time, as {@link #survival(int)}.
   *
   * @param t the period, {@code >= 1}
   * @return the probability, in [0, 1]
   */
  public double churnProbability(int t) {
    positiveT(t);
    return survival(t - 1) * alpha / (alpha + beta + t - 1);
  }

  /**
   * Returns the survival {@code S(t)}: the probability that a new customer is still active after
   * {@code t} periods. {@code S(0) = 1}. Computed in constant time by the closed form {@code S(t) =
   * B(alpha, beta + t) / B(alpha, beta)}, the product of the retention rates {@code r_1 ... r_t};
   * relative error about 1e-15 for small {@code t}, below 1e-9 up to {@code Integer.MAX_VALUE}.
   *
   * @param t the number of periods, {@code >= 0}
   * @return the probability, in [0, 1]
   */
  public double survival(int t) {
    if (t < 0) {
      throw new IllegalArgumentException("t must be >= 0, got " + t);
    }
    if (t == 0) {
      return 1.0;
    }
    // S(t) = B(alpha, beta + t) / B(alpha, beta) = Gamma(beta + t) Gamma(alpha + beta) /
    // (Gamma(alpha + beta + t) Gamma(beta)), in constant time.
    return Math.exp(Gamma.logGammaRatio(beta, alpha) - Gamma.logGammaRatio(beta + t, alpha));
  }

  /**
   * Returns {@code S(0), S(1), ..., S(horizon)}, the projected survival curve, by the running
   * product of the retention rates. For a single far period use {@link #survival(int)}.
   *
   * @param horizon the last period, in {@code [0, }{@value #MAX_CURVE_HORIZON}{@code ]}
   * @return an unmodifiable list of {@code horizon + 1} probabilities
   * @throws IllegalArgumentException if {@code horizon} is outside its range
   */
  public List<Double> survivalCurve(int horizon) {
    if (horizon < 0) {
      throw new IllegalArgumentException("horizon must be >= 0, got " + horizon);
    }
    if (horizon > MAX_CURVE_HORIZON) {
      throw new IllegalArgumentException(
          "horizon must be <= " + MAX_CURVE_HORIZON + ", got " + horizon);
    }
    List<Double> out = new ArrayList<>(horizon + 1);
    double s = 1.0;
    out.add(s);
    for (int t = 1; t <= horizon; t++) {
      s *= (beta + t - 1) / (alpha + beta + t - 1);
      out.add(s);
    }
    return List.copyOf(out);
  }

  /**
   * Returns the retention rate of period {@code t}: the fraction of customers active after {@code t
   * - 1} periods who renew into period {@code t + 1}, {@code r_t = (beta + t - 1) / (alpha + beta +
   * t - 1)}. It rises with {@code t}.
   *
   * @param t the period, {@code >= 1}
   * @return the retention rate per {@link #period}
   */
  public PeriodRate retentionRate(int t) {
    positiveT(t);
    return new PeriodRate((beta + t - 1) / (alpha + beta + t - 1), period);
  }

  /**
   * Returns the projected churn rate of period {@code t}, {@code 1 - r_t = alpha / (alpha + beta +
   * t - 1)}: among customers active after {@code t - 1} periods, the fraction who leave in period
   * {@code t}.
   *
   * @param t the period, {@code >= 1}
   * @return the churn rate per {@link #period}
   */
  public PeriodRate churnRate(int t) {
    positiveT(t);
    return new PeriodRate(alpha / (alpha + beta + t - 1), period);
  }

  /**
   * Returns the expected number of a cohort's customers still active after {@code t} periods,
   * {@code cohortSize × S(t)}.
   *
   * @param cohortSize the customers at time 0, {@code >= 0}
   * @param t the number of periods, {@code >= 0}
   * @return the expected survivors
   */
  public double expectedSurvivors(long cohortSize, int t) {
    if (cohortSize < 0) {
      throw new IllegalArgumentException("cohortSize must be >= 0, got " + cohortSize);
    }
    return cohortSize * survival(t);
  }

  /**
   * Returns the expected lifetime in periods, {@code E[T] = (alpha + beta - 1) / (alpha - 1)}.
   *
   * @return the expected lifetime; undefined when {@code alpha <= 1}, where it is infinite
   */
  public MetricResult<Double> expectedLifetime() {
    if (alpha <= 1) {
      return MetricResult.undefined(
          String.format(
              Locale.ROOT,
              "the expected lifetime is infinite when alpha <= 1 (alpha = %s)",
              alpha));
    }
    return MetricResult.of((alpha + beta - 1) / (alpha - 1));
  }

  /**
   * Returns the discounted expected lifetime of a new customer, in periods: {@code DEL = sum_{t>=0}
   * S(t) / (1+d)^t = 2F1(1, beta; alpha + beta; 1/(1+d))}. The payment at time 0 is included, so
   * {@code DEL >= 1}; CLV is {@code margin × DEL} ({@link Clv#shiftedBetaGeometric}).
   *
   * <p>With {@code d = 0} it is the expected lifetime {@code (alpha + beta - 1) / (alpha - 1)},
   * undefined when {@code alpha <= 1}.
   *
   * @param discountRate the discount rate per {@link #period}
   * @return DEL in periods
   * @throws IllegalArgumentException if {@code discountRate} is per another period
   * @throws ArithmeticException if the series cannot converge: a positive discount rate below about
   *     {@code 4e-6} per period needs more than ten million terms
   */
  public MetricResult<Double> discountedExpectedLifetime(DiscountRate discountRate) {
    requireNonNull(discountRate, "discountRate");
    double d = discountRate.requirePeriod(period).rate();
    if (d == 0) {
      return expectedLifetime();
    }
    return MetricResult.of(Hypergeometric.hyp2f1(1, beta, alpha + beta, 1 / (1 + d)));
  }

  /**
   * Returns the discounted expected residual lifetime of an active customer who has made {@code
   * renewalsMade} renewals, valued at the end of period {@code renewalsMade + 1}, just before the
   * next renewal decision: {@code DERL = (beta + n - 1) / (alpha + beta + n - 1) × 2F1(1, beta + n;
   * alpha + beta + n; 1/(1+d))} with {@code n = renewalsMade + 1} (Fader &amp; Hardie 2010). It
   * counts the payment at that renewal (if it happens) and every later one, discounted to the
   * valuation time. Identity: with no renewal made, {@code DERL = (1+d)(DEL - 1)}.
   *
   * <p>With {@code d = 0} it is {@code (beta + n - 1) / (alpha - 1)}, undefined when {@code alpha
   * <= 1}.
   *
   * @param discountRate the discount rate per {@link #period}
   * @param renewalsMade the renewals the customer has made, {@code >= 0}
   * @return DERL in periods
   * @throws IllegalArgumentException if {@code discountRate} is per another period
   * @throws ArithmeticException if the series cannot converge, as for {@link
   *     #discountedExpectedLifetime}
   */
  public MetricResult<Double> discountedExpectedResidualLifetime(
      DiscountRate discountRate, int renewalsMade) {
    requireNonNull(discountRate, "discountRate");
    if (renewalsMade < 0) {
      throw new IllegalArgumentException("renewalsMade must be >= 0, got " + renewalsMade);
    }
    double d = discountRate.requirePeriod(period).rate();
    double n = renewalsMade + 1.0;
    if (d == 0) {
      return expectedLifetime().map(unused -> (beta + n - 1) / (alpha - 1));
    }
    double retention = (beta + n - 1) / (alpha + beta + n - 1);
    return MetricResult.of(
        retention * Hypergeometric.hyp2f1(1, beta + n, alpha + beta + n, 1 / (1 + d)));
  }

  /**
   * Returns the log-likelihood of one cohort's survivor counts under this model: {@code LL = sum_t
   * n_t ln P(T = t) + N_n ln S(n)}, where {@code n_t} customers were lost in period {@code t} and
   * {@code N_n} are still active after the last period {@code n}.
   *
   * @param survivors the customers active after 0, 1, ..., n periods; non-increasing, {@code >= 0}
   * @return the log-likelihood
   */
  public double logLikelihood(long... survivors) {
    requireNonNull(survivors, "survivors");
    SurvivalTally tally = SurvivalTally.ofSize(Math.max(0, survivors.length - 1));
    tally.addSurvivors(survivors, "survivors");
    return logLikelihood(alpha, beta, tally);
  }

  /**
   * Fits the model by maximum likelihood to one cohort's survivor counts: {@code survivors[t]}
   * customers are still active after {@code t} periods, {@code survivors[0]} is the cohort's size.
   *
   * @param period the length of one period of the data
   * @param survivors the survivor counts after 0, 1, ..., n periods, non-increasing
   * @return the fit
   * @throws ModelFitException if the data are degenerate or no optimizer run converges
   * @see #fitCohorts
   */
  public static Fit fitSurvivors(Period period, long... survivors) {
    requireNonNull(period, "period");
    requireNonNull(survivors, "survivors");
    SurvivalTally tally = SurvivalTally.ofSize(Math.max(0, survivors.length - 1));
    tally.addSurvivors(survivors, "survivors");
    return fit(period, tally);
  }

  /**
   * Fits the model to several cohorts, each observed for its own number of periods (the
   * multi-cohort likelihood of Fader &amp; Hardie's 2007 note: the sum of each cohort's
   * log-likelihood, so a cohort acquired later contributes fewer periods).
   *
   * @param period the length of one period of the data
   * @param survivorsByCohort for each cohort, its survivor counts after 0, 1, ... periods
   * @return the fit
   * @throws ModelFitException if the data are degenerate or no optimizer run converges
   */
  public static Fit fitCohorts(Period period, List<long[]> survivorsByCohort) {
    requireNonNull(period, "period");
    requireNonNull(survivorsByCohort, "survivorsByCohort");
    int horizon = 0;
    for (long[] cohort : survivorsByCohort) {
      requireNonNull(cohort, "survivorsByCohort element");
      horizon = Math.max(horizon, cohort.length - 1);
    }
    SurvivalTally tally = SurvivalTally.ofSize(horizon);
    for (int i = 0; i < survivorsByCohort.size(); i++) {
      tally.addSurvivors(survivorsByCohort.get(i), "survivorsByCohort[" + i + "]");
    }
    return fit(period, tally);
  }

  /**
   * Fits the model to per-account tenures with censoring, in columnar form. Account {@code i}
   * renewed into {@code periodsSurvived[i]} further periods after its first: if {@code churned[i]}
   * it then churned, in period {@code periodsSurvived[i] + 1}, and contributes {@code ln P(T =
   * periodsSurvived[i] + 1)}; otherwise it is still active (censored) and contributes {@code ln
   * S(periodsSurvived[i])}. An account censored at 0 periods carries no information.
   *
   * <p>The arrays are not kept; the work is two passes over the accounts plus an optimization over
   * counts per tenure.
   *
   * @param period the length of one period
   * @param periodsSurvived for each account, the periods it survived, {@code >= 0}
   * @param churned for each account, whether it has churned; the same length
   * @return the fit
   * @throws ModelFitException if the data are degenerate or no optimizer run converges
   */
  public static Fit fitTenures(Period period, int[] periodsSurvived, boolean[] churned) {
    requireNonNull(period, "period");
    requireNonNull(periodsSurvived, "periodsSurvived");
    requireNonNull(churned, "churned");
    return fit(period, SurvivalTally.ofTenures(periodsSurvived, churned));
  }

  /** Returns a one-line form such as {@code sBG(alpha 0.668088, beta 3.806094, per year)}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "sBG(alpha %.6g, beta %.6g, per %s)",
        alpha,
        beta,
        period.name().toLowerCase(Locale.ROOT));
  }

  /**
   * A maximum-likelihood fit of the sBG model, with its diagnostics.
   *
   * @param model the fitted model
   * @param logLikelihood the maximised log-likelihood
   * @param customerCount the customers that carry information (observed for at least one period)
   * @param periodsObserved the longest tenure with information
   * @param atBound true if a parameter lies at {@link #MIN_PARAMETER} or {@link #MAX_PARAMETER}:
   *     the maximum is on the edge of the search box and the estimate is a limit, not an interior
   *     optimum (for example data without heterogeneity, where both parameters grow together)
   * @param attempts every optimizer run, best first
   */
  public record Fit(
      ShiftedBetaGeometric model,
      double logLikelihood,
      long customerCount,
      int periodsObserved,
      boolean atBound,
      List<FitAttempt> attempts) {

    /** Copies the attempts. */
    public Fit {
      requireNonNull(model, "model");
      attempts = List.copyOf(attempts);
    }

    /**
     * Returns how many converged runs reached the best log-likelihood within {@code 1e-6} per
     * customer: a low count next to many starts means a flat or multimodal likelihood.
     */
    public int agreeingAttempts() {
      double tolerance = 1e-6 * Math.max(1, customerCount);
      int n = 0;
      for (FitAttempt a : attempts) {
        if (a.converged() && a.logLikelihood() >= logLikelihood - tolerance) {
          n++;
        }
      }
      return n;
    }

    /** Returns a one-line summary with the parameters, the log-likelihood and the diagnostics. */
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s, LL %.4f, %d customers over %d periods, %d of %d starts agree%s",
          model,
          logLikelihood,
          customerCount,
          periodsObserved,
          agreeingAttempts(),
          attempts.size(),
          atBound ? ", at a parameter bound" : "");
    }
  }

  static double logLikelihood(double a, double b, SurvivalTally tally) {
    int h = tally.horizon();
    double ll = 0;
    double lnS = 0;
    double lnA = Math.log(a);
    for (int t = 1; t <= h; t++) {
      double lnDen = Math.log(a + b + t - 1);
      long lost = tally.lost[t];
      if (lost != 0) {
        ll += lost * (lnS + lnA - lnDen);
      }
      lnS += Math.log(b + t - 1) - lnDen;
      long censored = tally.censored[t];
      if (censored != 0) {
        ll += censored * lnS;
      }
    }
    return ll;
  }

  private static Fit fit(Period period, SurvivalTally tally) {
    return fit(period, tally, OPTIONS);
  }

  /** Fits with explicit optimizer options; package-private so tests can starve the optimizer. */
  static Fit fit(Period period, SurvivalTally tally, NelderMead.Options options) {
    long informative = tally.informativeTotal();
    if (informative == 0) {
      throw new ModelFitException(
          ModelFitException.Reason.NO_DATA,
          "customers observed for at least one period must be > 0, got 0",
          List.of());
    }
    long lost = tally.lostTotal();
    if (lost == 0) {
      throw new ModelFitException(
          ModelFitException.Reason.NO_CHURN,
          "churned customers must be > 0 to fit an sBG model, got 0 of " + informative,
          List.of());
    }
    if (tally.lost[1] == informative) {
      throw new ModelFitException(
          ModelFitException.Reason.ALL_CHURNED_IN_FIRST_PERIOD,
          "customers surviving the first period must be > 0 to fit an sBG model, got 0 of "
              + informative,
          List.of());
    }
    int horizon = tally.horizon();
    if (horizon < 2) {
      throw new ModelFitException(
          ModelFitException.Reason.NOT_IDENTIFIED,
          "periods observed must be >= 2 to identify alpha and beta separately, got " + horizon,
          List.of());
    }
    double lo = Math.log(MIN_PARAMETER);
    double hi = Math.log(MAX_PARAMETER);
    List<double[]> starts = new ArrayList<>();
    momentStart(tally, informative).ifPresent(starts::add);
    for (double[] s : new double[][] {{1, 1}, {0.3, 1}, {1, 3}, {3, 10}, {10, 3}}) {
      starts.add(new double[] {Math.log(s[0]), Math.log(s[1])});
    }
    double scale = 1.0 / informative;
    List<NelderMead.Run> runs =
        NelderMead.minimize(
            x -> -logLikelihood(Math.exp(x[0]), Math.exp(x[1]), tally) * scale,
            starts,
            new double[] {lo, lo},
            new double[] {hi, hi},
            options);
    List<FitAttempt> attempts = new ArrayList<>(runs.size());
    NelderMead.Run best = null;
    for (NelderMead.Run r : runs) {
      attempts.add(
          new FitAttempt(
              List.of(Math.exp(r.start().get(0)), Math.exp(r.start().get(1))),
              List.of(Math.exp(r.coordinate(0)), Math.exp(r.coordinate(1))),
              -r.value() * informative,
              r.iterations(),
              r.converged()));
      if (best == null && r.converged() && Double.isFinite(r.value())) {
        best = r;
      }
    }
    if (best == null) {
      throw new ModelFitException(
          ModelFitException.Reason.NOT_CONVERGED,
          String.format(
              Locale.ROOT,
              "an optimizer run must converge within %d iterations, got none of %d (best LL %.4f)",
              options.maxIterations(),
              runs.size(),
              attempts.get(0).logLikelihood()),
          attempts);
    }
    double x0 = best.coordinate(0);
    double x1 = best.coordinate(1);
    double edge = 1e-6;
    boolean atBound = x0 - lo < edge || hi - x0 < edge || x1 - lo < edge || hi - x1 < edge;
    ShiftedBetaGeometric model = new ShiftedBetaGeometric(Math.exp(x0), Math.exp(x1), period);
    return new Fit(
        model,
        logLikelihood(model.alpha, model.beta, tally),
        informative,
        horizon,
        atBound,
        attempts);
  }

  /** A start from the first two retention rates: r1 = b/(a+b), r2 = (b+1)/(a+b+1). */
  private static java.util.Optional<double[]> momentStart(SurvivalTally tally, long informative) {
    double atRisk1 = informative;
    double atRisk2 = atRisk1 - tally.lost[1] - tally.censored[1];
    if (atRisk2 <= 0) {
      return java.util.Optional.empty();
    }
    double r1 = 1 - tally.lost[1] / atRisk1;
    double r2 = 1 - tally.lost[2] / atRisk2;
    if (!(r1 > 0 && r1 < 1 && r2 > r1 && r2 < 1)) {
      return java.util.Optional.empty();
    }
    double s = (1 - r2) / (r2 - r1);
    double a = clamp(s * (1 - r1));
    double b = clamp(s * r1);
    return java.util.Optional.of(new double[] {Math.log(a), Math.log(b)});
  }

  private static double clamp(double x) {
    return Math.min(MAX_PARAMETER, Math.max(MIN_PARAMETER, x));
  }

  private static void positiveT(int t) {
    if (t < 1) {
      throw new IllegalArgumentException("t must be >= 1, got " + t);
    }
  }
}
