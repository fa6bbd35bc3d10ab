package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The immutable configuration of a rules-and-points strategy, {@link
 * ScoringStrategy#rulesAndPoints}.
 *
 * <p>Knock-out rules run first: the first that fires disqualifies the subject. Otherwise each group
 * sums the points of its rules that fire, capped at the group's cap: a group over its cap gets one
 * extra contribution {@code "<group> cap"} of {@code cap - sum} points. The value is the sum over
 * groups, floored at 0 and capped at 100 by an explicit {@code clamp} contribution.
 *
 * @param id the strategy's id, not blank
 * @param version the strategy's version, not blank
 * @param groups the point groups, rule names unique across groups
 * @param knockOuts the knock-out rules
 * @param tiers the tier policy
 * @param <S> the subject type
 */
public record RulesConfig<S>(
    String id, String version, List<Group<S>> groups, List<Rule<S>> knockOuts, TierPolicy tiers)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates the configuration. */
  public RulesConfig {
    Checks.notBlank("id", id);
    Checks.notBlank("version", version);
    groups = List.copyOf(groups);
    knockOuts = List.copyOf(knockOuts);
    requireNonNull(tiers, "tiers");
    if (groups.isEmpty() && knockOuts.isEmpty()) {
      throw new IllegalArgumentException("rules must not be empty, got no group and no knock-out");
    }
    Set<String> names = new HashSet<>();
    for (Group<S> g : groups) {
      for (Rule<S> r : g.rules()) {
        if (r.isKnockOut()) {
          throw new IllegalArgumentException(
              "rule "
                  + r.name()
                  + " must be a points rule in group "
                  + g.name()
                  + ", got a knock-out");
        }
        unique(names, r.name());
      }
    }
    for (Rule<S> r : knockOuts) {
      if (!r.isKnockOut()) {
        throw new IllegalArgumentException(
            "rule " + r.name() + " must be a knock-out rule, got a points rule");
      }
      unique(names, r.name());
    }
  }

  private static void unique(Set<String> names, String name) {
    if (!names.add(name)) {
      throw new IllegalArgumentException("rule names must be unique, got " + name + " twice");
    }
  }

  /**
   * Returns a builder with id {@code rules}, version {@code 1} and {@link TierPolicy#STANDARD}.
   *
   * @param <S> the subject type
   * @return the builder
   */
  public static <S> Builder<S> builder() {
    return new Builder<>();
  }

  /**
   * A group of points rules whose total is capped.
   *
   * @param name the group's name, not blank
   * @param cap the most the group can add, {@code > 0}; {@code Double.POSITIVE_INFINITY} for no cap
   * @param rules the rules, not empty
   * @param <S> the subject type
   */
  public record Group<S>(String name, double cap, List<Rule<S>> rules) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Validates the group. */
    public Group {
      Checks.notBlank("name", name);
      if (!(cap > 0)) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "cap of %s must be > 0, got %s", name, cap));
      }
      rules = List.copyOf(rules);
      if (rules.isEmpty()) {
        throw new IllegalArgumentException("rules of " + name + " must not be empty, got []");
      }
    }
  }

  /**
   * Builds a {@link RulesConfig}; rules added with {@link #rule} go to an uncapped group named
   * {@code rules}.
   *
   * @param <S> the subject type
   */
  public static final class Builder<S> {
    private String id = "rules";
    private String version = "1";
    private final List<Group<S>> groups = new ArrayList<>();
    private final List<Rule<S>> loose = new ArrayList<>();
    private final List<Rule<S>> knockOuts = new ArrayList<>();
    private TierPolicy tiers = TierPolicy.STANDARD;

    private Builder() {}

    /** Sets the id and version. */
    public Builder<S> id(String id, String version) {
      this.id = id;
      this.version = version;
      return this;
    }

    /** Adds a points rule to the uncapped group named "rules". */
    public Builder<S> rule(Rule<S> rule) {
      loose.add(requireNonNull(rule, "rule"));
      return this;
    }

    /** Adds a group of points rules capped at {@code cap}. */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder<S> group(String name, double cap, Rule<S>... rules) {
      groups.add(new Group<>(name, cap, List.of(rules)));
      return this;
    }

    /** Adds a knock-out rule. */
    public Builder<S> knockOut(Rule<S> rule) {
      knockOuts.add(requireNonNull(rule, "rule"));
      return this;
    }

    /** Sets the tier policy. */
    public Builder<S> tiers(TierPolicy tiers) {
      this.tiers = requireNonNull(tiers, "tiers");
      return this;
    }

    /** Returns the configuration. */
    public RulesConfig<S> build() {
      List<Group<S>> all = new ArrayList<>(groups);
      if (!loose.isEmpty()) {
        all.add(new Group<>("rules", Double.POSITIVE_INFINITY, loose));
      }
      return new RulesConfig<>(id, version, all, knockOuts, tiers);
    }
  }
}
