package dev.icpmetrics.segment;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.BuyerPersona;
import dev.icpmetrics.model.BuyingRole;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.GrowthStage;
import dev.icpmetrics.model.JobFunction;
import dev.icpmetrics.model.NaicsCode;
import dev.icpmetrics.model.Opportunity;
import dev.icpmetrics.model.Seniority;
import dev.icpmetrics.model.SizeBand;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.model.Tag;
import dev.icpmetrics.model.TriggerEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A named function from an account to the value (or values) it is segmented by: its industry, size
 * band, region, buyer's seniority, acquisition channel, pain points.
 *
 * <p><b>Unknown is a value.</b> When a dimension does not apply to an account (no NAICS code, no
 * persona, revenue and headcount both unknown, a country outside the region scheme), the account
 * goes to the cell {@value #UNKNOWN}; it is counted and reported, never dropped. That label is
 * reserved: a custom dimension may not return it.
 *
 * <p><b>Multi-valued dimensions.</b> {@link #painPoint()}, {@link #triggerEvent()}, {@link
 * #technology()} and {@link #multi custom multi-valued} dimensions give an account several values;
 * the account then counts in the cell of each of its values, so the cells do not sum to the total
 * (the reports say so). An account with no value at all goes to the unknown cell.
 *
 * <p><b>Opportunities.</b> Conversion and sales cycle are measured on opportunities, which carry a
 * company, a persona and a channel but no account: company, persona and channel dimensions apply to
 * them; pain points, trigger events and custom account dimensions put them in the unknown cell.
 *
 * <p>The persona dimensions read the account's {@linkplain Account#primaryPersona() primary
 * persona}. Values of enumerations are their constant names ({@code ECONOMIC_BUYER}). Numeric
 * dimensions are banded by explicit {@link Bands}. Two dimensions are the same cell axis when their
 * names are equal; a {@link Segmentation} rejects duplicate names. Immutable and thread-safe if the
 * functions given to the custom factories are.
 */
public final class Dimension {

  /** The reserved value of the cell that holds the accounts a dimension does not apply to. */
  public static final String UNKNOWN = "(unknown)";

  private final String name;
  private final boolean multiValued;
  private final Function<Subject, Collection<String>> values;
  private final List<String> order;

  private Dimension(
      String name,
      boolean multiValued,
      Function<Subject, Collection<String>> values,
      List<String> order) {
    this.name = Checks.notBlank("name", name).strip();
    this.multiValued = multiValued;
    this.values = values;
    this.order = List.copyOf(order);
  }

  // ---------------------------------------------------------------- firmographics

  /** Segments by the industry label as written ({@code "Fintech"}); named {@code industry}. */
  public static Dimension industry() {
    return company("industry", c -> c.industry().map(i -> i.label()), List.of());
  }

  /**
   * Segments by the industry's NAICS code rolled up to {@code level}: {@code 541511} at {@link
   * NaicsCode.Level#SUBSECTOR} is {@code 541}; at the sector level the ranged sectors print as
   * NAICS does ({@code 31-33}). An industry without a NAICS code, or a code coarser than {@code
   * level}, is unknown. Named {@code NAICS sector}, {@code NAICS subsector}, and so on.
   *
   * @param level the NAICS level to roll up to
   * @return the dimension
   */
  public static Dimension industry(NaicsCode.Level level) {
    requireNonNull(level, "level");
    String name = "NAICS " + level.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return company(
        name,
        c -> {
          Optional<NaicsCode> code = c.industry().flatMap(i -> i.naics());
          if (code.isEmpty() || code.get().level().compareTo(level) < 0) {
            return Optional.empty();
          }
          NaicsCode n = code.get();
          return Optional.of(
              level == NaicsCode.Level.SECTOR ? n.sectorLabel() : n.rollUpTo(level).code());
        },
        List.of());
  }

  /**
   * Segments by size band under {@code policy} ({@link SizePolicy#bandOf}); named {@code size}. A
   * company whose revenue and headcount are both unknown is unknown. Values are band names, in the
   * policy's order.
   *
   * @param policy the size policy
   * @return the dimension
   * @throws dev.icpmetrics.model.CurrencyMismatchException when tallying a company whose revenue is
   *     in another currency than the policy's
   */
  public static Dimension sizeBand(SizePolicy policy) {
    requireNonNull(policy, "policy");
    List<String> order = new ArrayList<>();
    for (SizeBand b : policy.bands()) {
      order.add(b.name());
    }
    return company("size", c -> policy.bandOf(c).map(SizeBand::name), order);
  }

  /**
   * Segments by region under {@code scheme}; named {@code region}. A company without a location, or
   * whose location the scheme does not cover, is unknown.
   *
   * @param scheme the region scheme
   * @return the dimension
   */
  public static Dimension region(RegionScheme scheme) {
    requireNonNull(scheme, "scheme");
    return company("region", c -> c.location().flatMap(scheme::regionOf), List.of());
  }

  /** Segments by ISO 3166-1 country code; named {@code country}; unknown without a location. */
  public static Dimension country() {
    return company("country", c -> c.location().map(l -> l.country()), List.of());
  }

  /**
   * Segments by {@link GrowthStage}; named {@code growth stage}. The model has no unknown stage
   * apart from {@link GrowthStage#BOOTSTRAPPED_OR_UNKNOWN}, which is a value of its own.
   */
  public static Dimension growthStage() {
    return company(
        "growth stage", c -> Optional.of(c.growthStage().name()), names(GrowthStage.values()));
  }

  /**
   * Segments by employees banded by {@code bands}; named {@code employees}. Unknown headcount is
   * unknown.
   *
   * @param bands the bands
   * @return the dimension
   */
  public static Dimension employees(Bands bands) {
    requireNonNull(bands, "bands");
    return company(
        "employees",
        c -> {
          var e = c.employees();
          return e.isPresent()
              ? Optional.of(bands.bandOf((double) e.getAsLong()))
              : Optional.empty();
        },
        bands.labels());
  }

  // ---------------------------------------------------------------- buyers

  /** Segments by the primary persona's {@link BuyingRole}; named {@code buying role}. */
  public static Dimension buyingRole() {
    return persona("buying role", p -> p.role().name(), names(BuyingRole.values()));
  }

  /** Segments by the primary persona's {@link JobFunction}; named {@code job function}. */
  public static Dimension jobFunction() {
    return persona("job function", p -> p.function().name(), names(JobFunction.values()));
  }

  /**
   * Segments by the primary persona's {@link Seniority}, in seniority order; named {@code
   * seniority}.
   */
  public static Dimension seniority() {
    return persona("seniority", p -> p.seniority().name(), names(Seniority.values()));
  }

  /** Segments by the primary persona's department as written; named {@code department}. */
  public static Dimension department() {
    return persona("department", BuyerPersona::department, List.of());
  }

  // ---------------------------------------------------------------- acquisition

  /**
   * Segments by acquisition channel (the opportunity's channel for opportunities); named {@code
   * channel}.
   */
  public static Dimension channel() {
    return new Dimension("channel", false, s -> List.of(s.channel().key()), List.of());
  }

  /**
   * Segments by the account's sales cycle in days, banded by {@code bands}; named {@code sales
   * cycle days}. Unknown when the acquisition has no sales cycle, and for opportunities.
   *
   * @param bands the bands
   * @return the dimension
   */
  public static Dimension salesCycleDays(Bands bands) {
    requireNonNull(bands, "bands");
    return numeric(
        "sales cycle days",
        a -> {
          var d = a.acquisition().salesCycleDays();
          return d.isPresent() ? OptionalDouble.of(d.getAsInt()) : OptionalDouble.empty();
        },
        bands);
  }

  // ---------------------------------------------------------------- multi-valued

  /** Segments by pain point (tag id); multi-valued; named {@code pain point}. */
  public static Dimension painPoint() {
    return multi(
        "pain point",
        a -> {
          List<String> ids = new ArrayList<>();
          for (Tag t : a.insights().painPoints()) {
            ids.add(t.id());
          }
          return ids;
        });
  }

  /** Segments by trigger-event type (tag id); multi-valued; named {@code trigger event}. */
  public static Dimension triggerEvent() {
    return multi(
        "trigger event",
        a -> {
          List<String> ids = new ArrayList<>();
          for (TriggerEvent e : a.insights().triggerEvents()) {
            ids.add(e.type().id());
          }
          return ids;
        });
  }

  /**
   * Segments by technology of the company's tech stack; multi-valued; applies to opportunities too;
   * named {@code technology}.
   */
  public static Dimension technology() {
    return new Dimension("technology", true, s -> s.company().techStack().keys(), List.of());
  }

  // ---------------------------------------------------------------- custom

  /**
   * Returns a custom single-valued dimension of accounts. Opportunities go to the unknown cell.
   *
   * @param name the name, not blank
   * @param value the account's value, or empty when the dimension does not apply; a value must not
   *     be blank or {@value #UNKNOWN}
   * @return the dimension
   */
  public static Dimension of(String name, Function<? super Account, Optional<String>> value) {
    requireNonNull(value, "value");
    return new Dimension(
        name,
        false,
        s -> s.account() == null ? List.of() : optionalList(value.apply(s.account())),
        List.of());
  }

  /**
   * Returns a custom single-valued dimension of companies; it applies to accounts and to
   * opportunities.
   *
   * @param name the name, not blank
   * @param value the company's value, or empty when the dimension does not apply
   * @return the dimension
   */
  public static Dimension ofCompany(
      String name, Function<? super Company, Optional<String>> value) {
    requireNonNull(value, "value");
    return company(name, value, List.of());
  }

  /**
   * Returns a custom multi-valued dimension of accounts: the account counts in the cell of each of
   * its values, and in the unknown cell if it has none. Opportunities go to the unknown cell.
   *
   * @param name the name, not blank
   * @param values the account's values; duplicates collapse
   * @return the dimension
   */
  public static Dimension multi(
      String name, Function<? super Account, ? extends Collection<String>> values) {
    requireNonNull(values, "values");
    return new Dimension(
        name,
        true,
        s -> {
          Account a = s.account();
          return a == null ? List.of() : List.copyOf(values.apply(a));
        },
        List.of());
  }

  /**
   * Returns a numeric dimension of accounts banded by {@code bands}: unknown when the value is
   * empty or not finite, and for opportunities.
   *
   * @param name the name, not blank
   * @param value the account's number, or empty when unknown
   * @param bands the bands
   * @return the dimension, whose values are the band labels in band order
   */
  public static Dimension numeric(
      String name, Function<? super Account, OptionalDouble> value, Bands bands) {
    requireNonNull(value, "value");
    requireNonNull(bands, "bands");
    return new Dimension(
        name,
        false,
        s -> {
          Account a = s.account();
          if (a == null) {
            return List.of();
          }
          OptionalDouble v = value.apply(a);
          return v.isPresent() && Double.isFinite(v.getAsDouble())
              ? List.of(bands.bandOf(v.getAsDouble()))
              : List.of();
        },
        bands.labels());
  }

  // ---------------------------------------------------------------- use

  /** Returns the dimension's name. */
  public String name() {
    return name;
  }

  /** Returns true if an account can have several values (and the cells then do not sum). */
  public boolean isMultiValued() {
    return multiValued;
  }

  /**
   * Returns a copy with another name, to tell two dimensions of the same kind apart (two size
   * policies, say).
   *
   * @param name the new name, not blank
   * @return the renamed dimension
   */
  public Dimension named(String name) {
    return new Dimension(name, multiValued, values, order);
  }

  /**
   * Returns the values of {@code account}, in report order; empty when the dimension does not apply
   * (the account then belongs to the {@value #UNKNOWN} cell).
   *
   * @param account the account
   * @return its values; at most one for a single-valued dimension
   * @throws IllegalArgumentException if a custom function returned a blank or reserved value
   */
  public SortedSet<String> valuesOf(Account account) {
    return valuesOf(Subject.of(requireNonNull(account, "account")));
  }

  /**
   * Returns the values of {@code opportunity}; see the class comment for which dimensions apply.
   *
   * @param opportunity the opportunity
   * @return its values, empty when unknown
   */
  public SortedSet<String> valuesOf(Opportunity opportunity) {
    return valuesOf(Subject.of(requireNonNull(opportunity, "opportunity")));
  }

  SortedSet<String> valuesOf(Subject subject) {
    Collection<String> raw = requireNonNull(values.apply(subject), name + " values");
    TreeSet<String> out = new TreeSet<>(valueOrder());
    for (String v : raw) {
      out.add(checkValue(requireNonNull(v, name + " value")));
    }
    return out;
  }

  /**
   * Orders this dimension's values as a report lists them: band and enumeration order where there
   * is one, then alphabetically, {@value #UNKNOWN} last.
   */
  Comparator<String> valueOrder() {
    return (a, b) -> {
      if (a.equals(b)) {
        return 0;
      }
      if (a.equals(UNKNOWN) || b.equals(UNKNOWN)) {
        return a.equals(UNKNOWN) ? 1 : -1;
      }
      int ia = order.indexOf(a);
      int ib = order.indexOf(b);
      if (ia >= 0 || ib >= 0) {
        if (ia < 0) {
          return 1;
        }
        if (ib < 0) {
          return -1;
        }
        return Integer.compare(ia, ib);
      }
      return a.compareTo(b);
    };
  }

  /** Returns {@code Dimension[size]} or {@code Dimension[pain point, multi-valued]}. */
  @Override
  public String toString() {
    return "Dimension[" + name + (multiValued ? ", multi-valued" : "") + "]";
  }

  static String checkValue(String v) {
    Checks.notBlank("value", v);
    if (v.equals(UNKNOWN)) {
      throw new IllegalArgumentException(
          "value must not be the reserved label \"" + UNKNOWN + "\", got \"" + v + "\"");
    }
    return v;
  }

  private static Dimension company(
      String name, Function<? super Company, Optional<String>> value, List<String> order) {
    return new Dimension(name, false, s -> optionalList(value.apply(s.company())), order);
  }

  private static Dimension persona(
      String name, Function<BuyerPersona, String> value, List<String> order) {
    return new Dimension(
        name,
        false,
        s -> {
          @Nullable BuyerPersona p = s.persona();
          return p == null ? List.of() : List.of(value.apply(p));
        },
        order);
  }

  private static List<String> optionalList(Optional<String> v) {
    requireNonNull(v, "dimension value");
    return v.isPresent() ? List.of(v.get()) : List.of();
  }

  private static List<String> names(Enum<?>[] values) {
    List<String> out = new ArrayList<>(values.length);
    for (Enum<?> e : values) {
      out.add(e.name());
    }
    return out;
  }
}
