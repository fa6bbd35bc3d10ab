package dev.icpmetrics.columnar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.icpmetrics.metrics.Cohorts;
import dev.icpmetrics.metrics.KaplanMeier;
import dev.icpmetrics.metrics.Lifetime;
import dev.icpmetrics.metrics.ShiftedBetaGeometric;
import dev.icpmetrics.metrics.TenureUnit;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Period;
import dev.icpmetrics.testing.Gen;
import dev.icpmetrics.testing.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurvivalAndCohortsTest {

  @Test
  void civil_agreesWithLocalDate() {
    Property.<Long>named("Civil == LocalDate")
        .edgeCases(0L, -1L, 11_016L, 11_017L, 19_782L, -719_468L, 2_932_896L)
        .tries(2_000)
        .forAll(
            Gen.longs(-800_000, 3_000_000),
            d -> {
              LocalDate date = LocalDate.ofEpochDay(d);
              int ymd = Civil.ymd(d);
              assertEquals(date.getYear(), Civil.year(ymd), date.toString());
              assertEquals(date.getMonthValue(), Civil.month(ymd), date.toString());
              assertEquals(date.getDayOfMonth(), Civil.day(ymd), date.toString());
            });
  }

  @Test
  void billingMonthsAndMonthsUntil_followPlusMonths() {
    Property.<long[]>named("Civil month rules == LocalDate.plusMonths")
        .edgeCases(
            new long[] {LocalDate.of(2024, 1, 31).toEpochDay(), 29},
            new long[] {LocalDate.of(2024, 1, 15).toEpochDay(), 30},
            new long[] {LocalDate.of(2024, 1, 15).toEpochDay(), 31},
            new long[] {LocalDate.of(2023, 12, 31).toEpochDay(), 0})
        .tries(3_000)
        .forAll(
            r -> new long[] {r.nextLong(15_000, 22_000), r.nextLong(0, 2_000)},
            p -> {
              LocalDate from = LocalDate.ofEpochDay(p[0]);
              LocalDate to = from.plusDays(p[1]);
              long billing = 0;
              while (!from.plusMonths(billing + 1).isAfter(to)) {
                billing++;
              }
              long until = 0;
              while (from.plusMonths(until).isBefore(to)) {
                until++;
              }
              int f = Civil.ymd(p[0]);
              int t = Civil.ymd(to.toEpochDay());
              assertEquals(billing, Civil.billingMonths(f, t), from + " .. " + to);
              assertEquals(until, Civil.monthsUntil(f, t), from + " .. " + to);
              assertEquals(0, Civil.monthsUntil(t, f), to + " .. " + from);
            });
  }

  static List<Lifetime> lifetimes(List<Account> accounts, LocalDate asOf, TenureUnit unit) {
    List<Lifetime> out = new ArrayList<>();
    for (Account a : accounts) {
      LocalDate acquired = a.lifecycle().acquired();
      if (acquired.isAfter(asOf)) {
        continue;
      }
      List<LocalDate> churns = a.lifecycle().churns();
      out.add(
          churns.isEmpty()
              ? Lifetime.active(acquired, asOf, unit)
              : Lifetime.churned(acquired, churns.get(0), asOf, unit));
    }
    return out;
  }

  @Test
  void tenures_equalTheRecordLifetimes() {
    Property.<Long>named("Tenures == Lifetime per account")
        .tries(30)
        .forAll(
            Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE),
            seed -> {
              List<Account> accounts = SyntheticBase.accounts(seed, 400);
              CustomerBase base = SyntheticBase.generate(seed, 400);
              LocalDate asOf = LocalDate.of(2019, 6, 1).plusDays(Math.floorMod(seed, 2_400));
              for (TenureUnit unit : TenureUnit.values()) {
                List<Lifetime> want = lifetimes(accounts, asOf, unit);
                Tenures got = Tenures.of(base, asOf, unit);
                double[] times = new double[want.size()];
                boolean[] events = new boolean[want.size()];
                for (int i = 0; i < times.length; i++) {
                  times[i] = want.get(i).time();
                  events[i] = want.get(i).event();
                }
                assertArrayEquals(times, got.times(), unit.toString());
                assertArrayEquals(events, got.events(), unit.toString());
              }
            });
  }

  @Test
  void tenures_fitTheSameCurvesAsTheRecords() {
    List<Account> accounts = SyntheticBase.accounts(8, 5_000);
    CustomerBase base = SyntheticBase.generate(8, 5_000);
    LocalDate asOf = SyntheticBase.AS_OF;
    assertEquals(
        KaplanMeier.fit(lifetimes(accounts, asOf, TenureUnit.DAYS)).toString(),
        Tenures.of(base, asOf, TenureUnit.DAYS).kaplanMeier().toString());
    List<Lifetime> months = lifetimes(accounts, asOf, TenureUnit.MONTHS);
    int[] survived = new int[months.size()];
    boolean[] churned = new boolean[months.size()];
    for (int i = 0; i < survived.length; i++) {
      survived[i] = (int) months.get(i).time();
      churned[i] = months.get(i).event();
    }
    assertEquals(
        ShiftedBetaGeometric.fitTenures(Period.MONTH, survived, churned).toString(),
        Tenures.of(base, asOf, TenureUnit.MONTHS).shiftedBetaGeometric().toString());
    assertEquals(
        "tenures must be in MONTHS for the sBG, got DAYS",
        assertThrows(
                IllegalStateException.class,
                () -> Tenures.of(base, asOf, TenureUnit.DAYS).shiftedBetaGeometric())
            .getMessage());
  }

  @Test
  void logoRetention_equalsTheRecordPath() {
    Property.<Long>named("ColumnarCohorts == Cohorts")
        .tries(20)
        .forAll(
            Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE),
            seed -> {
              List<Account> accounts = SyntheticBase.accounts(seed, 600);
              CustomerBase base = SyntheticBase.generate(seed, 600);
              LocalDate asOf = LocalDate.of(2019, 3, 1).plusDays(Math.floorMod(seed, 2_500));
              for (Period by : List.of(Period.MONTH, Period.QUARTER, Period.YEAR)) {
                int months = Math.floorMod(seed >> 8, 40);
                assertEquals(
                    Cohorts.logoRetention(accounts, by, asOf, months),
                    ColumnarCohorts.logoRetention(base, by, asOf, months),
                    by + " as of " + asOf);
              }
            });
  }

  @Test
  void logoRetention_ofAnEmptyBase_hasNoRow() {
    CustomerBase empty = CustomerBase.builder("USD").build();
    assertEquals(
        0,
        ColumnarCohorts.logoRetention(empty, Period.MONTH, LocalDate.of(2024, 1, 1), 12)
            .rows()
            .size());
  }
}
