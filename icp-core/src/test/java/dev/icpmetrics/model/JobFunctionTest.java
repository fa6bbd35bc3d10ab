package dev.icpmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JobFunctionTest {

  @Test
  void linkedInsTwentySixFunctions_plusOther() {
    assertEquals(27, JobFunction.values().length);
    assertEquals(26, Arrays.stream(JobFunction.values()).filter(f -> f.linkedInId() > 0).count());
    assertEquals("Accounting", JobFunction.ACCOUNTING.label());
    assertEquals(1, JobFunction.ACCOUNTING.linkedInId());
    assertEquals(13, JobFunction.INFORMATION_TECHNOLOGY.linkedInId());
    assertEquals(25, JobFunction.SALES.linkedInId());
    assertEquals("Customer Success and Support", JobFunction.CUSTOMER_SUCCESS_AND_SUPPORT.label());
    assertEquals(26, JobFunction.CUSTOMER_SUCCESS_AND_SUPPORT.linkedInId());
    assertEquals(0, JobFunction.OTHER.linkedInId());
  }

  @Test
  void ids_areOneToTwentySixInOrder() {
    JobFunction[] v = JobFunction.values();
    for (int i = 0; i < 26; i++) {
      assertEquals(i + 1, v[i].linkedInId(), v[i].name());
    }
  }
}
