package dev.icpmetrics.model;

import java.time.LocalDate;

/** Small valid values shared by the model tests. */
final class Fixtures {
  private Fixtures() {}

  static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

  static Company acme() {
    return Company.of("c-1", "Acme");
  }

  static BuyerPersona vpSales() {
    return new BuyerPersona(
        "VP Sales", JobFunction.SALES, Seniority.VP, "Sales", BuyingRole.ECONOMIC_BUYER);
  }

  static Money usd(String amount) {
    return Money.of("USD", amount);
  }

  static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
