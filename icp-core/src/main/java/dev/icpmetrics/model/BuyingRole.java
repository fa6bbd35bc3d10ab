package dev.icpmetrics.model;

/** The role a person plays in a purchase decision (the buying committee). */
public enum BuyingRole {
  /** Holds the budget or makes the final decision. */
  ECONOMIC_BUYER,
  /** Sells the purchase inside the company. */
  CHAMPION,
  /** Shapes the decision without making it. */
  INFLUENCER,
  /** Uses the product day to day. */
  USER,
  /** Controls access to the decision makers (procurement, IT security, assistants). */
  GATEKEEPER,
  /** Not known. */
  UNKNOWN
}
