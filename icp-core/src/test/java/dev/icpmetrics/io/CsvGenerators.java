package dev.icpmetrics.io;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Acquisition;
import dev.icpmetrics.model.AcquisitionSpend;
import dev.icpmetrics.model.BuyerPersona;
import dev.icpmetrics.model.BuyingRole;
import dev.icpmetrics.model.Channel;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.GrowthStage;
import dev.icpmetrics.model.Industry;
import dev.icpmetrics.model.Insights;
import dev.icpmetrics.model.JobFunction;
import dev.icpmetrics.model.Location;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrChange;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.NaicsCode;
import dev.icpmetrics.model.Opportunity;
import dev.icpmetrics.model.OpportunityOutcome;
import dev.icpmetrics.model.Seniority;
import dev.icpmetrics.model.SpendKind;
import dev.icpmetrics.model.SubscriptionLifecycle;
import dev.icpmetrics.model.Tag;
import dev.icpmetrics.model.TechStack;
import dev.icpmetrics.model.TriggerEvent;
import dev.icpmetrics.testing.Gen;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generators of valid model values for the CSV round-trip properties. Text is drawn from an
 * alphabet that stresses the format: delimiters, quotes, line breaks, formula characters,
 * apostrophes, {@code |}, {@code =}, {@code @} and non-ASCII letters. Text never has surrounding
 * white space, which the readers trim.
 */
final class CsvGenerators {
  private CsvGenerators() {}

  private static final char[] ALPHABET = {
    'a', 'b', 'Z', '7', ' ', ',', ';', '"', '\'', '\n', '\r', '=', '+', '-', '@', '|', '#', 'é',
    'ß', '€', '中'
  };

  private static final List<Currency> CURRENCIES =
      List.of(
          Currency.getInstance("USD"), Currency.getInstance("EUR"), Currency.getInstance("JPY"));

  /** A vocabulary in which every id has one label, with labels that are hard to write. */
  private static final List<Tag> VOCABULARY =
      List.of(
          Tag.of("Manual reporting"),
          Tag.of("Slow close"),
          Tag.of("eq", "a = b"),
          Tag.of("neg", "-1"),
          Tag.of("-x", "=cmd()"),
          Tag.of("at", "x@y"),
          Tag.of("quote", "say \"hi\", ok"),
          Tag.of("uni", "Prüfung €"),
          Tag.of("apos", "'=already"));

  private static final List<String> CHANNELS = List.of("outbound", "paid-search", "partner", "-x");

