package dev.icpmetrics.model;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;

/**
 * The person who bought, or who was sold to: title, job function, seniority, department and the
 * role they played in the decision.
 *
 * <p>Title and department are kept as written (trimmed) and must not be blank; segment on the
 * {@link JobFunction} and {@link Seniority}, which are closed vocabularies.
 *
 * @param title the job title, for example {@code "VP Revenue Operations"}
 * @param function the LinkedIn job function
 * @param seniority the LinkedIn seniority level
 * @param department the department as the customer names it, for example {@code "RevOps"}
 * @param role the role in the buying decision
 */
public record BuyerPersona(
    String title, JobFunction function, Seniority seniority, String department, BuyingRole role) {

  /** Validates and trims the fields. */
  public BuyerPersona {
    title = Checks.notBlank("title", title).strip();
    requireNonNull(function, "function");
    requireNonNull(seniority, "seniority");
    department = Checks.notBlank("department", department).strip();
    requireNonNull(role, "role");
  }

  /** Returns {@code VP Sales (SALES, VP, Sales, ECONOMIC_BUYER)}. */
  @Override
  public String toString() {
    return title + " (" + function + ", " + seniority + ", " + department + ", " + role + ")";
  }
}
