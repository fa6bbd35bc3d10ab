package dev.icpmetrics.model;

/**
 * The job function of a buyer: LinkedIn's 26 job functions, in LinkedIn's order and with its
 * numeric ids, plus {@link #OTHER}.
 */
public enum JobFunction {
  /** Accounting (LinkedIn function 1). */
  ACCOUNTING("Accounting", 1),
  /** Administrative (LinkedIn function 2). */
  ADMINISTRATIVE("Administrative", 2),
  /** Arts and Design (LinkedIn function 3). */
  ARTS_AND_DESIGN("Arts and Design", 3),
  /** Business Development (LinkedIn function 4). */
  BUSINESS_DEVELOPMENT("Business Development", 4),
  /** Community and Social Services (LinkedIn function 5). */
  COMMUNITY_AND_SOCIAL_SERVICES("Community and Social Services", 5),
  /** Consulting (LinkedIn function 6). */
  CONSULTING("Consulting", 6),
  /** Education (LinkedIn function 7). */
  EDUCATION("Education", 7),
  /** Engineering (LinkedIn function 8). */
  ENGINEERING("Engineering", 8),
  /** Entrepreneurship (LinkedIn function 9). */
  ENTREPRENEURSHIP("Entrepreneurship", 9),
  /** Finance (LinkedIn function 10). */
  FINANCE("Finance", 10),
  /** Healthcare Services (LinkedIn function 11). */
  HEALTHCARE_SERVICES("Healthcare Services", 11),
  /** Human Resources (LinkedIn function 12). */
  HUMAN_RESOURCES("Human Resources", 12),
  /** Information Technology (LinkedIn function 13). */
  INFORMATION_TECHNOLOGY("Information Technology", 13),
  /** Legal (LinkedIn function 14). */
  LEGAL("Legal", 14),
  /** Marketing (LinkedIn function 15). */
  MARKETING("Marketing", 15),
  /** Media and Communication (LinkedIn function 16). */
  MEDIA_AND_COMMUNICATION("Media and Communication", 16),
  /** Military and Protective Services (LinkedIn function 17). */
  MILITARY_AND_PROTECTIVE_SERVICES("Military and Protective Services", 17),
  /** Operations (LinkedIn function 18). */
  OPERATIONS("Operations", 18),
  /** Product Management (LinkedIn function 19). */
  PRODUCT_MANAGEMENT("Product Management", 19),
  /** Program and Project Management (LinkedIn function 20). */
  PROGRAM_AND_PROJECT_MANAGEMENT("Program and Project Management", 20),
  /** Purchasing (LinkedIn function 21). */
  PURCHASING("Purchasing", 21),
  /** Quality Assurance (LinkedIn function 22). */
  QUALITY_ASSURANCE("Quality Assurance", 22),
  /** Real Estate (LinkedIn function 23). */
  REAL_ESTATE("Real Estate", 23),
  /** Research (LinkedIn function 24). */
  RESEARCH("Research", 24),
  /** Sales (LinkedIn function 25). */
  SALES("Sales", 25),
  /** Customer Success and Support (LinkedIn function 26). */
  CUSTOMER_SUCCESS_AND_SUPPORT("Customer Success and Support", 26),
  /** Any function outside LinkedIn's list, or unknown. */
  OTHER("Other", 0);

  private final String label;
  private final int linkedInId;

  JobFunction(String label, int linkedInId) {
    this.label = label;
    this.linkedInId = linkedInId;
  }

  /** Returns LinkedIn's label, for example {@code "Customer Success and Support"}. */
  public String label() {
    return label;
  }

  /** Returns LinkedIn's id of the function, 1 to 26; 0 for {@link #OTHER}. */
  public int linkedInId() {
    return linkedInId;
  }
}