  static final Gen<String> TEXT =
      r -> {
        int n = r.nextInt(1, 14);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
          b.append(ALPHABET[r.nextInt(ALPHABET.length)]);
        }
        String s = b.toString().strip();
        return s.isEmpty() ? "x" : s;
      };

  private static boolean coin(SplittableRandom r) {
    return r.nextBoolean();
  }

  private static <E extends Enum<E>> E pick(SplittableRandom r, Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[r.nextInt(values.length)];
  }

  private static LocalDate date(SplittableRandom r, LocalDate from, int maxDays) {
    return from.plusDays(r.nextInt(maxDays));
  }

  private static Money money(SplittableRandom r, Currency c, long maxMinor) {
    return Money.ofMinor(c, r.nextLong(maxMinor));
  }

  static final Gen<Company> COMPANY =
      r -> {
        Company.Builder b = Company.builder(TEXT.next(r), TEXT.next(r));
        if (coin(r)) {
          String label = TEXT.next(r);
          b.industry(
              coin(r)
                  ? Industry.of(label)
                  : Industry.of(label, NaicsCode.of(r.nextBoolean() ? "513210" : "44")));
        }
        if (coin(r)) {
          b.employees(r.nextLong(0, 1_000_000));
        }
        if (coin(r)) {
          b.annualRevenue(money(r, CURRENCIES.get(r.nextInt(3)), 1_000_000_000_000L));
        }
        if (coin(r)) {
          b.growthStage(pick(r, GrowthStage.class));
        }
        if (coin(r)) {
          b.location(coin(r) ? Location.of("DE") : Location.of("US", "US-CA"));
        }
        if (coin(r)) {
          b.foundedYear(r.nextInt(1800, 2030));
        }
        if (coin(r)) {
          b.techStack(TechStack.of("HubSpot", "c++", "node.js"));
        }
        return b.build();
      };

  static final Gen<BuyerPersona> PERSONA =
      r ->
          new BuyerPersona(
              TEXT.next(r),
              pick(r, JobFunction.class),
              pick(r, Seniority.class),
              TEXT.next(r),
              pick(r, BuyingRole.class));

  private static Tag[] tags(SplittableRandom r) {
    List<Tag> out = new ArrayList<>();
    for (Tag t : VOCABULARY) {
      if (r.nextInt(4) == 0) {
        out.add(t);
      }
    }
    return out.toArray(new Tag[0]);
  }

  static final Gen<Account> ACCOUNT =
      r -> {
        Currency currency = CURRENCIES.get(r.nextInt(3));
        LocalDate acquired = date(r, LocalDate.of(2015, 1, 1), 3650);
        SubscriptionLifecycle lifecycle = SubscriptionLifecycle.acquiredOn(acquired);
        LocalDate at = acquired;
        int spells = r.nextInt(3);
        for (int i = 0; i < spells; i++) {
          at = date(r, at, 400);
          lifecycle = lifecycle.churnedOn(at);
          if (coin(r)) {
            at = at.plusDays(r.nextInt(1, 300));
            lifecycle = lifecycle.reactivatedOn(at);
          } else {
            break;
          }
        }
        List<MrrChange> changes = new ArrayList<>();
        LocalDate effective = acquired;
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          changes.add(MrrChange.of(effective, money(r, currency, 10_000_000)));
          effective = effective.plusDays(r.nextInt(1, 400));
        }
        Acquisition acquisition = Acquisition.via(CHANNELS.get(r.nextInt(CHANNELS.size())));
        if (coin(r)) {
          acquisition = acquisition.withCampaign(TEXT.next(r));
        }
        if (coin(r)) {
          acquisition = acquisition.withSalesCycleDays(r.nextInt(0, 1000));
        }
        if (coin(r)) {
          acquisition = acquisition.withDirectCost(money(r, currency, 10_000_000));
        }
        List<BuyerPersona> personas = new ArrayList<>();
        int p = r.nextInt(WorksheetCsv.MAX_PERSONAS + 1);
        for (int i = 0; i < p; i++) {
          personas.add(PERSONA.next(r));
        }
        Insights insights = Insights.empty();
        if (coin(r)) {
          List<TriggerEvent> events = new ArrayList<>();
          for (Tag t : tags(r)) {
            events.add(TriggerEvent.of(t, date(r, LocalDate.of(2014, 1, 1), 4000)));
          }
          insights =
              insights
                  .withPainPoints(tags(r))
                  .withTriggerEvents(events.toArray(new TriggerEvent[0]))
                  .withDesiredOutcomes(tags(r))
                  .withBenefits(tags(r))
                  .withReasonsChosen(tags(r));
        }
        return new Account(
            TEXT.next(r),
            COMPANY.next(r),
            personas,
            lifecycle,
            new MrrHistory(currency, changes),
            acquisition,
            insights);
      };

  static final Gen<AcquisitionSpend> SPEND =
      r ->
          new AcquisitionSpend(
              YearMonth.of(r.nextInt(2000, 2040), r.nextInt(1, 13)),
              Channel.of(CHANNELS.get(r.nextInt(CHANNELS.size()))),
              money(r, CURRENCIES.get(r.nextInt(3)), 1_000_000_000L),
              pick(r, SpendKind.class));

  static final Gen<Opportunity> OPPORTUNITY =
      r -> {
        LocalDate created = date(r, LocalDate.of(2018, 1, 1), 2000);
        Channel channel = Channel.of(CHANNELS.get(r.nextInt(CHANNELS.size())));
        OpportunityOutcome outcome = pick(r, OpportunityOutcome.class);
        return outcome == OpportunityOutcome.OPEN
            ? Opportunity.open(TEXT.next(r), COMPANY.next(r), PERSONA.next(r), channel, created)
            : Opportunity.closed(
                TEXT.next(r),
                COMPANY.next(r),
                PERSONA.next(r),
                channel,
                created,
                outcome,
                created.plusDays(r.nextInt(0, 200)));
      };
}
