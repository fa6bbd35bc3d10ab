package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChannelTest {

  @Test
  void of_normalisesCaseAndWhitespace_soSpellingsJoin() {
    assertEquals(Channel.of("paid-search"), Channel.of(" Paid  Search "));
    assertEquals("paid-search", Channel.of("Paid\tSearch").key());
    assertNotEquals(Channel.of("paid-search"), Channel.of("paid_search"));
  }

  @Test
  void blank_isRejectedWithTheRawValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Channel.of("  "));
    assertEquals(
        "channel must be a non-empty key of letters, digits and + # . / _ -, got \"  \"",
        e.getMessage());
  }

  @Test
  void otherCharacters_areRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Channel.of("events & fairs"));
    assertEquals(
        "channel must be a non-empty key of letters, digits and + # . / _ -, got \"events & fairs\"",
        e.getMessage());
  }

  @Test
  void toString_isTheKey() {
    assertEquals("outbound", Channel.of("Outbound").toString());
  }
}
