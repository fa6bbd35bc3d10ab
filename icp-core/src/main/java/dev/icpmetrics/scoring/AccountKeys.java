package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.BuyerPersona;
import dev.icpmetrics.model.Location;
import dev.icpmetrics.model.NaicsCode;
import dev.icpmetrics.model.SizeBand;
import dev.icpmetrics.model.SizePolicy;
import java.util.Optional;

/**
 * Categorical keys of an {@link Account} for the learned strategies: segment cells ({@link
 * CellLevel}) and scorecard attributes ({@link ScorecardConfig.Attribute}). Each extractor is
 * serializable and empty when the account lacks the attribute.
 */
public final class AccountKeys {
  private AccountKeys() {}

  /**
   * Returns the NAICS code rolled up to {@code level}, such as {@code "54"} at the sector level; a
   * code coarser than {@code level} is kept as it is.
   *
   * @param level the NAICS level
   * @return the extractor
   */
  public static Extractor<Account, String> naics(NaicsCode.Level level) {
    requireNonNull(level, "level");
    return a ->
        FitProfile.naics(a.company())
            .map(NaicsCode::of)
            .map(c -> c.level().compareTo(level) > 0 ? c.rollUpTo(level) : c)
            .map(NaicsCode::code);
  }

  /**
   * Returns the name of the company's size band under the policy {@code policy} makes.
   *
   * @param policy makes the size policy, for example {@code SizePolicy::guide}
   * @return the extractor
   */
  public static Extractor<Account, String> sizeBand(Source<SizePolicy> policy) {
    Lazy<SizePolicy> lazy = new Lazy<>(requireNonNull(policy, "policy"));
    return a -> lazy.get().bandOf(a.company()).map(SizeBand::name);
  }

  /** Returns the company's ISO country code. */
  public static Extractor<Account, String> country() {
    return a -> a.company().location().map(Location::country);
  }

  /** Returns the primary buyer's seniority, such as {@code VP}. */
  public static Extractor<Account, String> seniority() {
    return a -> a.primaryPersona().map(BuyerPersona::seniority).map(Enum::name);
  }

  /** Returns the acquisition channel. */
  public static Extractor<Account, String> channel() {
    return a -> Optional.of(a.acquisition().channel().key());
  }

  /**
   * Returns a key that joins {@code first} and {@code second} with {@code |}, such as {@code
   * "54|SMB"}; empty if either is empty. For nested segment cells: {@code industry}, then {@code
   * industry x size}.
   *
   * @param first the first key
   * @param second the second key
   * @return the joined key
   */
  public static Extractor<Account, String> and(
      Extractor<Account, String> first, Extractor<Account, String> second) {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    return a -> first.extract(a).flatMap(x -> second.extract(a).map(y -> x + "|" + y));
  }
}
