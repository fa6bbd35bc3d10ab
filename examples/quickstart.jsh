// The quick start as a JShell notebook. From the project root, after a build
// (./mvnw -B -q install -DskipTests):
//
//   jshell --class-path icp-examples/target/icp-quickstart.jar examples/quickstart.jsh
//
// It loads the sample base from examples/data/ (use your own CSV files instead), analyses it by
// size band, prints the table, derives a fit profile from the ICP and scores a prospect. Then the
// session stays open with report, fit and prospect defined: keep exploring.

import dev.icpmetrics.io.OpportunitiesCsv;
import dev.icpmetrics.io.ReportCsv;
import dev.icpmetrics.io.SpendCsv;
import dev.icpmetrics.io.WorksheetCsv;
import dev.icpmetrics.metrics.Window;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.AcquisitionSpend;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.Industry;
import dev.icpmetrics.model.Location;
import dev.icpmetrics.model.NaicsCode;
import dev.icpmetrics.model.Opportunity;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.model.TechStack;
import dev.icpmetrics.scoring.FitProfile;
import dev.icpmetrics.scoring.Score;
import dev.icpmetrics.scoring.ScoringStrategy;
import dev.icpmetrics.segment.Dimension;
import dev.icpmetrics.segment.SegmentAnalysis;
import dev.icpmetrics.segment.SegmentReport;
import java.time.YearMonth;

// 1. Load the three CSV files (docs/csv-schema.md). A bad file throws one CsvException that lists
//    every problem with its row and column; nothing is partially loaded.
List<Account> accounts = WorksheetCsv.readAccounts(Path.of("examples/data/worksheet.csv"));
List<AcquisitionSpend> spend = SpendCsv.read(Path.of("examples/data/spend.csv"));
List<Opportunity> opportunities = OpportunitiesCsv.read(Path.of("examples/data/opportunities.csv"));
System.out.println(accounts.size() + " accounts, e.g. " + accounts.get(0));

// 2. Analyse June 2025 by the guide's size bands.
// (JShell runs a line as soon as it completes a statement: chained calls end their lines with
// the dot.)
SegmentReport report = SegmentAnalysis.of(accounts).
    segmentBy(Dimension.sizeBand(SizePolicy.guide())).
    window(Window.month(YearMonth.of(2025, 6))).
    opportunities(opportunities).
    spend(spend).
    run();

// 3. The table, the notes and the ICP; one segment's metrics; the table as CSV or Markdown.
System.out.println(report);
System.out.println(report.row("Mid-market").snapshot());
System.out.println(report.icp());
String csv = ReportCsv.toCsv(report);
String markdown = report.toMarkdown();

// 4. Score a prospect against a fit profile: the ICP's size band, industries and stack.
ScoringStrategy<Company> fit = ScoringStrategy.companyFit(FitProfile.builder().
    size(3, SizePolicy::guide, "Mid-market").
    industry(2, "621111", "455219").
    techStack(1, "aws", "azure", "zendesk").
    country(1, "US", "DE", "GB").
    build());
Company prospect = Company.builder("p-1", "Acme Clinics").
    industry(Industry.of("Healthcare", NaicsCode.of("621111"))).
    employees(800).
    location(Location.of("DE")).
    techStack(TechStack.of("aws", "slack")).
    build();
Score score = fit.score(prospect);
System.out.println(score.explain());
