package dev.icpmetrics.columnar;

/**
 * Epoch day to proleptic Gregorian year, month and day without allocation (H. Hinnant's {@code
 * civil_from_days}), and the month arithmetic of {@code LocalDate.plusMonths} on it.
 */
final class Civil {
  private Civil() {}

  /** Returns {@code year * 512 + month * 32 + day} of an epoch day. */
  static int ymd(long epochDay) {
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) {
      y++;
    }
    return (int) (y * 512 + m * 32 + d);
  }

  static int year(int ymd) {
    return ymd >> 9;
  }

  static int month(int ymd) {
    return (ymd >> 5) & 15;
  }

  static int day(int ymd) {
    return ymd & 31;
  }

  static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Months from the month of {@code a} to the month of {@code b}, ignoring days. */
  static int monthSpan(int a, int b) {
    return (year(b) * 12 + month(b)) - (year(a) * 12 + month(a));
  }

  /**
   * Returns the day of month {@code from.plusMonths(m)} lands on, where {@code m} brings it into
   * the month of {@code to}: {@code from}'s day clamped to that month's length.
   */
  static int clampedDay(int from, int to) {
    return Math.min(day(from), lengthOfMonth(year(to), month(to)));
  }

  /** Whole billing months: the largest {@code m} with {@code from.plusMonths(m) <= to}. */
  static int billingMonths(int from, int to) {
    int m = monthSpan(from, to);
    return clampedDay(from, to) <= day(to) ? m : m - 1;
  }

  /** The smallest {@code m >= 0} with {@code from.plusMonths(m) >= to}. */
  static int monthsUntil(int from, int to) {
    int m = monthSpan(from, to);
    if (m <= 0) {
      return m < 0 || day(to) <= day(from) ? 0 : 1;
    }
    return clampedDay(from, to) >= day(to) ? m : m + 1;
  }
}
