package dev.icpmetrics.columnar;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.model.Account;
import dev.icpmetrics.model.Acquisition;
import dev.icpmetrics.model.BuyerPersona;
import dev.icpmetrics.model.BuyingRole;
import dev.icpmetrics.model.Company;
import dev.icpmetrics.model.CurrencyMismatchException;
import dev.icpmetrics.model.GeoRegion;
import dev.icpmetrics.model.GrowthStage;
import dev.icpmetrics.model.Industry;
import dev.icpmetrics.model.Insights;
import dev.icpmetrics.model.JobFunction;
import dev.icpmetrics.model.Location;
import dev.icpmetrics.model.Money;
import dev.icpmetrics.model.MrrChange;
import dev.icpmetrics.model.MrrHistory;
import dev.icpmetrics.model.Seniority;
import dev.icpmetrics.model.SizeBand;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.model.SubscriptionLifecycle;
import dev.icpmetrics.model.Tag;
import dev.icpmetrics.model.TechStack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An immutable columnar customer base: one primitive array per attribute of the accounts, row
 * {@code i} being the {@code i}-th account appended (or, when grouped, see below).
 *
 * <p>Layout:
 *
 * <ul>
 *   <li>categories ({@link CategoryColumn}): dictionary codes, one, two or four bytes per row
 *       depending on the dictionary's size, with a missing bitmap;
 *   <li>tags ({@link TagColumn}): a bitset of {@code ceil(tags / 64)} {@code long} words per row;
 *   <li>dates: epoch-day {@code int}s. The lifecycle is the acquired day plus, per row, its churn
 *       and reactivation days in order ({@code churn, reactivation, churn, ...}) in one shared
 *       array with row offsets: a row with an odd number of events is churned, its last event the
 *       churn date, so no sentinel date exists;
 *   <li>money: {@code long} minor units of the base's one currency (MRR changes as day and amount
 *       per change with row offsets; annual revenue; direct acquisition cost);
 *   <li>nullable numbers (employees, revenue, founding year, direct cost, sales cycle): the value
 *       array plus a missing bitmap; a missing value's slot holds 0 and is never read as a value.
 * </ul>
 *
 * <p>Only the primary buyer persona is kept (seniority, job function, buying role, department);
 * account ids, company names, campaigns, trigger events and the other insight tags are not stored.
 * {@link #account(int)} rebuilds an {@link Account} of a row from what is stored, with id and name
 * {@code row-<i>}.
 *
 * <p>Grouped storage: a base built with {@link Builder#groupBy} stores its rows sorted by the cell
 * of those columns (a stable counting sort done once in {@code build()}, the missing value of a
 * column being its own last cell), and {@link #segmentOffsets()} gives each cell's row range.
 * Within a cell, rows are ordered by history shape: by lifecycle event count (0, 1, 2 or more),
 * then by MRR change count (0 to 3, 4 or more), then in append order; so the rows of one shape are
 * contiguous, and the lifecycle and MRR days of rows with the same counts lie at a constant stride.
 * (When the cells times 15 shapes exceed both 65,536 and the row count, or exceed 2^24, a cell's
 * rows stay in append order: the counters are bounded by the rows.) The kernels then walk cells
 * without reading the codes. Row {@code i} is then no longer the {@code i}-th appended; {@link
 * #appendOrder()} maps back.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
// The codes of closed columns and the column arrays are indexed by declaration order, by contract.
@SuppressWarnings("EnumOrdinal")
public final class CustomerBase {
  private static final int CATEGORIES = CategoryColumn.values().length;
  private static final int TAGS = TagColumn.values().length;
  private static final int[] NO_INTS = new int[0];

  /** The lifecycle event counts a grouped base orders by within a cell: 0, 1, 2 or more. */
  private static final int LIFE_SHAPES = 3;

  /** The MRR change counts a grouped base orders by within a cell: 0 to 3, 4 or more. */
  private static final int MRR_SHAPES = 5;

  private static final int SHAPES = LIFE_SHAPES * MRR_SHAPES;

  /**
   * The most (cell, shape) counters a grouped build allocates: at most as many as its rows (but
   * always this minimum), and never more than {@link #MAX_SHAPE_BUCKETS}. Above, it orders by cell
   * only.
   */
  private static final int MIN_SHAPE_BUCKETS = 1 << 16;

  private static final int MAX_SHAPE_BUCKETS = 1 << 24;

  private final int rows;
  private final Currency currency;
  private final SizePolicy sizePolicy;
  private final List<List<String>> dictionaries;
  private final List<Industry> industries;
  private final Codes[] codes;
  private final long[][] categoryMissing;
  private final List<List<String>> tagDictionaries;
  private final List<String> painPointLabels;
  private final int[] tagWordsPerRow;
  private final long[][] tagWords;
  private final long[] employees;
  private final long[] employeesMissing;
  private final long[] revenueMinor;
  private final long[] revenueMissing;
  private final int[] foundedYear;
  private final long[] foundedMissing;
  private final long[] directCostMinor;
  private final long[] directCostMissing;
  private final int[] salesCycleDays;
  private final long[] salesCycleMissing;
  private final int[] acquired;
  private final int[] lifeOffsets;
  private final int[] lifeDays;
  private final int[] mrrOffsets;
  private final int[] mrrDays;
  private final long[] mrrMinor;
  private final List<CategoryColumn> groupedBy;
  private final int[] segmentOffsets;
  private final int[] appendOrder;
  private final long maxMrrMinor;

  /**
   * Copies the builder's columns, in append order or, when grouped, moving appended row {@code i}
   * to row {@code destination[i]} ({@code permutation} is its inverse). Every column is moved by
   * scattering: reading the source in order and writing to one run per cell keeps both sides
   * sequential, where gathering by {@code permutation} would read every source cache line once per
   * cell.
   */
  private CustomerBase(Builder b, int[] permutation, int[] destination) {
    rows = b.rows;
    currency = b.currency;
    sizePolicy = b.sizePolicy;
    List<List<String>> dicts = new ArrayList<>();
    for (Dict d : b.dicts) {
      dicts.add(d.values());
    }
    dictionaries = List.copyOf(dicts);
    industries = List.copyOf(b.industryValues);
    boolean p = permutation.length > 0;
    codes = new Codes[CATEGORIES];
    categoryMissing = new long[CATEGORIES][];
    for (int c = 0; c < CATEGORIES; c++) {
      codes[c] = p ? b.codes[c].moved(destination) : b.codes[c].trimmed();
      categoryMissing[c] = bitmap(b.categoryMissing[c], rows, destination);
    }
    tagDictionaries = List.of(b.tagDicts[0].values(), b.tagDicts[1].values());
    painPointLabels = List.copyOf(b.painPointLabels);
    tagWordsPerRow = new int[TAGS];
    tagWords = new long[TAGS][];
    for (int t = 0; t < TAGS; t++) {
      int w = (b.tagDicts[t].size() + 63) >>> 6;
      tagWordsPerRow[t] = w;
      long[] words = new long[Math.multiplyExact(w, rows)];
      int[] off = b.tagOffsets[t].a;
      int[] tc = b.tagCodes[t].a;
      for (int src = 0; src < rows; src++) {
        int r = p ? destination[src] : src;
        for (int k = off[src]; k < off[src + 1]; k++) {
          words[r * w + (tc[k] >>> 6)] |= 1L << tc[k];
        }
      }
      tagWords[t] = words;
    }
    employees = longs(b.employees, destination);
    employeesMissing = bitmap(b.employeesMissing, rows, destination);
    revenueMinor = longs(b.revenueMinor, destination);
    revenueMissing = bitmap(b.revenueMissing, rows, destination);
    foundedYear = ints(b.foundedYear, destination);
    foundedMissing = bitmap(b.foundedMissing, rows, destination);
    directCostMinor = longs(b.directCostMinor, destination);
    directCostMissing = bitmap(b.directCostMissing, rows, destination);
    salesCycleDays = ints(b.salesCycleDays, destination);
    salesCycleMissing = bitmap(b.salesCycleMissing, rows, destination);
    acquired = ints(b.acquired, destination);
    if (p) {
      lifeOffsets = movedOffsets(b.lifeOffsets.a, destination);
      lifeDays = new int[lifeOffsets[rows]];
      mrrOffsets = movedOffsets(b.mrrOffsets.a, destination);
      mrrDays = new int[mrrOffsets[rows]];
      mrrMinor = new long[mrrDays.length];
      for (int src = 0; src < rows; src++) {
        int r = destination[src];
        int from = b.lifeOffsets.a[src];
        System.arraycopy(
            b.lifeDays.a, from, lifeDays, lifeOffsets[r], b.lifeOffsets.a[src + 1] - from);
        from = b.mrrOffsets.a[src];
        int n = b.mrrOffsets.a[src + 1] - from;
        System.arraycopy(b.mrrDays.a, from, mrrDays, mrrOffsets[r], n);
        System.arraycopy(b.mrrMinor.a, from, mrrMinor, mrrOffsets[r], n);
      }
    } else {
      lifeOffsets = b.lifeOffsets.trimmed();
      lifeDays = b.lifeDays.trimmed();
      mrrOffsets = b.mrrOffsets.trimmed();
      mrrDays = b.mrrDays.trimmed();
      mrrMinor = b.mrrMinor.trimmed();
    }
    groupedBy = List.copyOf(b.groupBy);
    segmentOffsets = b.segmentOffsets;
    appendOrder = permutation;
    long max = 0;
    for (long m : mrrMinor) {
      max = Math.max(max, m);
    }
    maxMrrMinor = max;
  }

  private static long[] bitmap(long[] words, int rows, int[] destination) {
    return destination.length > 0 ? Bits.moved(words, destination) : Bits.trimmed(words, rows);
  }

  private static long[] longs(LongBuf buf, int[] destination) {
    if (destination.length == 0) {
      return buf.trimmed();
    }
    long[] out = new long[destination.length];
    for (int i = 0; i < out.length; i++) {
      out[destination[i]] = buf.a[i];
    }
    return out;
  }

  private static int[] ints(IntBuf buf, int[] destination) {
    if (destination.length == 0) {
      return buf.trimmed();
    }
    int[] out = new int[destination.length];
    for (int i = 0; i < out.length; i++) {
      out[destination[i]] = buf.a[i];
    }
    return out;
  }

  /**
   * The offsets of a variable-length column after moving row {@code i} to {@code destination[i]}.
   */
  private static int[] movedOffsets(int[] offsets, int[] destination) {
    int n = destination.length;
    int[] off = new int[n + 1];
    for (int src = 0; src < n; src++) {
      off[destination[src] + 1] = offsets[src + 1] - offsets[src];
    }
    for (int r = 0; r < n; r++) {
      off[r + 1] += off[r];
    }
    return off;
  }

  /**
   * Returns an empty builder for a base in {@code currency}, with the guide's size policy.
   *
   * @param currency the currency of every amount in the base
   * @return the builder
   */
  public static Builder builder(Currency currency) {
    return new Builder(requireNonNull(currency, "currency"));
  }

  /** Returns {@code builder(Currency.getInstance(currencyCode))}. */
  public static Builder builder(String currencyCode) {
    requireNonNull(currencyCode, "currencyCode");
    return builder(Currency.getInstance(currencyCode));
  }

  /** Returns the number of rows (accounts). */
  public int rowCount() {
    return rows;
  }

  /** Returns the currency of every amount. */
  public Currency currency() {
    return currency;
  }

  /** Returns the size policy that gave the {@link CategoryColumn#SIZE_BAND} codes. */
  public SizePolicy sizePolicy() {
    return sizePolicy;
  }

  /**
   * Returns the dictionary of a category column: the value of code {@code c} is element {@code c}.
   *
   * @param column the column
   * @return the values, unmodifiable
   */
  public List<String> dictionary(CategoryColumn column) {
    return dictionaries.get(column.ordinal());
  }

  /** Returns the industries of {@link CategoryColumn#INDUSTRY}, in code order. */
  public List<Industry> industries() {
    return industries;
  }

  /**
   * Returns the code of a row's value, or empty if the value is missing.
   *
   * @param column the column
   * @param row the row, in {@code [0, rowCount())}
   * @return the code, an index into {@link #dictionary}
   */
  public OptionalInt code(CategoryColumn column, int row) {
    checkRow(row);
    return Bits.get(categoryMissing[column.ordinal()], row)
        ? OptionalInt.empty()
        : OptionalInt.of(codes[column.ordinal()].get(row));
  }

  /**
   * Returns a row's value of a category column, or empty if missing.
   *
   * @param column the column
   * @param row the row
   * @return the value from the dictionary
   */
  public Optional<String> value(CategoryColumn column, int row) {
    OptionalInt c = code(column, row);
    return c.isPresent() ? Optional.of(dictionary(column).get(c.getAsInt())) : Optional.empty();
  }

  /**
   * Returns the dictionary of a tag column: tag ids for pain points, technology keys for the tech
   * stack, in code order.
   *
   * @param column the column
   * @return the tags, unmodifiable
   */
  public List<String> tagDictionary(TagColumn column) {
    return tagDictionaries.get(column.ordinal());
  }

  /** The values of a category or tag column in code order: its dictionary or tag dictionary. */
  List<String> valuesOf(SegmentColumn column) {
    return column instanceof TagColumn t ? tagDictionary(t) : dictionary((CategoryColumn) column);
  }

  /**
   * Returns the tags of a row, sorted.
   *
   * @param column the column
   * @param row the row
   * @return the tags (ids or keys), possibly empty
   */
  public Set<String> tags(TagColumn column, int row) {
    checkRow(row);
    int t = column.ordinal();
    int w = tagWordsPerRow[t];
    TreeSet<String> out = new TreeSet<>();
    for (int k = 0; k < w; k++) {
      long word = tagWords[t][row * w + k];
      while (word != 0) {
        out.add(tagDictionaries.get(t).get(k * 64 + Long.numberOfTrailingZeros(word)));
        word &= word - 1;
      }
    }
    return out;
  }

  /** Returns the row's employee count, if known. */
  public OptionalLong employees(int row) {
    checkRow(row);
    return Bits.get(employeesMissing, row) ? OptionalLong.empty() : OptionalLong.of(employees[row]);
  }

  /** Returns the row's annual revenue in minor units of {@link #currency()}, if known. */
  public OptionalLong annualRevenueMinor(int row) {
    checkRow(row);
    return Bits.get(revenueMissing, row)
        ? OptionalLong.empty()
        : OptionalLong.of(revenueMinor[row]);
  }

  /** Returns the row's founding year, if known. */
  public OptionalInt foundedYear(int row) {
    checkRow(row);
    return Bits.get(foundedMissing, row) ? OptionalInt.empty() : OptionalInt.of(foundedYear[row]);
  }

  /** Returns the row's direct acquisition cost in minor units, if known. */
  public OptionalLong directCostMinor(int row) {
    checkRow(row);
    return Bits.get(directCostMissing, row)
        ? OptionalLong.empty()
        : OptionalLong.of(directCostMinor[row]);
  }

  /** Returns the row's sales cycle in days, if known. */
  public OptionalInt salesCycleDays(int row) {
    checkRow(row);
    return Bits.get(salesCycleMissing, row)
        ? OptionalInt.empty()
        : OptionalInt.of(salesCycleDays[row]);
  }

  /** Returns the row's acquired date. */
  public LocalDate acquired(int row) {
    checkRow(row);
    return LocalDate.ofEpochDay(acquired[row]);
  }

  /** Returns the row's acquired date as an epoch day. */
  public int acquiredDay(int row) {
    checkRow(row);
    return acquired[row];
  }

  /**
   * Returns the number of lifecycle events of a row: its churns and reactivations, which alternate
   * starting with a churn; odd means churned.
   */
  public int lifecycleEventCount(int row) {
    checkRow(row);
    return lifeOffsets[row + 1] - lifeOffsets[row];
  }

  /**
   * Returns the epoch day of a row's {@code k}-th lifecycle event: a churn for even {@code k}, a
   * reactivation for odd {@code k}.
   *
   * @param row the row
   * @param k the event, in {@code [0, lifecycleEventCount(row))}
   * @return the epoch day
   */
  public int lifecycleEventDay(int row, int k) {
    Checks.inRange("k", k, 0, lifecycleEventCount(row) - 1);
    return lifeDays[lifeOffsets[row] + k];
  }

  /** Returns the number of MRR changes of a row. */
  public int mrrChangeCount(int row) {
    checkRow(row);
    return mrrOffsets[row + 1] - mrrOffsets[row];
  }

  /** Returns the effective epoch day of a row's {@code k}-th MRR change, in date order. */
  public int mrrChangeDay(int row, int k) {
    Checks.inRange("k", k, 0, mrrChangeCount(row) - 1);
    return mrrDays[mrrOffsets[row] + k];
  }

  /** Returns the amount in minor units of a row's {@code k}-th MRR change. */
  public long mrrChangeMinor(int row, int k) {
    Checks.inRange("k", k, 0, mrrChangeCount(row) - 1);
    return mrrMinor[mrrOffsets[row] + k];
  }

  /** Returns the date of the churn that ended the row's last spell, or empty if still active. */
  public Optional<LocalDate> churned(int row) {
    checkRow(row);
    int n = lifeOffsets[row + 1] - lifeOffsets[row];
    return n % 2 == 1
        ? Optional.of(LocalDate.ofEpochDay(lifeDays[lifeOffsets[row + 1] - 1]))
        : Optional.empty();
  }

  /** Returns the row's full lifecycle. */
  public SubscriptionLifecycle lifecycle(int row) {
    checkRow(row);
    List<LocalDate> churns = new ArrayList<>();
    List<LocalDate> reactivations = new ArrayList<>();
    for (int k = lifeOffsets[row], j = 0; k < lifeOffsets[row + 1]; k++, j++) {
      (j % 2 == 0 ? churns : reactivations).add(LocalDate.ofEpochDay(lifeDays[k]));
    }
    return SubscriptionLifecycle.of(LocalDate.ofEpochDay(acquired[row]), churns, reactivations);
  }

  /** Returns the row's MRR history. */
  public MrrHistory mrrHistory(int row) {
    checkRow(row);
    List<MrrChange> changes = new ArrayList<>();
    for (int k = mrrOffsets[row]; k < mrrOffsets[row + 1]; k++) {
      changes.add(
          MrrChange.of(LocalDate.ofEpochDay(mrrDays[k]), Money.ofMinor(currency, mrrMinor[k])));
    }
    return new MrrHistory(currency, changes);
  }

  /**
   * Rebuilds the account of a row from what the base stores, with id and company name {@code
   * row-<i>} and the primary persona's title equal to its department.
   *
   * @param row the row
   * @return the account
   */
  public Account account(int row) {
    checkRow(row);
    String id = "row-" + row;
    Company.Builder c = Company.builder(id, id);
    OptionalInt ind = code(CategoryColumn.INDUSTRY, row);
    if (ind.isPresent()) {
      c.industry(industries.get(ind.getAsInt()));
    }
    employees(row).ifPresent(c::employees);
    annualRevenueMinor(row).ifPresent(r -> c.annualRevenue(Money.ofMinor(currency, r)));
    c.growthStage(GrowthStage.values()[codes[CategoryColumn.GROWTH_STAGE.ordinal()].get(row)]);
    value(CategoryColumn.COUNTRY, row).ifPresent(k -> c.location(Location.of(k)));
    Set<String> tech = tags(TagColumn.TECH_STACK, row);
    if (!tech.isEmpty()) {
      c.techStack(TechStack.of(tech));
    }
    foundedYear(row).ifPresent(c::foundedYear);
    Acquisition acq = Acquisition.via(dictionary(CategoryColumn.CHANNEL).get(channelCode(row)));
    OptionalLong cost = directCostMinor(row);
    if (cost.isPresent()) {
      acq = acq.withDirectCost(Money.ofMinor(currency, cost.getAsLong()));
    }
    OptionalInt cycle = salesCycleDays(row);
    if (cycle.isPresent()) {
      acq = acq.withSalesCycleDays(cycle.getAsInt());
    }
    List<BuyerPersona> personas = new ArrayList<>();
    OptionalInt seniority = code(CategoryColumn.SENIORITY, row);
    if (seniority.isPresent()) {
      String department = value(CategoryColumn.DEPARTMENT, row).orElse("unknown");
      personas.add(
          new BuyerPersona(
              department,
              JobFunction.values()[codes[CategoryColumn.JOB_FUNCTION.ordinal()].get(row)],
              Seniority.values()[seniority.getAsInt()],
              department,
              BuyingRole.values()[codes[CategoryColumn.BUYING_ROLE.ordinal()].get(row)]));
    }
    Insights insights = Insights.empty();
    List<Tag> pains = new ArrayList<>();
    for (String tagId : tags(TagColumn.PAIN_POINTS, row)) {
      pains.add(
          Tag.of(tagId, painPointLabels.get(tagDictionary(TagColumn.PAIN_POINTS).indexOf(tagId))));
    }
    if (!pains.isEmpty()) {
      insights = insights.withPainPoints(pains.toArray(new Tag[0]));
    }
    return new Account(id, c.build(), personas, lifecycle(row), mrrHistory(row), acq, insights);
  }

  private int channelCode(int row) {
    return codes[CategoryColumn.CHANNEL.ordinal()].get(row);
  }

  /** Returns the columns the rows are grouped by, empty if stored in append order. */
  public List<CategoryColumn> groupedBy() {
    return groupedBy;
  }

  /**
   * Returns the row offsets of the cells when grouped: cell {@code k} holds rows {@code
   * [offsets[k], offsets[k + 1])}; cells are numbered in mixed radix over {@link #groupedBy()}, the
   * first column most significant, each column's missing value coded as its dictionary size.
   *
   * @return a copy of the offsets, empty if the base is not grouped
   */
  public int[] segmentOffsets() {
    return segmentOffsets.clone();
  }

  /**
   * Returns, for each row of a grouped base, its position in append order; empty if not grouped.
   */
  public int[] appendOrder() {
    return appendOrder.clone();
  }

  /**
   * Returns the heap bytes of every array of the base, headers included (dictionaries not counted).
   */
  public long estimatedBytes() {
    long b = 0;
    for (int c = 0; c < CATEGORIES; c++) {
      b += codes[c].estimatedBytes() + Bits.arrayBytes(categoryMissing[c].length, 8);
    }
    for (int t = 0; t < TAGS; t++) {
      b += Bits.arrayBytes(tagWords[t].length, 8);
    }
    b += Bits.arrayBytes(employees.length, 8) + Bits.arrayBytes(employeesMissing.length, 8);
    b += Bits.arrayBytes(revenueMinor.length, 8) + Bits.arrayBytes(revenueMissing.length, 8);
    b += Bits.arrayBytes(foundedYear.length, 4) + Bits.arrayBytes(foundedMissing.length, 8);
    b += Bits.arrayBytes(directCostMinor.length, 8) + Bits.arrayBytes(directCostMissing.length, 8);
    b += Bits.arrayBytes(salesCycleDays.length, 4) + Bits.arrayBytes(salesCycleMissing.length, 8);
    b += lifecycleBytes() + Bits.arrayBytes(segmentOffsets.length, 4);
    b += Bits.arrayBytes(appendOrder.length, 4);
    return b;
  }

  /**
   * Returns the heap bytes of the arrays the per-segment kernel reads for {@code columns}: the
   * lifecycle and MRR arrays, plus the codes and missing bitmaps of the category columns unless the
   * base is grouped by exactly them, plus the tag words of the tag columns.
   *
   * @param columns the columns the segments are cut by
   * @return the bytes
   */
  public long estimatedKernelBytes(SegmentColumn... columns) {
    long b = lifecycleBytes();
    boolean grouped = List.of(columns).equals(groupedBy);
    for (SegmentColumn c : columns) {
      if (c instanceof TagColumn t) {
        b += Bits.arrayBytes(tagWords[t.ordinal()].length, 8);
      } else if (!grouped) {
        CategoryColumn k = (CategoryColumn) c;
        b += codes[k.ordinal()].estimatedBytes();
        b += Bits.arrayBytes(categoryMissing[k.ordinal()].length, 8);
      }
    }
    return b;
  }

  private long lifecycleBytes() {
    return Bits.arrayBytes(acquired.length, 4)
        + Bits.arrayBytes(lifeOffsets.length, 4)
        + Bits.arrayBytes(lifeDays.length, 4)
        + Bits.arrayBytes(mrrOffsets.length, 4)
        + Bits.arrayBytes(mrrDays.length, 4)
        + Bits.arrayBytes(mrrMinor.length, 8);
  }

  private void checkRow(int row) {
    if (row < 0 || row >= rows) {
      throw new IndexOutOfBoundsException("row must be in [0, " + rows + "), got " + row);
    }
  }

  // Package-private views for the kernels: the arrays themselves, never handed out.

  Codes codes(CategoryColumn column) {
    return codes[column.ordinal()];
  }

  long[] missing(CategoryColumn column) {
    return categoryMissing[column.ordinal()];
  }

  int[] acquiredDays() {
    return acquired;
  }

  int[] lifeOffsets() {
    return lifeOffsets;
  }

  int[] lifeDays() {
    return lifeDays;
  }

  int[] mrrOffsets() {
    return mrrOffsets;
  }

  int[] mrrDays() {
    return mrrDays;
  }

  long[] mrrMinor() {
    return mrrMinor;
  }

  long maxMrrMinor() {
    return maxMrrMinor;
  }

  long[] directCostMissing() {
    return directCostMissing;
  }

  long rawDirectCost(int row) {
    return directCostMinor[row];
  }

  int tagWordsPerRow(TagColumn column) {
    return tagWordsPerRow[column.ordinal()];
  }

  long[] tagWords(TagColumn column) {
    return tagWords[column.ordinal()];
  }

  int[] rawSegmentOffsets() {
    return segmentOffsets;
  }

  /**
   * Returns a summary and the first rows as an aligned table:
   *
   * <pre>
   * CustomerBase: 3 rows, USD, size policy guide, 1.2 KB
   *   column       type              values  missing
   *   industry     category          2       1
   *   ...
   *   row  industry  sizeBand  country  channel  acquired    churned     mrr
   *   0    ...
   * </pre>
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "CustomerBase: %,d %s, %s, size policy %s, %s",
            rows,
            rows == 1 ? "row" : "rows",
            currency.getCurrencyCode(),
            sizePolicy.name(),
            humanBytes(estimatedBytes())));
    if (!groupedBy.isEmpty()) {
      s.append(", grouped by ");
      for (int i = 0; i < groupedBy.size(); i++) {
        s.append(i == 0 ? "" : " x ").append(groupedBy.get(i).columnName());
      }
      s.append(" (").append(segmentOffsets.length - 1).append(" cells)");
    }
    s.append('\n');
    List<String[]> cols = new ArrayList<>();
    cols.add(new String[] {"column", "type", "values", "missing"});
    for (CategoryColumn c : CategoryColumn.values()) {
      cols.add(
          new String[] {
            c.columnName(),
            "category/" + codes[c.ordinal()].width() + "B",
            Integer.toString(dictionary(c).size()),
            Long.toString(Bits.count(categoryMissing[c.ordinal()]))
          });
    }
    for (TagColumn t : TagColumn.values()) {
      cols.add(
          new String[] {
            t.columnName(),
            "tags/" + tagWordsPerRow[t.ordinal()] + " words",
            Integer.toString(tagDictionary(t).size()),
            "-"
          });
    }
    cols.add(number("employees", "long", employeesMissing));
    cols.add(number("annualRevenue", "money", revenueMissing));
    cols.add(number("foundedYear", "int", foundedMissing));
    cols.add(number("directCost", "money", directCostMissing));
    cols.add(number("salesCycleDays", "int", salesCycleMissing));
    cols.add(new String[] {"acquired", "epoch day", "-", "0"});
    cols.add(new String[] {"churns", "epoch days/row", Integer.toString(lifeDays.length), "-"});
    cols.add(new String[] {"mrr", "day+money/row", Integer.toString(mrrDays.length), "-"});
    table(s, cols);
    int shown = Math.min(rows, 5);
    if (shown > 0) {
      List<String[]> first = new ArrayList<>();
      first.add(
          new String[] {
            "row", "industry", "sizeBand", "country", "channel", "acquired", "churned", "mrr"
          });
      for (int r = 0; r < shown; r++) {
        int last = mrrOffsets[r + 1] - 1;
        first.add(
            new String[] {
              Integer.toString(r),
              value(CategoryColumn.INDUSTRY, r).orElse("-"),
              value(CategoryColumn.SIZE_BAND, r).orElse("-"),
              value(CategoryColumn.COUNTRY, r).orElse("-"),
              value(CategoryColumn.CHANNEL, r).orElse("-"),
              acquired(r).toString(),
              churned(r).map(LocalDate::toString).orElse("-"),
              last >= mrrOffsets[r] ? Money.ofMinor(currency, mrrMinor[last]).toString() : "-"
            });
      }
      table(s, first);
    }
    return s.toString().stripTrailing();
  }

  private String[] number(String name, String type, long[] missing) {
    return new String[] {name, type, "-", Long.toString(Bits.count(missing))};
  }

  private static void table(StringBuilder s, List<String[]> rowsOfCells) {
    int[] width = new int[rowsOfCells.get(0).length];
    for (String[] r : rowsOfCells) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    for (String[] r : rowsOfCells) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < r.length; i++) {
        line.append(r[i]);
        if (i < r.length - 1) {
          line.append(" ".repeat(width[i] - r[i].length() + 2));
        }
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static String humanBytes(long b) {
    if (b < 1024) {
      return b + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double v = b;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  /**
   * Appends accounts to a {@link CustomerBase}, from {@link Account} records ({@link #add}) or from
   * raw values ({@link #beginRow}, then the column setters, then {@link #endRow}), without an
   * object per row on the raw path: dictionary codes are looked up once with {@link #code} and
   * {@link #tagCode}, dates are epoch days, money is minor units.
   *
   * <pre>{@code
   * CustomerBase.Builder b = CustomerBase.builder("USD");
   * int us = b.code(CategoryColumn.COUNTRY, "US");
   * int partner = b.code(CategoryColumn.CHANNEL, "partner");
   * b.beginRow(LocalDate.of(2024, 1, 15).toEpochDay())
   *     .category(CategoryColumn.COUNTRY, us)
   *     .category(CategoryColumn.CHANNEL, partner)
   *     .employees(120)
   *     .mrr((int) LocalDate.of(2024, 1, 15).toEpochDay(), 50_000)
   *     .endRow();
   * CustomerBase base = b.build();
   * }</pre>
   *
   * <p>In a raw row, a category left unset is missing, except {@link CategoryColumn#GROWTH_STAGE}
   * (defaults to {@code BOOTSTRAPPED_OR_UNKNOWN}, as in {@link Company}), {@link
   * CategoryColumn#SIZE_BAND} (derived from employees and revenue by the size policy when unset)
   * and {@link CategoryColumn#REGION} (derived from the country when unset); {@link
   * CategoryColumn#CHANNEL} is required. A rule broken in a row throws with the row number and
   * leaves the row open: fix it and go on, or {@link #discardRow()}.
   *
   * <p>Not thread-safe; {@link #build()} may be called once.
   */
  public static final class Builder {
    private final Currency currency;
    private SizePolicy sizePolicy = SizePolicy.guide();
    private int rows;
    private final Dict[] dicts = new Dict[CATEGORIES];
    private final List<Industry> industryValues = new ArrayList<>();
    private final List<@Nullable GeoRegion> regionOfCountry = new ArrayList<>();
    private final Codes[] codes = new Codes[CATEGORIES];
    private final long[][] categoryMissing = new long[CATEGORIES][];
    private final Dict[] tagDicts = new Dict[TAGS];
    private final List<String> painPointLabels = new ArrayList<>();
    private final IntBuf[] tagOffsets = new IntBuf[TAGS];
    private final IntBuf[] tagCodes = new IntBuf[TAGS];
    private LongBuf employees;
    private long[] employeesMissing = new long[1];
    private LongBuf revenueMinor;
    private long[] revenueMissing = new long[1];
    private IntBuf foundedYear;
    private long[] foundedMissing = new long[1];
    private LongBuf directCostMinor;
    private long[] directCostMissing = new long[1];
    private IntBuf salesCycleDays;
    private long[] salesCycleMissing = new long[1];
    private IntBuf acquired;
    private IntBuf lifeOffsets;
    private IntBuf lifeDays;
    private IntBuf mrrOffsets;
    private IntBuf mrrDays;
    private LongBuf mrrMinor;
    private List<CategoryColumn> groupBy = List.of();
    private int[] segmentOffsets = NO_INTS;
    private @Nullable IngestProgress progress;
    private long progressEvery = 1_000_000;
    private boolean built;

    // The open row.
    private boolean inRow;
    private final int[] rowCategory = new int[CATEGORIES];
    private final int[] rowTagStart = new int[TAGS];
    private boolean hasEmployees;
    private long rowEmployees;
    private boolean hasRevenue;
    private long rowRevenue;
    private boolean hasFounded;
    private int rowFounded;
    private boolean hasCost;
    private long rowCost;
    private boolean hasCycle;
    private int rowCycle;
    private int rowAcquired;
    private int rowLifeStart;
    private int rowMrrStart;

    private Builder(Currency currency) {
      this.currency = currency;
      int capacity = 1024;
      for (CategoryColumn c : CategoryColumn.values()) {
        codes[c.ordinal()] = new Codes(capacity);
        categoryMissing[c.ordinal()] = new long[1];
      }
      dicts[CategoryColumn.INDUSTRY.ordinal()] = new Dict(List.of(), false);
      dicts[CategoryColumn.COUNTRY.ordinal()] = new Dict(List.of(), false);
      dicts[CategoryColumn.CHANNEL.ordinal()] = new Dict(List.of(), false);
      dicts[CategoryColumn.DEPARTMENT.ordinal()] = new Dict(List.of(), false);
      dicts[CategoryColumn.REGION.ordinal()] = closed(GeoRegion.values());
      dicts[CategoryColumn.GROWTH_STAGE.ordinal()] = closed(GrowthStage.values());
      dicts[CategoryColumn.SENIORITY.ordinal()] = closed(Seniority.values());
      dicts[CategoryColumn.JOB_FUNCTION.ordinal()] = closed(JobFunction.values());
      dicts[CategoryColumn.BUYING_ROLE.ordinal()] = closed(BuyingRole.values());
      setBands();
      for (int t = 0; t < TAGS; t++) {
        tagDicts[t] = new Dict(List.of(), false);
        tagOffsets[t] = new IntBuf(capacity);
        tagOffsets[t].add(0);
        tagCodes[t] = new IntBuf(capacity);
      }
      employees = new LongBuf(capacity);
      revenueMinor = new LongBuf(capacity);
      foundedYear = new IntBuf(capacity);
      directCostMinor = new LongBuf(capacity);
      salesCycleDays = new IntBuf(capacity);
      acquired = new IntBuf(capacity);
      lifeOffsets = new IntBuf(capacity);
      lifeOffsets.add(0);
      lifeDays = new IntBuf(capacity);
      mrrOffsets = new IntBuf(capacity);
      mrrOffsets.add(0);
      mrrDays = new IntBuf(capacity);
      mrrMinor = new LongBuf(capacity);
    }

    private static Dict closed(Enum<?>[] values) {
      List<String> names = new ArrayList<>();
      for (Enum<?> e : values) {
        names.add(e.name());
      }
      return new Dict(names, true);
    }

    private void setBands() {
      List<String> names = new ArrayList<>();
      for (SizeBand b : sizePolicy.bands()) {
        names.add(b.name());
      }
      dicts[CategoryColumn.SIZE_BAND.ordinal()] = new Dict(names, true);
    }

    /**
     * Sets the size policy whose bands {@link CategoryColumn#SIZE_BAND} holds; only before the
     * first row.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder sizePolicy(SizePolicy policy) {
      requireNonNull(policy, "policy");
      checkEmpty("sizePolicy");
      this.sizePolicy = policy;
      setBands();
      return this;
    }

    /**
     * Pre-sizes the arrays for {@code rows} rows, to avoid copies while growing; only before the
     * first row.
     *
     * @param rows the expected number of rows, {@code >= 0}
     * @return this builder
     */
    public Builder expectedRows(int rows) {
      Checks.nonNegative("expectedRows", rows);
      checkEmpty("expectedRows");
      for (CategoryColumn c : CategoryColumn.values()) {
        codes[c.ordinal()] = new Codes(rows);
      }
      employees = new LongBuf(rows);
      revenueMinor = new LongBuf(rows);
      foundedYear = new IntBuf(rows);
      directCostMinor = new LongBuf(rows);
      salesCycleDays = new IntBuf(rows);
      acquired = new IntBuf(rows);
      lifeOffsets = new IntBuf(rows + 1);
      lifeOffsets.add(0);
      lifeDays = new IntBuf(rows / 2);
      mrrOffsets = new IntBuf(rows + 1);
      mrrOffsets.add(0);
      mrrDays = new IntBuf(rows + rows / 2);
      mrrMinor = new LongBuf(rows + rows / 2);
      for (int t = 0; t < TAGS; t++) {
        tagOffsets[t] = new IntBuf(rows + 1);
        tagOffsets[t].add(0);
        tagCodes[t] = new IntBuf(rows);
      }
      return this;
    }

    /**
     * Stores the rows grouped by the cells of {@code columns} (1 to 3 columns), and within a cell
     * by history shape, sorted once in {@link #build()}; see {@link CustomerBase} (grouped storage)
     * and {@link CustomerBase#segmentOffsets()}.
     *
     * @param columns the columns, distinct
     * @return this builder
     */
    public Builder groupBy(CategoryColumn... columns) {
      List<CategoryColumn> list = List.of(columns);
      Checks.inRange("groupBy columns", list.size(), 1, 3);
      if (Set.copyOf(list).size() != list.size()) {
        throw new IllegalArgumentException("groupBy columns must be distinct, got " + list);
      }
      this.groupBy = list;
      return this;
    }

    /**
     * Calls {@code listener} every {@code everyRows} appended rows and once at {@link #build()}.
     *
     * @param listener the listener
     * @param everyRows how often, {@code > 0}
     * @return this builder
     */
    public Builder progress(IngestProgress listener, long everyRows) {
      this.progress = requireNonNull(listener, "listener");
      this.progressEvery = Checks.positive("everyRows", everyRows);
      return this;
    }

    private void checkEmpty(String what) {
      if (rows > 0 || inRow) {
        throw new IllegalStateException(what + " must be set before the first row, got " + rows);
      }
    }

    /** Returns the currency of every amount appended. */
    public Currency currency() {
      return currency;
    }

    /** Returns the number of rows appended so far. */
    public int rowCount() {
      return rows;
    }

    /**
     * Returns the code of {@code value} in a category column, adding it to the dictionary if new.
     * Values are normalised as in the model: countries to ISO codes ({@code Location}), channels to
     * keys ({@code Channel}); closed columns take a size band name of the policy or the enum
     * constant's name; {@link CategoryColumn#INDUSTRY} takes a label without NAICS code (use {@link
     * #industryCode} for one with a code).
     *
     * @param column the column
     * @param value the value
     * @return the code
     * @throws IllegalArgumentException if the value is not valid for the column
     */
    public int code(CategoryColumn column, String value) {
      requireNonNull(column, "column");
      requireNonNull(value, "value");
      return switch (column) {
        case INDUSTRY -> industryCode(Industry.of(value));
        case COUNTRY -> countryCode(Location.of(value).country());
        case CHANNEL -> dicts[column.ordinal()].code(dev.icpmetrics.model.Channel.of(value).key());
        case DEPARTMENT ->
            dicts[column.ordinal()].code(Checks.notBlank("department", value).strip());
        default -> {
          int c = dicts[column.ordinal()].code(value);
          if (c < 0) {
            throw new IllegalArgumentException(
                column.columnName()
                    + " must be one of "
                    + dicts[column.ordinal()].values()
                    + ", got \""
                    + value
                    + "\"");
          }
          yield c;
        }
      };
    }

    /**
     * Returns the code of {@code industry}, adding it to the dictionary if new.
     *
     * @param industry the industry
     * @return the code
     */
    public int industryCode(Industry industry) {
      requireNonNull(industry, "industry");
      Dict d = dicts[CategoryColumn.INDUSTRY.ordinal()];
      int before = d.size();
      int c = d.code(industry.toString());
      if (c == before) {
        industryValues.add(industry);
      }
      return c;
    }

    private int countryCode(String country) {
      Dict d = dicts[CategoryColumn.COUNTRY.ordinal()];
      int before = d.size();
      int c = d.code(country);
      if (c == before) {
        regionOfCountry.add(GeoRegion.of(country).orElse(null));
      }
      return c;
    }

    /**
     * Returns the code of a tag, adding it if new: pain points by {@code Tag.of(label)} id (the
     * first label seen is kept), technologies by normalised key.
     *
     * @param column the tag column
     * @param value the label or technology
     * @return the code
     */
    public int tagCode(TagColumn column, String value) {
      requireNonNull(column, "column");
      requireNonNull(value, "value");
      if (column == TagColumn.PAIN_POINTS) {
        return painCode(Tag.of(value));
      }
      return tagDicts[column.ordinal()].code(TechStack.of(value).keys().first());
    }

    private int painCode(Tag tag) {
      Dict d = tagDicts[TagColumn.PAIN_POINTS.ordinal()];
      int before = d.size();
      int c = d.code(tag.id());
      if (c == before) {
        painPointLabels.add(tag.label());
      }
      return c;
    }

    /**
     * Appends an account: its company's firmographics and technographics, its primary persona, its
     * pain points, lifecycle, MRR history and acquisition.
     *
     * @param account the account, with MRR, revenue and direct cost in the base's currency
     * @return this builder
     * @throws CurrencyMismatchException if an amount is in another currency
     */
    public Builder add(Account account) {
      requireNonNull(account, "account");
      Company company = account.company();
      if (!account.mrrHistory().currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, account.mrrHistory().currency());
      }
      Optional<Money> revenue = company.annualRevenue();
      if (revenue.isPresent() && !revenue.get().currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, revenue.get().currency());
      }
      beginRow(account.lifecycle().acquired().toEpochDay());
      company.industry().ifPresent(i -> category(CategoryColumn.INDUSTRY, industryCode(i)));
      company.employees().ifPresent(this::employees);
      revenue.ifPresent(m -> annualRevenueMinor(m.amountMinor()));
      Optional<SizeBand> band = sizePolicy.bandOf(company);
      if (band.isPresent()) {
        category(CategoryColumn.SIZE_BAND, band.get().ordinal());
      } else {
        rowCategory[CategoryColumn.SIZE_BAND.ordinal()] = -2; // known missing, do not derive
      }
      company.location().ifPresent(l -> category(CategoryColumn.COUNTRY, countryCode(l.country())));
      category(CategoryColumn.GROWTH_STAGE, company.growthStage().ordinal());
      for (String tech : company.techStack().keys()) {
        tag(TagColumn.TECH_STACK, tagDicts[TagColumn.TECH_STACK.ordinal()].code(tech));
      }
      company.foundedYear().ifPresent(this::foundedYear);
      Optional<BuyerPersona> persona = account.primaryPersona();
      if (persona.isPresent()) {
        BuyerPersona p = persona.get();
        category(CategoryColumn.SENIORITY, p.seniority().ordinal());
        category(CategoryColumn.JOB_FUNCTION, p.function().ordinal());
        category(CategoryColumn.BUYING_ROLE, p.role().ordinal());
        category(CategoryColumn.DEPARTMENT, code(CategoryColumn.DEPARTMENT, p.department()));
      }
      for (Tag t : account.insights().painPoints()) {
        tag(TagColumn.PAIN_POINTS, painCode(t));
      }
      Acquisition acq = account.acquisition();
      category(
          CategoryColumn.CHANNEL,
          dicts[CategoryColumn.CHANNEL.ordinal()].code(acq.channel().key()));
      acq.directCost().ifPresent(m -> directCostMinor(m.amountMinor()));
      acq.salesCycleDays().ifPresent(this::salesCycleDays);
      SubscriptionLifecycle life = account.lifecycle();
      for (int i = 0; i < life.churns().size(); i++) {
        churn(life.churns().get(i).toEpochDay());
        if (i < life.reactivations().size()) {
          reactivation(life.reactivations().get(i).toEpochDay());
        }
      }
      for (MrrChange c : account.mrrHistory().changes()) {
        mrr(c.effective().toEpochDay(), c.mrr().amountMinor());
      }
      return endRow();
    }

    /**
     * Opens a raw row acquired on {@code acquiredDay}; every nullable column starts missing.
     *
     * @param acquiredDay the acquired date as an epoch day, within {@code int} range
     * @return this builder
     * @throws IllegalStateException if a row is already open
     */
    public Builder beginRow(long acquiredDay) {
      if (inRow) {
        throw new IllegalStateException(
            "beginRow needs the previous row ended, got row " + rows + " still open");
      }
      if (built) {
        throw new IllegalStateException("beginRow needs an unbuilt builder, got one built");
      }
      rowAcquired = day("acquiredDay", acquiredDay);
      inRow = true;
      Arrays.fill(rowCategory, -1);
      for (int t = 0; t < TAGS; t++) {
        rowTagStart[t] = tagCodes[t].size;
      }
      hasEmployees = false;
      hasRevenue = false;
      hasFounded = false;
      hasCost = false;
      hasCycle = false;
      rowLifeStart = lifeDays.size;
      rowMrrStart = mrrDays.size;
      return this;
    }

    private int day(String field, long epochDay) {
      if (epochDay < Integer.MIN_VALUE || epochDay > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "row " + rows + ": " + field + " must fit an int epoch day, got " + epochDay);
      }
      return (int) epochDay;
    }

    private void checkOpen(String what) {
      if (!inRow) {
        throw new IllegalStateException(what + " needs an open row, got none (call beginRow)");
      }
    }

    /**
     * Sets a category of the open row to a code from {@link #code}.
     *
     * @param column the column
     * @param code the code, in {@code [0, dictionary size)}
     * @return this builder
     */
    public Builder category(CategoryColumn column, int code) {
      checkOpen("category");
      int size = dicts[column.ordinal()].size();
      if (code < 0 || code >= size) {
        throw new IllegalArgumentException(
            "row "
                + rows
                + ": "
                + column.columnName()
                + " code must be in [0, "
                + size
                + "), got "
                + code);
      }
      rowCategory[column.ordinal()] = code;
      return this;
    }

    /**
     * Adds a tag (a code from {@link #tagCode}) to the open row.
     *
     * @param column the tag column
     * @param code the code
     * @return this builder
     */
    public Builder tag(TagColumn column, int code) {
      checkOpen("tag");
      int size = tagDicts[column.ordinal()].size();
      if (code < 0 || code >= size) {
        throw new IllegalArgumentException(
            "row "
                + rows
                + ": "
                + column.columnName()
                + " code must be in [0, "
                + size
                + "), got "
                + code);
      }
      tagCodes[column.ordinal()].add(code);
      return this;
    }

    /** Sets the open row's employee count, {@code >= 0}. */
    public Builder employees(long employees) {
      checkOpen("employees");
      rowEmployees = nonNegative("employees", employees);
      hasEmployees = true;
      return this;
    }

    /** Sets the open row's annual revenue in minor units of the base's currency, {@code >= 0}. */
    public Builder annualRevenueMinor(long revenueMinor) {
      checkOpen("annualRevenueMinor");
      rowRevenue = nonNegative("annualRevenueMinor", revenueMinor);
      hasRevenue = true;
      return this;
    }

    /** Sets the open row's founding year, in [1000, 9999]. */
    public Builder foundedYear(int year) {
      checkOpen("foundedYear");
      if (year < 1000 || year > 9999) {
        throw new IllegalArgumentException(
            "row " + rows + ": foundedYear must be in [1000, 9999], got " + year);
      }
      rowFounded = year;
      hasFounded = true;
      return this;
    }

    /** Sets the open row's direct acquisition cost in minor units, {@code >= 0}. */
    public Builder directCostMinor(long costMinor) {
      checkOpen("directCostMinor");
      rowCost = nonNegative("directCostMinor", costMinor);
      hasCost = true;
      return this;
    }

    /** Sets the open row's sales cycle in days, {@code >= 0}. */
    public Builder salesCycleDays(int days) {
      checkOpen("salesCycleDays");
      rowCycle = (int) nonNegative("salesCycleDays", days);
      hasCycle = true;
      return this;
    }

    private long nonNegative(String field, long value) {
      if (value < 0) {
        throw new IllegalArgumentException(
            "row " + rows + ": " + field + " must be >= 0, got " + value);
      }
      return value;
    }

    /**
     * Adds a churn to the open row: the first day without a subscription, on or after the start of
     * the current spell (the acquired day, or the last reactivation).
     *
     * @param churnDay the churn date as an epoch day
     * @return this builder
     */
    public Builder churn(long churnDay) {
      checkOpen("churn");
      int events = lifeDays.size - rowLifeStart;
      if (events % 2 == 1) {
        throw new IllegalStateException(
            "row "
                + rows
                + ": churn needs an active subscription, got one churned on "
                + LocalDate.ofEpochDay(lifeDays.a[lifeDays.size - 1]));
      }
      int d = day("churnDay", churnDay);
      int start = events == 0 ? rowAcquired : lifeDays.a[lifeDays.size - 1];
      if (d < start) {
        throw new IllegalArgumentException(
            "row "
                + rows
                + ": churn must be on or after "
                + (events == 0 ? "acquired " : "the reactivation on ")
                + LocalDate.ofEpochDay(start)
                + ", got "
                + LocalDate.ofEpochDay(d));
      }
      lifeDays.add(d);
      return this;
    }

    /**
     * Adds a reactivation to the open row, strictly after its last churn.
     *
     * @param reactivationDay the reactivation date as an epoch day
     * @return this builder
     */
    public Builder reactivation(long reactivationDay) {
      checkOpen("reactivation");
      int events = lifeDays.size - rowLifeStart;
      if (events % 2 == 0) {
        throw new IllegalStateException(
            "row " + rows + ": reactivation needs a churned subscription, got an active one");
      }
      int d = day("reactivationDay", reactivationDay);
      int churn = lifeDays.a[lifeDays.size - 1];
      if (d <= churn) {
        throw new IllegalArgumentException(
            "row "
                + rows
                + ": reactivation must be after the churn on "
                + LocalDate.ofEpochDay(churn)
                + ", got "
                + LocalDate.ofEpochDay(d));
      }
      lifeDays.add(d);
      return this;
    }

    /**
     * Adds an MRR change to the open row: from {@code day} on, the MRR is {@code mrrMinor}. Changes
     * come in increasing day order, on or after the acquired day.
     *
     * @param day the effective date as an epoch day
     * @param mrrMinor the monthly amount in minor units of the base's currency, {@code >= 0}
     * @return this builder
     */
    public Builder mrr(long day, long mrrMinor) {
      checkOpen("mrr");
      int d = day("mrr day", day);
      if (d < rowAcquired) {
        throw new IllegalArgumentException(
            "row "
                + rows
                + ": mrr must start on or after acquired "
                + LocalDate.ofEpochDay(rowAcquired)
                + ", got a change on "
                + LocalDate.ofEpochDay(d));
      }
      if (mrrDays.size > rowMrrStart && d <= mrrDays.a[mrrDays.size - 1]) {
        throw new IllegalArgumentException(
            "row "
                + rows
                + ": mrr changes must have increasing dates, got "
                + LocalDate.ofEpochDay(d)
                + " after "
                + LocalDate.ofEpochDay(mrrDays.a[mrrDays.size - 1]));
      }
      nonNegative("mrrMinor", mrrMinor);
      mrrDays.add(d);
      this.mrrMinor.add(mrrMinor);
      return this;
    }

    /** Abandons the open row, as if {@link #beginRow} had not been called. */
    public Builder discardRow() {
      checkOpen("discardRow");
      for (int t = 0; t < TAGS; t++) {
        tagCodes[t].size = rowTagStart[t];
      }
      lifeDays.size = rowLifeStart;
      mrrDays.size = rowMrrStart;
      mrrMinor.size = rowMrrStart;
      inRow = false;
      return this;
    }

    /**
     * Ends the open row, deriving the size band and the region when they were not set.
     *
     * @return this builder
     */
    public Builder endRow() {
      checkOpen("endRow");
      int channel = rowCategory[CategoryColumn.CHANNEL.ordinal()];
      if (channel < 0) {
        throw new IllegalStateException("row " + rows + ": channel must be set, got none");
      }
      int band = CategoryColumn.SIZE_BAND.ordinal();
      if (rowCategory[band] == -1) {
        rowCategory[band] = derivedBand();
      }
      int region = CategoryColumn.REGION.ordinal();
      int country = rowCategory[CategoryColumn.COUNTRY.ordinal()];
      if (rowCategory[region] == -1 && country >= 0) {
        GeoRegion g = regionOfCountry.get(country);
        rowCategory[region] = g == null ? -1 : g.ordinal();
      }
      if (rowCategory[CategoryColumn.GROWTH_STAGE.ordinal()] < 0) {
        rowCategory[CategoryColumn.GROWTH_STAGE.ordinal()] =
            GrowthStage.BOOTSTRAPPED_OR_UNKNOWN.ordinal();
      }
      int r = rows;
      for (int c = 0; c < CATEGORIES; c++) {
        int code = rowCategory[c];
        if (code < 0) {
          codes[c].add(0);
          categoryMissing[c] = Bits.set(categoryMissing[c], r);
        } else {
          codes[c].add(code);
        }
      }
      for (int t = 0; t < TAGS; t++) {
        tagOffsets[t].add(tagCodes[t].size);
      }
      employees.add(hasEmployees ? rowEmployees : 0);
      if (!hasEmployees) {
        employeesMissing = Bits.set(employeesMissing, r);
      }
      revenueMinor.add(hasRevenue ? rowRevenue : 0);
      if (!hasRevenue) {
        revenueMissing = Bits.set(revenueMissing, r);
      }
      foundedYear.add(hasFounded ? rowFounded : 0);
      if (!hasFounded) {
        foundedMissing = Bits.set(foundedMissing, r);
      }
      directCostMinor.add(hasCost ? rowCost : 0);
      if (!hasCost) {
        directCostMissing = Bits.set(directCostMissing, r);
      }
      salesCycleDays.add(hasCycle ? rowCycle : 0);
      if (!hasCycle) {
        salesCycleMissing = Bits.set(salesCycleMissing, r);
      }
      acquired.add(rowAcquired);
      lifeOffsets.add(lifeDays.size);
      mrrOffsets.add(mrrDays.size);
      rows++;
      inRow = false;
      IngestProgress p = progress;
      if (p != null && rows % progressEvery == 0) {
        p.rowsAppended(rows);
      }
      return this;
    }

    private int derivedBand() {
      int e =
          hasEmployees && sizePolicy.usesEmployees()
              ? sizePolicy.byEmployees(rowEmployees).ordinal()
              : -1;
      int r = -1;
      if (hasRevenue && sizePolicy.usesRevenue()) {
        r = sizePolicy.byRevenue(Money.ofMinor(currency, rowRevenue)).ordinal();
      }
      if (e < 0 || r < 0) {
        return Math.max(e, r);
      }
      return switch (sizePolicy.conflictRule()) {
        case LARGER -> Math.max(e, r);
        case REVENUE_FIRST -> r;
        case EMPLOYEES_FIRST -> e;
      };
    }

    /**
     * Returns the base; the builder cannot be used afterwards.
     *
     * @return the immutable base
     * @throws IllegalStateException if a row is open or the base was already built
     */
    public CustomerBase build() {
      if (inRow) {
        throw new IllegalStateException("build needs every row ended, got row " + rows + " open");
      }
      if (built) {
        throw new IllegalStateException("build may be called once, got a second call");
      }
      built = true;
      int[] permutation = NO_INTS;
      int[] destination = NO_INTS;
      if (!groupBy.isEmpty()) {
        int[] cell = new int[rows];
        int cells = 1;
        for (CategoryColumn c : groupBy) {
          int radix = dicts[c.ordinal()].size() + 1;
          for (int r = 0; r < rows; r++) {
            int code =
                Bits.getGrowing(categoryMissing[c.ordinal()], r)
                    ? radix - 1
                    : codes[c.ordinal()].get(r);
            cell[r] = cell[r] * radix + code;
          }
          cells = Math.multiplyExact(cells, radix);
        }
        // Within a cell, rows are ordered by their history shape (lifecycle events, MRR changes),
        // so that the kernels see long runs of rows of one shape: then the lifecycle and MRR days
        // of rows with the same exact counts sit at a constant stride. The (cell, shape) counters
        // are kept at most as many as the rows (and 2^24): a base of few rows in many cells has
        // short cells, where order does not pay, and is ordered by cell only.
        long shapeBuckets = (long) cells * SHAPES;
        int shapes =
            shapeBuckets <= Math.min(MAX_SHAPE_BUCKETS, Math.max(rows, MIN_SHAPE_BUCKETS))
                ? SHAPES
                : 1;
        int buckets = cells * shapes;
        if (shapes > 1) {
          int[] lo = lifeOffsets.a;
          int[] mo = mrrOffsets.a;
          for (int r = 0; r < rows; r++) {
            int events = Math.min(lo[r + 1] - lo[r], LIFE_SHAPES - 1);
            int changes = Math.min(mo[r + 1] - mo[r], MRR_SHAPES - 1);
            cell[r] = cell[r] * SHAPES + events * MRR_SHAPES + changes;
          }
        }
        int[] counts = new int[buckets + 1];
        for (int r = 0; r < rows; r++) {
          counts[cell[r] + 1]++;
        }
        for (int k = 0; k < buckets; k++) {
          counts[k + 1] += counts[k];
        }
        // The destination of every appended row, in place of its bucket: each bucket's rows stay
        // in append order (a stable counting sort).
        int[] next = Arrays.copyOf(counts, buckets);
        permutation = new int[rows];
        for (int r = 0; r < rows; r++) {
          int d = next[cell[r]]++;
          cell[r] = d;
          permutation[d] = r;
        }
        destination = cell;
        int[] offsets = new int[cells + 1];
        for (int k = 0; k <= cells; k++) {
          offsets[k] = counts[k * shapes];
        }
        segmentOffsets = offsets;
      }
      IngestProgress p = progress;
      if (p != null) {
        p.rowsAppended(rows);
      }
      return new CustomerBase(this, permutation, destination);
    }
  }
}
