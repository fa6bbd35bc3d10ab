package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuyingRoleTest {

  @Test
  void roles_coverTheBuyingCommitteeAndUnknown() {
    assertEquals(
        List.of(
            BuyingRole.ECONOMIC_BUYER,
            BuyingRole.CHAMPION,
            BuyingRole.INFLUENCER,
            BuyingRole.USER,
            BuyingRole.GATEKEEPER,
            BuyingRole.UNKNOWN),
        List.of(BuyingRole.values()));
  }
}
