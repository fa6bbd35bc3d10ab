package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns a company's employees and/or annual revenue into a {@link SizeBand}.
 *
 * <p>A policy has two or more ordered bands and, for employees, for revenue or for both, the cut
 * points between neighbouring bands (one fewer than the bands, strictly increasing, above zero).
 * Each criterion says how a value exactly at a cut is banded ({@link Boundary}): with {@link
 * Boundary#LOWER_INCLUSIVE} a cut is the first value of the larger band (bands are {@code [cut_i,
 * cut_i+1)}); with {@link Boundary#UPPER_INCLUSIVE} it is the last value of the smaller band (bands
 * are {@code (cut_i, cut_i+1]}).
 *
 * <h2>Presets</h2>
 *
 * <ul>
 *   <li>{@link #guide()}: SMB, Mid-market, Enterprise at USD 50M and USD 1B revenue and 500 and
 *       2,000 employees, lower bound inclusive: exactly USD 50M and exactly 500 employees are
 *       Mid-market; exactly USD 1B and exactly 2,000 employees are Enterprise.
 *   <li>{@link #guideEmployees100And1000()}: the same three bands by employees only, at 100 and
 *       1,000 (exactly 100 is Mid-market, exactly 1,000 Enterprise).
 *   <li>{@link #linkedInHeadcount()}: LinkedIn's bands 1-10, 11-50, 51-200, 201-500, 501-1,000,
 *       1,001-5,000, 5,001-10,000, 10,001+ by employees (0 employees falls in 1-10).
 *   <li>{@link #euSme()}: the EU SME definition (Recommendation 2003/361/EC): Micro below 10
 *       employees and turnover at most EUR 2M, Small below 50 and at most EUR 10M, Medium below 250
 *       and at most EUR 50M, else Large. Only the turnover criterion is modelled; the EU's
 *       alternative balance-sheet ceilings (EUR 2M, 10M, 43M) are not. Because a company must meet
 *       both ceilings to be in a band, the conflict rule is {@link ConflictRule#LARGER}.
 * </ul>
 *
 * <h2>When revenue and employees disagree, or are unknown</h2>
 *
 * With both known, the {@link ConflictRule} decides: the larger band, the revenue band, or the
 * employee band. With one known (or only one criterion in the policy), that one decides whatever
 * the rule. With neither known, {@link #bandOf(Company)} returns empty: an explicit unknown, never
 * a guessed band.
 *
 * <p>Revenue must be in the policy's currency: the library never converts, so another currency
 * throws {@link CurrencyMismatchException}. Instances are immutable and thread-safe.
 */
public final class SizePolicy {

  /** How a value exactly at a cut point is banded. */
  public enum Boundary {
    /** A value equal to a cut goes to the larger band: bands are {@code [cut_i, cut_i+1)}. */
    LOWER_INCLUSIVE,
    /** A value equal to a cut stays in the smaller band: bands are {@code (cut_i, cut_i+1]}. */
    UPPER_INCLUSIVE
  }

  /** Which band wins when revenue and employees point to different bands. */
  public enum ConflictRule {
    /** The larger of the two bands. */
    LARGER,
    /** The revenue band; the employee band only when revenue is unknown. */
    REVENUE_FIRST,
    /** The employee band; the revenue band only when employees are unknown. */
    EMPLOYEES_FIRST
  }

  private static final long MILLION_MINOR = 100_000_000L; // one million in cents

  private final String name;
  private final List<SizeBand> bands;
  private final long[] employeeCuts;
  private final Boundary employeeBoundary;
  private final List<Money> revenueCuts;
  private final Boundary revenueBoundary;
  private final ConflictRule conflictRule;

  private SizePolicy(Builder b) {
    this.name = b.name;
    this.bands = b.bands;
    this.employeeCuts = b.employeeCuts.clone();
    this.employeeBoundary = b.employeeBoundary;
    this.revenueCuts = b.revenueCuts;
    this.revenueBoundary = b.revenueBoundary;
    this.conflictRule = b.conflictRule;
  }

  /**
   * The guide's bands: SMB under USD 50M revenue and under 500 employees; Mid-market USD 50M up to
   * (not including) USD 1B and 500 to 1,999 employees; Enterprise USD 1B and above and 2,000
   * employees and above. Conflict rule {@link ConflictRule#LARGER}.
   */
  public static SizePolicy guide() {
    return builder("guide", "SMB", "Mid-market", "Enterprise")
        .employeeCuts(Boundary.LOWER_INCLUSIVE, 500, 2_000)
        .revenueCuts(
            Boundary.LOWER_INCLUSIVE,
            Money.ofMinor("USD", 50 * MILLION_MINOR),
            Money.ofMinor("USD", 1_000 * MILLION_MINOR))
        .build();
  }

  /**
   * The guide's segment example: SMB under 100 employees, Mid-market 100 to 999, Enterprise 1,000
   * and above; employees only.
   */
  public static SizePolicy guideEmployees100And1000() {
    return builder("guide 100/1000 employees", "SMB", "Mid-market", "Enterprise")
        .employeeCuts(Boundary.LOWER_INCLUSIVE, 100, 1_000)
        .build();
  }

  /**
   * LinkedIn's company-size bands by employees: 1-10, 11-50, 51-200, 201-500, 501-1,000,
   * 1,001-5,000, 5,001-10,000, 10,001+. A company with 0 employees falls in 1-10.
   */
  public static SizePolicy linkedInHeadcount() {
    return builder(
            "LinkedIn headcount",
            "1-10",
            "11-50",
            "51-200",
            "201-500",
            "501-1,000",
            "1,001-5,000",
            "5,001-10,000",
            "10,001+")
        .employeeCuts(Boundary.LOWER_INCLUSIVE, 11, 51, 201, 501, 1_001, 5_001, 10_001)
        .build();
  }

  /**
   * The EU SME definition by headcount and turnover: Micro (below 10 employees, turnover at most
   * EUR 2M), Small (below 50, at most EUR 10M), Medium (below 250, at most EUR 50M), Large. The
   * balance-sheet alternative is not modelled. Conflict rule {@link ConflictRule#LARGER}, since a
   * company must meet both ceilings.
   */
  public static SizePolicy euSme() {
    return builder("EU SME", "Micro", "Small", "Medium", "Large")
        .employeeCuts(Boundary.LOWER_INCLUSIVE, 10, 50, 250)
        .revenueCuts(
            Boundary.UPPER_INCLUSIVE,
            Money.ofMinor("EUR", 2 * MILLION_MINOR),
            Money.ofMinor("EUR", 10 * MILLION_MINOR),
            Money.ofMinor("EUR", 50 * MILLION_MINOR))
        .build();
  }

  /**
   * Starts a custom policy.
   *
   * @param name the policy's name, for messages and {@link #toString()}
   * @param bandNames two or more distinct band names, smallest first
   * @return a builder
   */
  public static Builder builder(String name, String... bandNames) {
    return new Builder(name, List.of(bandNames));
  }

  /** Returns a copy of this policy with another conflict rule. */
  public SizePolicy withConflictRule(ConflictRule rule) {
    return toBuilder().conflictRule(rule).build();
  }

  private Builder toBuilder() {
    Builder b = new Builder(name, bands.stream().map(SizeBand::name).toList());
    b.employeeCuts = employeeCuts.clone();
    b.employeeBoundary = employeeBoundary;
    b.revenueCuts = revenueCuts;
    b.revenueBoundary = revenueBoundary;
    b.conflictRule = conflictRule;
    return b;
  }

  /** Returns the policy's name. */
  public String name() {
    return name;
  }

  /** Returns the bands, smallest first; {@code bands().get(i).ordinal() == i}. */
  public List<SizeBand> bands() {
    return bands;
  }

  /**
   * Returns the band called {@code name}.
   *
   * @throws IllegalArgumentException if the policy has no such band
   */
  public SizeBand band(String name) {
    requireNonNull(name, "name");
    for (SizeBand b : bands) {
      if (b.name().equals(name)) {
        return b;
      }
    }
    throw new IllegalArgumentException(
        "band must be one of " + bands + " of policy " + this.name + ", got \"" + name + "\"");
  }

  /** Returns the conflict rule. */
  public ConflictRule conflictRule() {
    return conflictRule;
  }

  /** Returns true if the policy bands by employees. */
  public boolean usesEmployees() {
    return employeeCuts.length > 0;
  }

  /** Returns true if the policy bands by revenue. */
  public boolean usesRevenue() {
    return !revenueCuts.isEmpty();
  }

  /** Returns the currency of the revenue cuts, if the policy bands by revenue. */
  public Optional<Currency> currency() {
    return revenueCuts.isEmpty() ? Optional.empty() : Optional.of(revenueCuts.get(0).currency());
  }

  /**
   * Returns the band of a headcount alone.
   *
   * @param employees the number of employees, {@code >= 0}
   * @return the band
   * @throws IllegalStateException if the policy does not band by employees
   */
  public SizeBand byEmployees(long employees) {
    Checks.nonNegative("employees", employees);
    if (!usesEmployees()) {
      throw new IllegalStateException("policy " + name + " has no employee cuts");
    }
    int i = 0;
    for (long cut : employeeCuts) {
      if (employeeBoundary == Boundary.LOWER_INCLUSIVE ? employees >= cut : employees > cut) {
        i++;
      }
    }
    return bands.get(i);
  }

  /**
   * Returns the band of an annual revenue alone.
   *
   * @param revenue the annual revenue, {@code >= 0}, in the policy's currency
   * @return the band
   * @throws CurrencyMismatchException if {@code revenue} is in another currency
   * @throws IllegalStateException if the policy does not band by revenue
   */
  public SizeBand byRevenue(Money revenue) {
    requireNonNull(revenue, "revenue");
    if (revenue.isNegative()) {
      throw new IllegalArgumentException("revenue must be >= 0, got " + revenue);
    }
    if (!usesRevenue()) {
      throw new IllegalStateException("policy " + name + " has no revenue cuts");
    }
    revenueCuts.get(0).checkSameCurrency(revenue);
    int i = 0;
    for (Money cut : revenueCuts) {
      int c = revenue.compareTo(cut);
      if (revenueBoundary == Boundary.LOWER_INCLUSIVE ? c >= 0 : c > 0) {
        i++;
      }
    }
    return bands.get(i);
  }

  /**
   * Returns the band of a company with both values known, under the policy's conflict rule; a
   * criterion the policy lacks is ignored.
   *
   * @param employees the number of employees, {@code >= 0}
   * @param revenue the annual revenue in the policy's currency
   * @return the band
   * @throws CurrencyMismatchException if {@code revenue} is in another currency
   */
  public SizeBand of(long employees, Money revenue) {
    requireNonNull(revenue, "revenue");
    return resolve(OptionalLong.of(employees), Optional.of(revenue))
        .orElseThrow(() -> new AssertionError("a policy has at least one criterion"));
  }

  /**
   * Returns the band of {@code company} from whatever it knows: both values under the conflict
   * rule, one value alone, or empty when the policy's criteria are all unknown for it.
   *
   * @param company the company
   * @return the band, or empty if it cannot be decided
   * @throws CurrencyMismatchException if the company's revenue is in another currency than the
   *     policy's
   */
  public Optional<SizeBand> bandOf(Company company) {
    requireNonNull(company, "company");
    return resolve(company.employees(), company.annualRevenue());
  }

  private Optional<SizeBand> resolve(OptionalLong employees, Optional<Money> revenue) {
    Optional<SizeBand> e =
        employees.isPresent() && usesEmployees()
            ? Optional.of(byEmployees(employees.getAsLong()))
            : Optional.empty();
    Optional<SizeBand> r =
        revenue.isPresent() && usesRevenue()
            ? Optional.of(byRevenue(revenue.get()))
            : Optional.empty();
    if (e.isEmpty()) {
      return r;
    }
    if (r.isEmpty()) {
      return e;
    }
    return Optional.of(
        switch (conflictRule) {
          case LARGER -> e.get().compareTo(r.get()) >= 0 ? e.get() : r.get();
          case REVENUE_FIRST -> r.get();
          case EMPLOYEES_FIRST -> e.get();
        });
  }

  /**
   * Returns the policy as an aligned table of bands with their employee and revenue ranges, the
   * boundary rule spelled out ({@code [500, 2000)} includes 500, excludes 2,000).
   */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder("SizePolicy ")
            .append(name)
            .append(" (conflict: ")
            .append(conflictRule)
            .append(")\n");
    int width = 4;
    for (SizeBand b : bands) {
      width = Math.max(width, b.name().length());
    }
    List<String> employeeRanges = new ArrayList<>();
    List<String> revenueRanges = new ArrayList<>();
    int ew = "employees".length();
    for (int i = 0; i < bands.size(); i++) {
      String e = usesEmployees() ? range(i, employeeBoundary, longs(employeeCuts)) : "-";
      employeeRanges.add(e);
      ew = Math.max(ew, e.length());
      revenueRanges.add(usesRevenue() ? range(i, revenueBoundary, amounts()) : "-");
    }
    String row = "  %-" + width + "s  %-" + ew + "s  %s\n";
    s.append(String.format(Locale.ROOT, row, "band", "employees", "revenue"));
    for (int i = 0; i < bands.size(); i++) {
      s.append(
          String.format(
              Locale.ROOT, row, bands.get(i).name(), employeeRanges.get(i), revenueRanges.get(i)));
    }
    return s.toString().stripTrailing();
  }

  private List<String> amounts() {
    String code = revenueCuts.get(0).currency().getCurrencyCode();
    List<String> out = new ArrayList<>();
    for (Money m : revenueCuts) {
      out.add(code + " " + m.amount().stripTrailingZeros().toPlainString());
    }
    return out;
  }

  private static List<String> longs(long[] cuts) {
    return Arrays.stream(cuts).mapToObj(Long::toString).toList();
  }

  private static String range(int i, Boundary boundary, List<String> cuts) {
    boolean lower = boundary == Boundary.LOWER_INCLUSIVE;
    if (i == 0) {
      return (lower ? "< " : "<= ") + cuts.get(0);
    }
    if (i == cuts.size()) {
      return (lower ? ">= " : "> ") + cuts.get(i - 1);
    }
    return lower
        ? "[" + cuts.get(i - 1) + ", " + cuts.get(i) + ")"
        : "(" + cuts.get(i - 1) + ", " + cuts.get(i) + "]";
  }

  /** Collects the cut points of a custom {@link SizePolicy}; {@link #build()} validates. */
  public static final class Builder {
    private final String name;
    private final List<SizeBand> bands;
    private long[] employeeCuts = new long[0];
    private Boundary employeeBoundary = Boundary.LOWER_INCLUSIVE;
    private List<Money> revenueCuts = List.of();
    private Boundary revenueBoundary = Boundary.LOWER_INCLUSIVE;
    private ConflictRule conflictRule = ConflictRule.LARGER;

    private Builder(String name, List<String> bandNames) {
      this.name = Checks.notBlank("name", name).strip();
      if (bandNames.size() < 2) {
        throw new IllegalArgumentException(
            "bands must have at least 2 names, got " + bandNames.size());
      }
      Set<String> seen = new HashSet<>();
      List<SizeBand> b = new ArrayList<>();
      for (String n : bandNames) {
        SizeBand band = new SizeBand(Checks.notBlank("band", n).strip(), b.size());
        if (!seen.add(band.name())) {
          throw new IllegalArgumentException(
              "bands must have distinct names, got \"" + band.name() + "\" twice");
        }
        b.add(band);
      }
      this.bands = List.copyOf(b);
    }

    /**
     * Sets the employee cut points between neighbouring bands.
     *
     * @param boundary how a headcount exactly at a cut is banded
     * @param cuts one fewer than the bands, strictly increasing, each {@code > 0}
     * @return this builder
     */
    public Builder employeeCuts(Boundary boundary, long... cuts) {
      requireNonNull(boundary, "boundary");
      checkCount("employeeCuts", cuts.length);
      for (int i = 0; i < cuts.length; i++) {
        Checks.positive("employeeCuts", cuts[i]);
        if (i > 0 && cuts[i] <= cuts[i - 1]) {
          throw new IllegalArgumentException(
              "employeeCuts must be strictly increasing, got " + Arrays.toString(cuts));
        }
      }
      this.employeeCuts = cuts.clone();
      this.employeeBoundary = boundary;
      return this;
    }

    /**
     * Sets the revenue cut points between neighbouring bands.
     *
     * @param boundary how a revenue exactly at a cut is banded
     * @param cuts one fewer than the bands, strictly increasing, each {@code > 0}, in one currency
     * @return this builder
     * @throws CurrencyMismatchException if the cuts are in different currencies
     */
    public Builder revenueCuts(Boundary boundary, Money... cuts) {
      requireNonNull(boundary, "boundary");
      List<Money> list = List.of(cuts);
      checkCount("revenueCuts", list.size());
      for (int i = 0; i < list.size(); i++) {
        Money m = list.get(i);
        list.get(0).checkSameCurrency(m);
        if (!m.isPositive()) {
          throw new IllegalArgumentException("revenueCuts must be > 0, got " + m);
        }
        if (i > 0 && !m.isGreaterThan(list.get(i - 1))) {
          throw new IllegalArgumentException(
              "revenueCuts must be strictly increasing, got " + list);
        }
      }
      this.revenueCuts = list;
      this.revenueBoundary = boundary;
      return this;
    }

    /** Sets the conflict rule; {@link ConflictRule#LARGER} unless set. */
    public Builder conflictRule(ConflictRule rule) {
      this.conflictRule = requireNonNull(rule, "conflictRule");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException if neither employee nor revenue cuts were given
     */
    public SizePolicy build() {
      if (employeeCuts.length == 0 && revenueCuts.isEmpty()) {
        throw new IllegalArgumentException(
            "cuts must be given for employees, revenue or both, got neither");
      }
      return new SizePolicy(this);
    }

    private void checkCount(String field, int count) {
      if (count != bands.size() - 1) {
        throw new IllegalArgumentException(
            field
                + " must have "
                + (bands.size() - 1)
                + " values for "
                + bands.size()
                + " bands, got "
                + count);
      }
    }
  }
}
