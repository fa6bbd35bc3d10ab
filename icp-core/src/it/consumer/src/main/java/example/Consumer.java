package example;

import dev.icpmetrics.model.Money;

/** One call into the published artifact, as a user would make it. */
public final class Consumer {
  private Consumer() {}

  public static void main(String[] args) {
    Money total = Money.parse("USD 1200.50").plus(Money.ofMinor("USD", 50));
    System.out.println("consumer-check: " + total);
  }
}
