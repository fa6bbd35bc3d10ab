package dev.icpmetrics.scoring;

import dev.icpmetrics.metrics.Window;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Acquisition;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.model.SubscriptionLifecycle;
import dev.icpmetrics.segment.Dimension;
import dev.icpmetrics.segment.SegmentAnalysis;
import dev.icpmetrics.segment.SegmentReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A small base with exact counts for the segment-attractiveness tests, analysed over June 2025 by
 * size band ({@link SizePolicy#guide()}), every account paying USD 100 a month:
 *
 * <pre>
 * band        employees  at risk  churned  new  direct CAC
 * SMB                50      100        5   10  USD 300
 * Mid-market        600       40        2    0  (no new customer: CAC undefined)
 * Enterprise      3,000       20        0    1  USD 900  (20 &lt; 30 at risk: insufficient data)
 * (unknown)           -       35        1    0
 * </pre>
 */
final class SegmentBase {
  private SegmentBase() {}

  static final Window JUNE = Window.month(YearMonth.of(2025, 6));
  static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);
  private static final LocalDate BEFORE = LocalDate.of(2024, 1, 10);

  static List<Account> accounts() {
    List<Account> out = new ArrayList<>();
    band(out, "smb", OptionalLong.of(50), 100, 5, 10, 300_00);
    band(out, "mid", OptionalLong.of(600), 40, 2, 0, 300_00);
    band(out, "ent", OptionalLong.of(3_000), 20, 0, 1, 900_00);
    band(out, "unk", OptionalLong.empty(), 35, 1, 0, 300_00);
    return List.copyOf(out);
  }

  static SegmentReport report() {
    return SegmentAnalysis.of(accounts())
        .segmentBy(Dimension.sizeBand(SizePolicy.guide()))
        .window(JUNE)
        .asOf(AS_OF)
        .run();
  }

  /**
   * Adds {@code atStart} accounts active before June, the first {@code churned} of them churning on
   * June 4th, and {@code fresh} acquired on June 2nd; each costs {@code cacMinor} cents.
   */
  private static void band(
      List<Account> out,
      String prefix,
      OptionalLong employees,
      int atStart,
      int churned,
      int fresh,
      long cacMinor) {
    for (int i = 0; i < atStart + fresh; i++) {
      boolean isNew = i >= atStart;
      LocalDate acquired = isNew ? JUNE.from().plusDays(1) : BEFORE;
      SubscriptionLifecycle life = SubscriptionLifecycle.acquiredOn(acquired);
      if (i < churned) {
        life = life.churnedOn(JUNE.from().plusDays(3));
      }
      String id = prefix + "-" + i;
      Company.Builder c = Company.builder("c-" + id, "Company " + id);
      if (employees.isPresent()) {
        c.employees(employees.getAsLong());
      }
      out.add(
          Account.of(
              id,
              c.build(),
              life,
              MrrHistory.startingAt(acquired, Money.ofMinor("USD", 100_00)),
              Acquisition.via("outbound").withDirectCost(Money.ofMinor("USD", cacMinor))));
    }
  }
}
