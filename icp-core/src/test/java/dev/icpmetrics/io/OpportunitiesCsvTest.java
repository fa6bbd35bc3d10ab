package dev.icpmetrics.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.icpmetrics.model.BuyerPersona;
import dev.icpmetrics.model.BuyingRole;
import dev.icpmetrics.model.Channel;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.Industry;
import dev.icpmetrics.model.JobFunction;
import dev.icpmetrics.model.Location;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.NaicsCode;
import dev.icpmetrics.model.Opportunity;
import dev.icpmetrics.model.OpportunityOutcome;
import dev.icpmetrics.model.Seniority;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpportunitiesCsvTest {

  static List<Opportunity> expectedValid() {
    Company acme =
        Company.builder("c-1", "Acme GmbH")
            .industry(Industry.of("Software", NaicsCode.of("513210")))
            .employees(120)
            .annualRevenue(Money.of("EUR", "12000000.00"))
            .location(Location.of("DE"))
            .build();
    Company beta = Company.of("c-2", "Beta Inc.");
    return List.of(
        Opportunity.closed(
            "o-1",
            acme,
            new BuyerPersona(
                "VP Sales", JobFunction.SALES, Seniority.VP, "Sales", BuyingRole.ECONOMIC_BUYER),
            Channel.of("outbound"),
            LocalDate.of(2024, 1, 10),
            OpportunityOutcome.WON,
            LocalDate.of(2024, 2, 9)),
        Opportunity.closed(
            "o-2",
            beta,
            new BuyerPersona(
                "IT Manager",
                JobFunction.INFORMATION_TECHNOLOGY,
                Seniority.MANAGER,
                "IT",
                BuyingRole.GATEKEEPER),
            Channel.of("paid-search"),
            LocalDate.of(2024, 3, 1),
            OpportunityOutcome.LOST,
            LocalDate.of(2024, 3, 1)),
        Opportunity.open(
            "o-3",
            acme,
            new BuyerPersona(
                "CFO", JobFunction.FINANCE, Seniority.CXO, "Finance", BuyingRole.ECONOMIC_BUYER),
            Channel.of("partner"),
            LocalDate.of(2024, 4, 1)));
  }

  @Test
  void read_validFile_givesEveryOpportunity() throws Exception {
    assertEquals(expectedValid(), OpportunitiesCsv.read(Golden.path("valid/opportunities.csv")));
  }

  @Test
  void write_readsBackEqual() {
    StringBuilder out = new StringBuilder();
    OpportunitiesCsv.write(expectedValid(), out, CsvFormat.defaults());
    assertTrue(
        out.toString().startsWith("id,company_id,company_name,industry,naics,employees,"),
        out.toString());
    assertEquals(
        expectedValid(),
        OpportunitiesCsv.read(new StringReader(out.toString()), "o.csv", CsvFormat.defaults()));
  }

  @Test
  void read_malformedFile_listsEveryProblem() {
    CsvException e =
        assertThrows(
            CsvException.class,
            () -> OpportunitiesCsv.read(Golden.path("malformed/opportunities.csv")));
    assertEquals(
        List.of(
            "row 2, column closed: must not be empty for a won opportunity",
            "row 3, column closed: closed must be empty for an OPEN opportunity, got 2024-02-01",
            "row 4, column closed: closed must be on or after created 2024-01-10, got 2024-01-09",
            "row 5, column outcome: expected one of [open, won, lost], got \"pending\"",
            "row 6, column revenue_currency: must not be empty when annual_revenue is filled",
            "row 7, column persona_title: must not be empty in a persona",
            "row 8, column company_id: must not be empty",
            "row 8, column created: must not be empty"),
        Golden.problems(e));
  }

  @Test
  void requiredColumns_includeTheWholePersona() {
    assertTrue(OpportunitiesCsv.requiredColumns().contains("persona_role"));
    assertTrue(OpportunitiesCsv.columns().containsAll(OpportunitiesCsv.requiredColumns()));
    assertEquals(11, OpportunitiesCsv.requiredColumns().size());
  }
}
