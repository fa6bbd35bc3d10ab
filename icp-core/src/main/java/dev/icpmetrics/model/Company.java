package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A company: its identity, firmographics (industry, employees, annual revenue, growth stage,
 * location, founding year) and technographics (its {@link TechStack}).
 *
 * <p>Only the id and the name are required; build the rest with {@link #builder(String, String)}:
 *
 * <pre>{@code
 * Company acme = Company.builder("c-1", "Acme")
 *     .industry(Industry.of("Software", NaicsCode.of("513210")))
 *     .employees(120)
 *     .annualRevenue(Money.of("USD", "12000000"))
 *     .growthStage(FundingRound.SERIES_B.stage())
 *     .location(Location.of("DE", "DE-BY"))
 *     .techStack(TechStack.of("Salesforce", "HubSpot"))
 *     .foundedYear(2015)
 *     .build();
 * }</pre>
 *
 * <p>Unknown values are empty, never zero: {@link #employees()} is empty when the headcount is not
 * known, which a {@link SizePolicy} treats differently from a company of 0 employees. The growth
 * stage defaults to {@link GrowthStage#BOOTSTRAPPED_OR_UNKNOWN} and the tech stack to empty.
 * Employees must be {@code >= 0}, revenue {@code >= 0} in any currency, the founding year in [1000,
 * 9999]. Equality compares every field.
 */
public final class Company {
  private final String id;
  private final String name;
  private final @Nullable Industry industry;
  private final @Nullable Long employees;
  private final @Nullable Money annualRevenue;
  private final GrowthStage growthStage;
  private final @Nullable Location location;
  private final TechStack techStack;
  private final @Nullable Integer foundedYear;

  private Company(Builder b) {
    this.id = Checks.notBlank("id", b.id);
    this.name = Checks.notBlank("name", b.name);
    this.industry = b.industry;
    this.employees = b.employees;
    this.annualRevenue = b.annualRevenue;
    this.growthStage = b.growthStage;
    this.location = b.location;
    this.techStack = b.techStack;
    this.foundedYear = b.foundedYear;
  }

  /**
   * Starts a company with its id and name.
   *
   * @param id the company's identifier, not blank
   * @param name its name, not blank
   * @return a builder; {@link Builder#build()} validates
   */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /**
   * Returns a company known only by its id and name.
   *
   * @param id the identifier, not blank
   * @param name the name, not blank
   * @return the company
   */
  public static Company of(String id, String name) {
    return builder(id, name).build();
  }

  /** Returns a builder holding this company's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(id, name);
    b.industry = industry;
    b.employees = employees;
    b.annualRevenue = annualRevenue;
    b.growthStage = growthStage;
    b.location = location;
    b.techStack = techStack;
    b.foundedYear = foundedYear;
    return b;
  }

  /** Returns the identifier. */
  public String id() {
    return id;
  }

  /** Returns the name. */
  public String name() {
    return name;
  }

  /** Returns the industry, if known. */
  public Optional<Industry> industry() {
    return Optional.ofNullable(industry);
  }

  /** Returns the number of employees, if known. */
  public OptionalLong employees() {
    return employees == null ? OptionalLong.empty() : OptionalLong.of(employees);
  }

  /** Returns the annual revenue, if known. */
  public Optional<Money> annualRevenue() {
    return Optional.ofNullable(annualRevenue);
  }

  /** Returns the growth stage; {@link GrowthStage#BOOTSTRAPPED_OR_UNKNOWN} unless set. */
  public GrowthStage growthStage() {
    return growthStage;
  }

  /** Returns the location, if known. */
  public Optional<Location> location() {
    return Optional.ofNullable(location);
  }

  /** Returns the tech stack; empty unless set. */
  public TechStack techStack() {
    return techStack;
  }

  /** Returns the year the company was founded, if known. */
  public OptionalInt foundedYear() {
    return foundedYear == null ? OptionalInt.empty() : OptionalInt.of(foundedYear);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Company c
        && id.equals(c.id)
        && name.equals(c.name)
        && Objects.equals(industry, c.industry)
        && Objects.equals(employees, c.employees)
        && Objects.equals(annualRevenue, c.annualRevenue)
        && growthStage == c.growthStage
        && Objects.equals(location, c.location)
        && techStack.equals(c.techStack)
        && Objects.equals(foundedYear, c.foundedYear);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        name,
        industry,
        employees,
        annualRevenue,
        growthStage,
        location,
        techStack,
        foundedYear);
  }

  /**
   * Returns a one-line summary of the known fields, for example {@code Company[c-1 Acme,
   * industry=Software, employees=120, revenue=USD 12000000.00, stage=EARLY, location=DE,
   * tech=[hubspot], founded=2015]}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Company[").append(id).append(' ').append(name);
    if (industry != null) {
      s.append(", industry=").append(industry);
    }
    if (employees != null) {
      s.append(", employees=").append(employees.longValue());
    }
    if (annualRevenue != null) {
      s.append(", revenue=").append(annualRevenue);
    }
    s.append(", stage=").append(growthStage);
    if (location != null) {
      s.append(", location=").append(location);
    }
    if (techStack.size() > 0) {
      s.append(", tech=").append(techStack);
    }
    if (foundedYear != null) {
      s.append(", founded=").append(foundedYear.intValue());
    }
    return s.append(']').toString();
  }

  /** Collects the optional fields of a {@link Company}; {@link #build()} validates. */
  public static final class Builder {
    private final String id;
    private final String name;
    private @Nullable Industry industry;
    private @Nullable Long employees;
    private @Nullable Money annualRevenue;
    private GrowthStage growthStage = GrowthStage.BOOTSTRAPPED_OR_UNKNOWN;
    private @Nullable Location location;
    private TechStack techStack = TechStack.empty();
    private @Nullable Integer foundedYear;

    private Builder(String id, String name) {
      this.id = requireNonNull(id, "id");
      this.name = requireNonNull(name, "name");
    }

    /** Sets the industry. */
    public Builder industry(Industry industry) {
      this.industry = requireNonNull(industry, "industry");
      return this;
    }

    /**
     * Sets the number of employees.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder employees(long employees) {
      this.employees = Checks.nonNegative("employees", employees);
      return this;
    }

    /**
     * Sets the annual revenue.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder annualRevenue(Money annualRevenue) {
      requireNonNull(annualRevenue, "annualRevenue");
      if (annualRevenue.isNegative()) {
        throw new IllegalArgumentException("annualRevenue must be >= 0, got " + annualRevenue);
      }
      this.annualRevenue = annualRevenue;
      return this;
    }

    /** Sets the growth stage. */
    public Builder growthStage(GrowthStage growthStage) {
      this.growthStage = requireNonNull(growthStage, "growthStage");
      return this;
    }

    /** Sets the growth stage from the latest funding round: {@code round.stage()}. */
    public Builder latestRound(FundingRound round) {
      return growthStage(requireNonNull(round, "round").stage());
    }

    /** Sets the location. */
    public Builder location(Location location) {
      this.location = requireNonNull(location, "location");
      return this;
    }

    /** Sets the tech stack. */
    public Builder techStack(TechStack techStack) {
      this.techStack = requireNonNull(techStack, "techStack");
      return this;
    }

    /**
     * Sets the founding year.
     *
     * @throws IllegalArgumentException if outside [1000, 9999]
     */
    public Builder foundedYear(int foundedYear) {
      this.foundedYear = Checks.inRange("foundedYear", foundedYear, 1000, 9999);
      return this;
    }

    /**
     * Builds the company.
     *
     * @return the company
     * @throws IllegalArgumentException if the id or the name is blank
     */
    public Company build() {
      return new Company(this);
    }
  }
}
