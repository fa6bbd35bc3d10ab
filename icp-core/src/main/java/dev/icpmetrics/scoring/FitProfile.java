package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.BuyerPersona;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.Industry;
import dev.icpmetrics.model.Location;
import dev.icpmetrics.model.NaicsCode;
import dev.icpmetrics.model.Seniority;
import dev.icpmetrics.model.SizeBand;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.model.Tag;
import dev.icpmetrics.model.TechStack;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The target attributes of the weighted-fit strategies on {@link Company} and {@link Account}:
 * which attributes matter, how much, and what their ideal values are.
 *
 * <p>Each attribute's fit is in [0, 1]:
 *
 * <ul>
 *   <li>{@code industry}: NAICS hierarchy distance, {@link Fit#hierarchy(String, String)}, best
 *       over the target codes (a company without a NAICS code is missing it);
 *   <li>{@code size}: ordinal distance {@code 1 - |i - j| / (bands - 1)} between the company's band
 *       under a {@link SizePolicy} and the target band (unknown band: missing);
 *   <li>{@code country}: exact match on the ISO country code (no location: missing);
 *   <li>{@code techStack}: overlap coefficient {@code |a ∩ t| / min(|a|, |t|)} with the target
 *       technologies, normalised like {@link TechStack} (an empty stack: missing);
 *   <li>{@code seniority} (accounts only): ordinal distance between the primary buyer's {@link
 *       Seniority} and the target, over the 10 LinkedIn levels (no persona: missing);
 *   <li>{@code painPoints} (accounts only): overlap coefficient of the pain-point tag ids with the
 *       targets, normalised like {@link Tag} (none recorded: missing).
 * </ul>
 *
 * <p>A profile is immutable and serializable: the size policy is kept as a {@link Source}, such as
 * {@code SizePolicy::guide}.
 */
