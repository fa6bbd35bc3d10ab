package dev.icpmetrics.metrics;

import dev.icpmetrics.model.SubscriptionLifecycle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The union of several subscriptions' lifecycles: one customer active when any of them is. */
final class Lifecycles {
  private Lifecycles() {}

  /**
   * Returns the lifecycle active exactly on the days some of {@code lifecycles} is active, acquired
   * on the earliest acquired date. Spells that overlap or touch (one ends the day another starts)
   * merge into one.
   */
  static SubscriptionLifecycle union(List<SubscriptionLifecycle> lifecycles) {
    if (lifecycles.size() == 1) {
      return lifecycles.get(0);
    }
    List<LocalDate[]> spells = new ArrayList<>();
    for (SubscriptionLifecycle l : lifecycles) {
      List<LocalDate> c = l.churns();
      List<LocalDate> r = l.reactivations();
      for (int i = 0; i <= r.size(); i++) {
        LocalDate s = i == 0 ? l.acquired() : r.get(i - 1);
        LocalDate e = i < c.size() ? c.get(i) : LocalDate.MAX;
        spells.add(new LocalDate[] {s, e});
      }
    }
    spells.sort((a, b) -> a[0].compareTo(b[0]));
    List<LocalDate> churns = new ArrayList<>();
    List<LocalDate> reactivations = new ArrayList<>();
    LocalDate acquired = spells.get(0)[0];
    LocalDate end = spells.get(0)[1];
    for (int i = 1; i < spells.size(); i++) {
      LocalDate[] s = spells.get(i);
      if (!s[0].isAfter(end)) {
        if (s[1].isAfter(end)) {
          end = s[1];
        }
      } else {
        churns.add(end);
        reactivations.add(s[0]);
        end = s[1];
      }
    }
    if (!end.equals(LocalDate.MAX)) {
      churns.add(end);
    }
    return SubscriptionLifecycle.of(acquired, churns, reactivations);
  }
}
