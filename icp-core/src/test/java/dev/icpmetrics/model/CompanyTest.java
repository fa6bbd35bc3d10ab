package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CompanyTest {

  private static Company full() {
    return Company.builder("c-1", "Acme")
        .industry(Industry.of("Software", NaicsCode.of("513210")))
        .employees(120)
        .annualRevenue(Money.of("USD", "12000000"))
        .latestRound(FundingRound.SERIES_B)
        .location(Location.of("DE", "DE-BY"))
        .techStack(TechStack.of("Salesforce", "HubSpot"))
        .foundedYear(2015)
        .build();
  }

  @Test
  void javadocExample_builds() {
    Company acme =
        Company.builder("c-1", "Acme")
            .industry(Industry.of("Software", NaicsCode.of("513210")))
            .employees(120)
            .annualRevenue(Money.of("USD", "12000000"))
            .growthStage(FundingRound.SERIES_B.stage())
            .location(Location.of("DE", "DE-BY"))
            .techStack(TechStack.of("Salesforce", "HubSpot"))
            .foundedYear(2015)
            .build();
    assertEquals(full(), acme);
  }

  @Test
  void builder_setsEveryField() {
    Company c = full();
    assertEquals("c-1", c.id());
    assertEquals("Acme", c.name());
    assertEquals(Optional.of(Industry.of("Software", NaicsCode.of("513210"))), c.industry());
    assertEquals(OptionalLong.of(120), c.employees());
    assertEquals(Optional.of(Money.of("USD", "12000000")), c.annualRevenue());
    assertEquals(GrowthStage.EARLY, c.growthStage());
    assertEquals(Optional.of(Location.of("DE", "DE-BY")), c.location());
    assertEquals(TechStack.of("hubspot", "salesforce"), c.techStack());
    assertEquals(OptionalInt.of(2015), c.foundedYear());
  }

  @Test
  void of_leavesOptionalFieldsUnknown() {
    Company c = Company.of("c-2", "Beta");
    assertEquals(Optional.empty(), c.industry());
    assertEquals(OptionalLong.empty(), c.employees());
    assertEquals(Optional.empty(), c.annualRevenue());
    assertEquals(GrowthStage.BOOTSTRAPPED_OR_UNKNOWN, c.growthStage());
    assertEquals(Optional.empty(), c.location());
    assertEquals(TechStack.empty(), c.techStack());
    assertEquals(OptionalInt.empty(), c.foundedYear());
  }

  @Test
  void zeroEmployees_isKnownAndDifferentFromUnknown() {
    Company zero = Company.builder("c", "Solo").employees(0).build();
    assertEquals(OptionalLong.of(0), zero.employees());
    assertNotEquals(Company.of("c", "Solo"), zero);
  }

  @Test
  void toBuilder_roundTripsAndDerivesCopies() {
    Company c = full();
    assertEquals(c, c.toBuilder().build());
    assertEquals(c.hashCode(), c.toBuilder().build().hashCode());
    assertEquals(OptionalLong.of(130), c.toBuilder().employees(130).build().employees());
  }

  @Test
  void blankId_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Company.of("", "Acme"));
    assertEquals("id must not be blank, got \"\"", e.getMessage());
  }

  @Test
  void blankName_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Company.of("c-1", " "));
    assertEquals("name must not be blank, got \" \"", e.getMessage());
  }

  @Test
  void negativeEmployees_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Company.builder("c", "A").employees(-3));
    assertEquals("employees must be >= 0, got -3", e.getMessage());
  }

  @Test
  void negativeRevenue_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Company.builder("c", "A").annualRevenue(Money.of("USD", "-1")));
    assertEquals("annualRevenue must be >= 0, got USD -1.00", e.getMessage());
  }

  @Test
  void foundedYearOutOfRange_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Company.builder("c", "A").foundedYear(99));
    assertEquals("foundedYear must be in [1000, 9999], got 99", e.getMessage());
  }

  @Test
  void toString_listsTheKnownFields() {
    assertEquals(
        "Company[c-1 Acme, industry=Software (NAICS 513210), employees=120, revenue=USD"
            + " 12000000.00, stage=EARLY, location=DE/DE-BY, tech=[hubspot, salesforce],"
            + " founded=2015]",
        full().toString());
    assertEquals(
        "Company[c-2 Beta, stage=BOOTSTRAPPED_OR_UNKNOWN]", Company.of("c-2", "Beta").toString());
  }
}
