package dev.icpmetrics.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Acquisition;
import dev.icpmetrics.model.BuyerPersona;
import dev.icpmetrics.model.BuyingRole;
import dev.icpmetrics.model.Channel;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.FundingRound;
import dev.icpmetrics.model.Industry;
import dev.icpmetrics.model.Insights;
import dev.icpmetrics.model.JobFunction;
import dev.icpmetrics.model.Location;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.NaicsCode;
import dev.icpmetrics.model.Opportunity;
import dev.icpmetrics.model.Seniority;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.model.SubscriptionLifecycle;
import dev.icpmetrics.model.Tag;
import dev.icpmetrics.model.TechStack;
import dev.icpmetrics.model.TriggerEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DimensionTest {
  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

  private static final Company ACME =
      Company.builder("c-1", "Acme")
          .industry(Industry.of("Software", NaicsCode.of("541511")))
          .employees(120)
          .annualRevenue(Money.of("USD", "12000000"))
          .latestRound(FundingRound.SERIES_B)
          .location(Location.of("DE", "DE-BY"))
          .techStack(TechStack.of("Salesforce", "HubSpot"))
          .build();

  private static final Company BARE = Company.of("c-2", "Bare");

  private static Account account(Company c) {
    return Account.of(
        "a-" + c.id(),
        c,
        SubscriptionLifecycle.acquiredOn(DAY),
        MrrHistory.startingAt(DAY, Money.of("USD", "100")),
        Acquisition.via("Paid Search").withSalesCycleDays(45));
  }

  private static final Account FULL =
      account(ACME)
          .withPersonas(
              new BuyerPersona(
                  "VP Sales", JobFunction.SALES, Seniority.VP, "RevOps", BuyingRole.CHAMPION),
              new BuyerPersona(
                  "CFO", JobFunction.FINANCE, Seniority.CXO, "Finance", BuyingRole.ECONOMIC_BUYER))
          .withInsights(
              Insights.empty()
                  .withPainPoints(Tag.of("Manual reporting"), Tag.of("Data silos"))
                  .withTriggerEvents(
                      TriggerEvent.of(Tag.of("New funding"), DAY.minusDays(40)),
                      TriggerEvent.of(Tag.of("New funding"), DAY.minusDays(10))));
  private static final Account EMPTY = account(BARE);

  private static Set<String> of(String... v) {
    return Set.of(v);
  }

  @Test
  void firmographics_readTheCompany() {
    assertEquals(of("Software"), Dimension.industry().valuesOf(FULL));
    assertEquals(of("54"), Dimension.industry(NaicsCode.Level.SECTOR).valuesOf(FULL));
    assertEquals(of("5415"), Dimension.industry(NaicsCode.Level.INDUSTRY_GROUP).valuesOf(FULL));
    assertEquals(of("SMB"), Dimension.sizeBand(SizePolicy.guide()).valuesOf(FULL));
    assertEquals(of("EMEA"), Dimension.region(RegionScheme.amerEmeaApac()).valuesOf(FULL));
    assertEquals(of("DE"), Dimension.country().valuesOf(FULL));
    assertEquals(of("EARLY"), Dimension.growthStage().valuesOf(FULL));
    assertEquals(of("100 to < 500"), Dimension.employees(Bands.at(100, 500)).valuesOf(FULL));
  }

  @Test
  void industry_rangedSector_printsAsNaicsDoes() {
    Company c =
        Company.builder("c-9", "Mill")
            .industry(Industry.of("Steel", NaicsCode.of("331110")))
            .build();
    assertEquals(of("31-33"), Dimension.industry(NaicsCode.Level.SECTOR).valuesOf(account(c)));
  }

  @Test
  void industry_codeCoarserThanTheLevel_isUnknown() {
    Company c = Company.builder("c-9", "X").industry(Industry.of("IT", NaicsCode.of("54"))).build();
    assertTrue(Dimension.industry(NaicsCode.Level.SUBSECTOR).valuesOf(account(c)).isEmpty());
  }

  @Test
  void buyers_readThePrimaryPersona() {
    assertEquals(of("CHAMPION"), Dimension.buyingRole().valuesOf(FULL));
    assertEquals(of("SALES"), Dimension.jobFunction().valuesOf(FULL));
    assertEquals(of("VP"), Dimension.seniority().valuesOf(FULL));
    assertEquals(of("RevOps"), Dimension.department().valuesOf(FULL));
    assertEquals(of("paid-search"), Dimension.channel().valuesOf(FULL));
    assertEquals(of("30 to < 60"), Dimension.salesCycleDays(Bands.at(30, 60)).valuesOf(FULL));
  }

  @Test
  void multiValued_giveEveryValue_triggerTypesCollapse() {
    assertEquals(of("data-silos", "manual-reporting"), Dimension.painPoint().valuesOf(FULL));
    assertEquals(of("new-funding"), Dimension.triggerEvent().valuesOf(FULL));
    assertEquals(of("hubspot", "salesforce"), Dimension.technology().valuesOf(FULL));
    assertTrue(Dimension.painPoint().isMultiValued());
    assertFalse(Dimension.industry().isMultiValued());
  }

  @Test
  void dimensionThatDoesNotApply_givesNoValue_soTheAccountIsUnknown() {
    for (Dimension d :
        List.of(
            Dimension.industry(),
            Dimension.industry(NaicsCode.Level.SECTOR),
            Dimension.sizeBand(SizePolicy.guide()),
            Dimension.region(RegionScheme.amerEmeaApac()),
            Dimension.country(),
            Dimension.employees(Bands.at(10)),
            Dimension.buyingRole(),
            Dimension.jobFunction(),
            Dimension.seniority(),
            Dimension.department(),
            Dimension.painPoint(),
            Dimension.triggerEvent(),
            Dimension.technology())) {
      assertTrue(d.valuesOf(EMPTY).isEmpty(), d.name());
    }
    assertEquals(of("BOOTSTRAPPED_OR_UNKNOWN"), Dimension.growthStage().valuesOf(EMPTY));
  }

  @Test
  void opportunities_seeCompanyPersonaAndChannel_butNotAccountInsights() {
    Opportunity o =
        Opportunity.open(
            "o-1",
            ACME,
            new BuyerPersona("CTO", JobFunction.ENGINEERING, Seniority.CXO, "IT", BuyingRole.USER),
            Channel.of("events"),
            DAY);
    assertEquals(of("SMB"), Dimension.sizeBand(SizePolicy.guide()).valuesOf(o));
    assertEquals(of("CXO"), Dimension.seniority().valuesOf(o));
    assertEquals(of("events"), Dimension.channel().valuesOf(o));
    assertEquals(of("hubspot", "salesforce"), Dimension.technology().valuesOf(o));
    assertTrue(Dimension.painPoint().valuesOf(o).isEmpty());
    assertTrue(Dimension.of("plan", a -> Optional.of("pro")).valuesOf(o).isEmpty());
    assertEquals(of("Acme"), Dimension.ofCompany("name", c -> Optional.of(c.name())).valuesOf(o));
  }

  @Test
  void custom_singleMultiAndNumeric() {
    Dimension plan = Dimension.of("plan", a -> Optional.of(a.id().endsWith("1") ? "pro" : "free"));
    assertEquals(of("pro"), plan.valuesOf(FULL));
    Dimension tags = Dimension.multi("tags", a -> List.of("x", "y", "x"));
    assertEquals(of("x", "y"), tags.valuesOf(FULL));
    Dimension mrr =
        Dimension.numeric(
            "mrr", a -> OptionalDouble.of(a.mrrOn(DAY).amount().doubleValue()), Bands.at(50, 500));
    assertEquals(of("50 to < 500"), mrr.valuesOf(FULL));
    Dimension nan = Dimension.numeric("x", a -> OptionalDouble.of(Double.NaN), Bands.at(1));
    assertTrue(nan.valuesOf(FULL).isEmpty());
    assertEquals("Dimension[tags, multi-valued]", tags.toString());
    assertEquals(
        "size by revenue", Dimension.sizeBand(SizePolicy.guide()).named("size by revenue").name());
  }

  @Test
  void custom_reservedUnknownValue_isRejected() {
    Dimension bad = Dimension.of("plan", a -> Optional.of(Dimension.UNKNOWN));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> bad.valuesOf(FULL));
    assertEquals(
        "value must not be the reserved label \"(unknown)\", got \"(unknown)\"", e.getMessage());
  }

  @Test
  void custom_blankValue_isRejected() {
    Dimension bad = Dimension.multi("tags", a -> List.of(" "));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> bad.valuesOf(FULL));
    assertEquals("value must not be blank, got \" \"", e.getMessage());
  }

  @Test
  void name_blank_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Dimension.of(" ", a -> Optional.empty()));
    assertEquals("name must not be blank, got \" \"", e.getMessage());
  }

  @Test
  void valueOrder_followsBandsAndEnums_unknownLast() {
    Dimension size = Dimension.sizeBand(SizePolicy.guide());
    List<String> v =
        new java.util.ArrayList<>(List.of(Dimension.UNKNOWN, "Enterprise", "SMB", "Mid-market"));
    v.sort(size.valueOrder());
    assertEquals(List.of("SMB", "Mid-market", "Enterprise", Dimension.UNKNOWN), v);
    List<String> s = new java.util.ArrayList<>(List.of("VP", "ENTRY", "CXO"));
    s.sort(Dimension.seniority().valueOrder());
    assertEquals(List.of("ENTRY", "VP", "CXO"), s);
  }
}
