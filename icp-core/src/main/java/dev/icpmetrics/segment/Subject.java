package dev.icpmetrics.segment;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.BuyerPersona;
import dev.icpmetrics.model.Channel;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.Opportunity;
import org.jspecify.annotations.Nullable;

/**
 * What a dimension looks at: an account, or an opportunity seen through its company, persona and
 * channel (an opportunity has no insights and no account-level attributes).
 */
record Subject(
    Company company, @Nullable BuyerPersona persona, Channel channel, @Nullable Account account) {

  Subject {
    requireNonNull(company, "company");
    requireNonNull(channel, "channel");
  }

  static Subject of(Account a) {
    return new Subject(a.company(), a.primaryPersona().orElse(null), a.acquisition().channel(), a);
  }

  static Subject of(Opportunity o) {
    return new Subject(o.company(), o.persona(), o.channel(), null);
  }
}