public final class FitProfile implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<FitAttribute<Company>> company;
  private final List<FitAttribute<Account>> accountOnly;

  private FitProfile(List<FitAttribute<Company>> company, List<FitAttribute<Account>> accountOnly) {
    this.company = List.copyOf(company);
    this.accountOnly = List.copyOf(accountOnly);
    if (this.company.isEmpty() && this.accountOnly.isEmpty()) {
      throw new IllegalArgumentException("profile must have at least one attribute, got none");
    }
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the company attributes, in the order they were added.
   *
   * @return the attributes; empty if the profile has only account attributes
   */
  public List<FitAttribute<Company>> companyAttributes() {
    return company;
  }

  /**
   * Returns the account attributes: the company attributes read from {@link Account#company()},
   * then the buyer and insight attributes.
   *
   * @return the attributes
   */
  public List<FitAttribute<Account>> accountAttributes() {
    List<FitAttribute<Account>> out = new ArrayList<>();
    for (FitAttribute<Company> a : company) {
      FitAttribute.Reader<Company> r = a.reader();
      out.add(new FitAttribute<>(a.name(), a.weight(), acct -> r.fit(acct.company())));
    }
    out.addAll(accountOnly);
    return List.copyOf(out);
  }

  /** Returns the attribute names and weights, such as {@code industry 3, size 2}. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    company.forEach(a -> parts.add(a.name() + " " + a.weight()));
    accountOnly.forEach(a -> parts.add(a.name() + " " + a.weight()));
    return "ICP profile: " + String.join(", ", parts);
  }

  /** Builds an {@link FitProfile}; each attribute may be added once. */
  public static final class Builder {
    private final List<FitAttribute<Company>> company = new ArrayList<>();
    private final List<FitAttribute<Account>> accountOnly = new ArrayList<>();

    private Builder() {}

    /**
     * Adds the industry attribute: NAICS hierarchy fit against the closest of {@code naicsCodes}.
     *
     * @param weight the weight, finite and {@code >= 0}
     * @param naicsCodes the target NAICS codes (2 to 6 digits), not empty
     * @return this builder
     */
    public Builder industry(double weight, String... naicsCodes) {
      List<String> targets = new ArrayList<>();
      for (String c : naicsCodes) {
        targets.add(NaicsCode.of(c).code());
      }
      FitFunction<String> fit = Fit.hierarchy(targets.toArray(new String[0]));
      company.add(FitAttribute.of("industry", weight, FitProfile::naics, fit));
      return this;
    }

    /**
     * Adds the size attribute: ordinal distance between the company's band and {@code band}.
     *
     * @param weight the weight
     * @param policy makes the size policy, for example {@code SizePolicy::guide}
     * @param band the target band's name under that policy
     * @return this builder
     */
    public Builder size(double weight, Source<SizePolicy> policy, String band) {
      requireNonNull(policy, "policy");
      SizePolicy p = requireNonNull(policy.get(), "policy.get()");
      SizeBand target = p.band(band);
      int levels = p.bands().size();
      int t = target.ordinal();
      Lazy<SizePolicy> lazy = new Lazy<>(policy);
      company.add(
          new FitAttribute<>(
              "size",
              weight,
              c -> {
                Optional<SizeBand> b = lazy.get().bandOf(c);
                return b.isPresent()
                    ? OptionalDouble.of(Fit.ordinal(b.get().ordinal(), t, levels))
                    : OptionalDouble.empty();
              }));
      return this;
    }

    /**
     * Adds the country attribute: 1 for one of {@code countries}, else 0.
     *
     * @param weight the weight
     * @param countries the target ISO 3166 alpha-2 codes, not empty
     * @return this builder
     */
    public Builder country(double weight, String... countries) {
      Set<String> targets = new TreeSet<>();
      for (String c : countries) {
        targets.add(Location.of(c).country());
      }
      FitFunction<String> fit = Fit.exact(targets.toArray(new String[0]));
      company.add(
          FitAttribute.of("country", weight, c -> c.location().map(Location::country), fit));
      return this;
    }

    /**
     * Adds the tech-stack attribute: overlap coefficient with {@code technologies}.
     *
     * @param weight the weight
     * @param technologies the target technologies, not empty
     * @return this builder
     */
    public Builder techStack(double weight, String... technologies) {
      Set<String> targets = TechStack.of(technologies).keys();
      FitFunction<Set<String>> fit = Fit.overlap(Set.copyOf(targets));
      company.add(FitAttribute.of("techStack", weight, FitProfile::tech, fit));
      return this;
    }

    /**
     * Adds the seniority attribute (accounts only): ordinal distance between the primary buyer's
     * seniority and {@code target}.
     *
     * @param weight the weight
     * @param target the ideal seniority
     * @return this builder
     */
    public Builder seniority(double weight, Seniority target) {
      FitFunction<Seniority> fit = Fit.ordinal(target);
      accountOnly.add(
          FitAttribute.of(
              "seniority", weight, a -> a.primaryPersona().map(BuyerPersona::seniority), fit));
      return this;
    }

    /**
     * Adds the pain-points attribute (accounts only): overlap coefficient of the account's
     * pain-point tag ids with those of {@code labels}.
     *
     * @param weight the weight
     * @param labels the target pain points, as labels or ids, not empty
     * @return this builder
     */
    public Builder painPoints(double weight, String... labels) {
      Set<String> targets = new TreeSet<>();
      for (String l : labels) {
        targets.add(Tag.of(l).id());
      }
      FitFunction<Set<String>> fit = Fit.overlap(Set.copyOf(targets));
      accountOnly.add(FitAttribute.of("painPoints", weight, FitProfile::painPoints, fit));
      return this;
    }

    /** Returns the profile. */
    public FitProfile build() {
      List<String> names = new ArrayList<>();
      company.forEach(a -> names.add(a.name()));
      accountOnly.forEach(a -> names.add(a.name()));
      Set<String> unique = new TreeSet<>(names);
      if (unique.size() != names.size()) {
        throw new IllegalArgumentException("attributes must each be added once, got " + names);
      }
      return new FitProfile(company, accountOnly);
    }
  }

  static Optional<String> naics(Company c) {
    return c.industry().flatMap(Industry::naics).map(NaicsCode::code);
  }

  static Optional<Set<String>> tech(Company c) {
    Set<String> keys = c.techStack().keys();
    return keys.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(keys));
  }

  static Optional<Set<String>> painPoints(Account a) {
    Set<String> ids =
        a.insights().painPoints().stream().map(Tag::id).collect(Collectors.toUnmodifiableSet());
    return ids.isEmpty() ? Optional.empty() : Optional.of(ids);
  }
}
