package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void months_andPer() {
    assertEquals(1, Period.MONTH.months());
    assertEquals(3, Period.QUARTER.months());
    assertEquals(12, Period.YEAR.months());
    assertEquals(12.0, Period.MONTH.per(Period.YEAR));
    assertEquals(1.0 / 12, Period.YEAR.per(Period.MONTH));
    assertEquals(4.0, Period.QUARTER.per(Period.YEAR));
  }
}
