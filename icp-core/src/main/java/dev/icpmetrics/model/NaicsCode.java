package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.Set;

/**
 * A code of the North American Industry Classification System (NAICS) 2022: two to six digits,
 * where each digit added narrows the one before.
 *
 * <p>The level follows from the length: 2 digits a {@link Level#SECTOR}, 3 a {@link
 * Level#SUBSECTOR}, 4 an {@link Level#INDUSTRY_GROUP}, 5 a {@link Level#NAICS_INDUSTRY}, 6 a {@link
 * Level#NATIONAL_INDUSTRY}. The parent of a code is its prefix one digit shorter ({@code 541511}
 * rolls up to {@code 54151}, {@code 5415}, {@code 541}, {@code 54}).
 *
 * <p>The first two digits must name one of the 20 sectors of NAICS 2022: 11, 21, 22, 23, 31-33, 42,
 * 44-45, 48-49, 51, 52, 53, 54, 55, 56, 61, 62, 71, 72, 81, 92. The three ranged sectors
 * (Manufacturing 31-33, Retail Trade 44-45, Transportation and Warehousing 48-49) have one code per
 * first two digits; {@link #sectorLabel()} gives the ranged form. Codes below the sector are
 * checked for shape only, not against the full list of 2022 codes.
 *
 * @param code the digits of the code, for example {@code "541511"}
 */
public record NaicsCode(String code) implements Comparable<NaicsCode> {

  private static final Set<String> SECTORS =
      Set.of(
          "11", "21", "22", "23", "31", "32", "33", "42", "44", "45", "48", "49", "51", "52", "53",
          "54", "55", "56", "61", "62", "71", "72", "81", "92");

  /** The level of a NAICS code, from the 2-digit sector to the 6-digit national industry. */
  public enum Level {
    /** Two digits, for example {@code 54} Professional, Scientific, and Technical Services. */
    SECTOR(2),
    /** Three digits, for example {@code 541}. */
    SUBSECTOR(3),
    /** Four digits, for example {@code 5415}. */
    INDUSTRY_GROUP(4),
    /** Five digits, for example {@code 54151}. */
    NAICS_INDUSTRY(5),
    /** Six digits, for example {@code 541511} Custom Computer Programming Services. */
    NATIONAL_INDUSTRY(6);

    private final int digits;

    Level(int digits) {
      this.digits = digits;
    }

    /** Returns the number of digits of a code at this level: 2 to 6. */
    public int digits() {
      return digits;
    }
  }

  /** Validates the shape of the code and its sector. */
  public NaicsCode {
    requireNonNull(code, "naicsCode");
    if (code.length() < 2
        || code.length() > 6
        || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("naicsCode must be 2 to 6 digits, got \"" + code + "\"");
    }
    if (!SECTORS.contains(code.substring(0, 2))) {
      throw new IllegalArgumentException(
          "naicsCode must start with a NAICS 2022 sector, got \"" + code + "\"");
    }
  }

  /**
   * Returns the code with the given digits.
   *
   * @param code 2 to 6 digits starting with a NAICS 2022 sector
   * @return the code
   * @throws IllegalArgumentException if the code is malformed
   */
  public static NaicsCode of(String code) {
    return new NaicsCode(code);
  }

  /** Returns the level of this code, from its number of digits. */
  public Level level() {
    for (Level l : Level.values()) {
      if (l.digits == code.length()) {
        return l;
      }
    }
    throw new AssertionError(code);
  }

  /** Returns the code one level up, or empty for a sector. */
  public Optional<NaicsCode> parent() {
    return code.length() == 2
        ? Optional.empty()
        : Optional.of(new NaicsCode(code.substring(0, code.length() - 1)));
  }

  /**
   * Returns this code rolled up to {@code level}: its prefix of {@code level.digits()} digits.
   *
   * @param level the level to roll up to
   * @return the ancestor at {@code level}, or this code if it is already at that level
   * @throws IllegalArgumentException if {@code level} is finer than this code's level
   */
  public NaicsCode rollUpTo(Level level) {
    requireNonNull(level, "level");
    if (level.compareTo(level()) > 0) {
      throw new IllegalArgumentException(
          "level must be at or above " + level() + " for code " + code + ", got " + level);
    }
    return level == level() ? this : new NaicsCode(code.substring(0, level.digits()));
  }

  /** Returns the 2-digit sector of this code. */
  public NaicsCode sector() {
    return rollUpTo(Level.SECTOR);
  }

  /**
   * Returns the sector as NAICS prints it: {@code 31-33}, {@code 44-45} and {@code 48-49} for the
   * ranged sectors, the two digits otherwise.
   */
  public String sectorLabel() {
    return switch (code.substring(0, 2)) {
      case "31", "32", "33" -> "31-33";
      case "44", "45" -> "44-45";
      case "48", "49" -> "48-49";
      default -> code.substring(0, 2);
    };
  }

  /**
   * Returns true if this code is {@code ancestor} or lies below it.
   *
   * @param ancestor the broader code
   * @return whether this code starts with the digits of {@code ancestor}
   */
  public boolean isWithin(NaicsCode ancestor) {
    requireNonNull(ancestor, "ancestor");
    return code.startsWith(ancestor.code);
  }

  /** Orders codes by their digits, so that a code sorts right after its parent. */
  @Override
  public int compareTo(NaicsCode other) {
    return code.compareTo(other.code);
  }

  /** Returns the form {@code NAICS 541511}. */
  @Override
  public String toString() {
    return "NAICS " + code;
  }
}
