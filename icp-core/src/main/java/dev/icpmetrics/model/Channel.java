package dev.icpmetrics.model;

/**
 * An acquisition channel, such as {@code paid-search}, {@code outbound} or {@code partner}: the key
 * that joins {@link AcquisitionSpend} to the {@link Acquisition} of accounts and to {@link
 * Opportunity} records.
 *
 * <p>The key is normalised so that spreadsheets spelled differently still join: trimmed,
 * lower-cased in {@link java.util.Locale#ROOT}, each run of whitespace replaced by {@code -}. So
 * {@code Channel.of(" Paid Search")} equals {@code Channel.of("paid-search")}. After normalising,
 * only {@code a-z 0-9 + # . / _ -} are allowed.
 *
 * @param key the normalised channel key
 */
public record Channel(String key) {

  /** Normalises and validates the key. */
  public Channel {
    key = Keys.normalise("channel", key);
  }

  /**
   * Returns the channel with the normalised form of {@code key}.
   *
   * @param key the channel name as written, for example {@code "Paid Search"}
   * @return the channel
   * @throws IllegalArgumentException if the key is blank or holds other characters
   */
  public static Channel of(String key) {
    return new Channel(key);
  }

  /** Returns the key, for example {@code paid-search}. */
  @Override
  public String toString() {
    return key;
  }
}
