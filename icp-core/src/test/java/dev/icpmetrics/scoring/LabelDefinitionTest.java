package dev.icpmetrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelDefinitionTest {
  record Customer(int ageMonths, boolean retained, double ltv) {}

  @Test
  void aboveMedian_judgesOnlyOldEnoughAndComparesWithTheirMedian() {
    // Judgeable: age >= 12. Their LTVs 100, 200, 300, 400: median (200 + 300) / 2 = 250.
    // The young one (LTV 1000) neither counts as a negative nor moves the median.
    List<Customer> base =
        List.of(
            new Customer(24, true, 100),
            new Customer(24, true, 300),
            new Customer(13, false, 400),
            new Customer(12, true, 200),
            new Customer(3, true, 1000));
    LabelDefinition<Customer> good =
        LabelDefinition.aboveMedian(
            "retained-ltv-above-median",
            c -> c.ageMonths() >= 12,
            Customer::retained,
            Customer::ltv);
    assertEquals(
        List.of(Label.NEGATIVE, Label.POSITIVE, Label.NEGATIVE, Label.NEGATIVE, Label.UNKNOWN),
        good.label(base));
  }

  @Test
  void aboveMedian_oddCount_usesTheMiddleValue() {
    List<Customer> base =
        List.of(new Customer(12, true, 1), new Customer(12, true, 2), new Customer(12, true, 3));
    LabelDefinition<Customer> good =
        LabelDefinition.aboveMedian("m", c -> true, Customer::retained, Customer::ltv);
    assertEquals(List.of(Label.NEGATIVE, Label.NEGATIVE, Label.POSITIVE), good.label(base));
  }
}
