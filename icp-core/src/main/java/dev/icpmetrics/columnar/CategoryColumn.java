package dev.icpmetrics.columnar;

/**
 * The single-valued categorical columns of a {@link CustomerBase}, each stored as dictionary codes
 * with a missing bitmap.
 *
 * <p>Columns backed by a closed set (size bands of the base's policy, regions, growth stages,
 * seniority, job function, buying role) have their whole dictionary up front, in declaration order,
 * so a code is the constant's ordinal. The others (industry, country, channel, department) grow
 * their dictionary in order of first appearance.
 */
public enum CategoryColumn implements SegmentColumn {
  /** The company's industry, label and NAICS code ({@code Industry.toString()}). */
  INDUSTRY("industry"),
  /** The company's size band under the base's {@code SizePolicy}. */
  SIZE_BAND("sizeBand"),
  /** The company's ISO 3166-1 alpha-2 country. */
  COUNTRY("country"),
  /** The UN M49 region of the country ({@code GeoRegion}). */
  REGION("region"),
  /** The company's growth stage; never missing. */
  GROWTH_STAGE("growthStage"),
  /** The acquisition channel key; never missing. */
  CHANNEL("channel"),
  /** The primary buyer's seniority. */
  SENIORITY("seniority"),
  /** The primary buyer's job function. */
  JOB_FUNCTION("jobFunction"),
  /** The primary buyer's buying role. */
  BUYING_ROLE("buyingRole"),
  /** The primary buyer's department. */
  DEPARTMENT("department");

  private final String columnName;

  CategoryColumn(String columnName) {
    this.columnName = columnName;
  }

  /** Returns the column's name as shown in tables, such as {@code sizeBand}. */
  @Override
  public String columnName() {
    return columnName;
  }
}
