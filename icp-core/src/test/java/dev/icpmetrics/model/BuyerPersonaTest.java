package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BuyerPersonaTest {

  @Test
  void constructor_trimsTitleAndDepartment() {
    BuyerPersona p =
        new BuyerPersona(
            " VP Sales ", JobFunction.SALES, Seniority.VP, " Sales ", BuyingRole.ECONOMIC_BUYER);
    assertEquals("VP Sales", p.title());
    assertEquals("Sales", p.department());
    assertEquals(Fixtures.vpSales(), p);
  }

  @Test
  void blankTitle_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new BuyerPersona(
                    "", JobFunction.SALES, Seniority.VP, "Sales", BuyingRole.ECONOMIC_BUYER));
    assertEquals("title must not be blank, got \"\"", e.getMessage());
  }

  @Test
  void blankDepartment_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new BuyerPersona(
                    "VP Sales", JobFunction.SALES, Seniority.VP, "\t", BuyingRole.CHAMPION));
    assertEquals("department must not be blank, got \"\t\"", e.getMessage());
  }

  @Test
  void toString_isOneLine() {
    assertEquals("VP Sales (SALES, VP, Sales, ECONOMIC_BUYER)", Fixtures.vpSales().toString());
  }
}
