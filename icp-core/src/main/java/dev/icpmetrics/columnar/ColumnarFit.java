package dev.icpmetrics.columnar;

import static java.util.Objects.requireNonNull;

import dev.icpmetrics.internal.Checks;
import dev.icpmetrics.model.Industry;
import dev.icpmetrics.model.Location;
import dev.icpmetrics.model.NaicsCode;
import dev.icpmetrics.model.Seniority;
import dev.icpmetrics.model.SizePolicy;
import dev.icpmetrics.model.Tag;
import dev.icpmetrics.model.TechStack;
import dev.icpmetrics.scoring.Fit;
import dev.icpmetrics.scoring.FitProfile;
import dev.icpmetrics.scoring.MissingPolicy;
import dev.icpmetrics.scoring.ScoringStrategy;
import dev.icpmetrics.scoring.Source;
import dev.icpmetrics.scoring.TierPolicy;
import dev.icpmetrics.scoring.WeightedFitConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.jspecify.annotations.Nullable;

/**
 * Bulk weighted-fit scoring of a whole {@link CustomerBase}: the same scores as {@code
 * ScoringStrategy.weightedFit} over the equivalent {@link FitProfile} ({@link #strategy}), computed
 * from the columns with per-code fit tables instead of one {@code Score} object per row.
 *
 * <p>The attributes are those of {@link FitProfile.Builder}, with the same fit functions: industry
 * (NAICS hierarchy), size (ordinal distance of the base's size band), country (exact match), tech
 * stack and pain points (overlap coefficient, by bitset population counts), seniority (ordinal
 * distance of the primary buyer's). The value of a row is computed exactly as the record path does:
 * each attribute's points {@code 100 w_i f_i / W}, rounded to hundredths of a point by the
 * largest-remainder method, summed and clamped to [0, 100]; so every row's value equals {@code
 * Score.centiPoints() / 100} of the record path, and its tier comes from the same {@link
 * TierPolicy}. A row with no attribute present, or whose present attributes all weigh 0 under
 * {@link MissingPolicy#NEUTRAL}, is not scored (insufficient data): value 0, no tier.
 *
 * <p>Method: each attribute's value in a row is one of a few classes, one per distinct fit over the
 * base's dictionary (or, for a tag column, over the pairs {@code (min(have, targets), common)}) and
 * one for missing, and a row's score depends only on its classes. When their combinations are few
 * (at most 65,536, and at most one per 8 rows), each combination is scored once into a table and
 * the kernel sums each row's key {@code sum of class_i * stride_i} and looks its value and tier up;
 * otherwise it scores row by row. Both use the same per-row arithmetic.
 *
 * <p>Immutable and thread-safe. The kernel allocates nothing per row: per call, the output arrays,
 * the tables (at most 65,536 entries) and one block buffer per task.
 */
// Closed-column codes are declaration-order ordinals, by contract of CustomerBase.
@SuppressWarnings("EnumOrdinal")
public final class ColumnarFit {
  private static final int INDUSTRY = 0;
  private static final int SIZE = 1;
  private static final int COUNTRY = 2;
  private static final int TECH = 3;
  private static final int SENIORITY = 4;
  private static final int PAIN = 5;

  /** The largest row-key table: 64 K entries, 320 KB. */
  private static final int KEY_LIMIT = 1 << 16;

  /** Rows per block of the kernels: a multiple of 64, and below 4096 for the packed counts. */
  private static final int BLOCK = 1024;

  /** One attribute: its kind, weight and targets. */
  private record Attribute(int kind, String name, double weight, List<String> targets) {}

  private final List<Attribute> attributes;
  private final MissingPolicy missingPolicy;
  private final double penalty;
  private final TierPolicy tiers;

  private ColumnarFit(Builder b) {
    List<Attribute> all = new ArrayList<>(b.company);
    all.addAll(b.accountOnly);
    this.attributes = List.copyOf(all);
    this.missingPolicy = b.missingPolicy;
    this.penalty = b.penalty;
    this.tiers = b.tiers;
  }

  /** Returns an empty builder: add attributes as on {@link FitProfile.Builder}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the record-path strategy that gives the same scores to the accounts of a base: {@code
   * ScoringStrategy.weightedFit} over the equivalent {@link FitProfile}'s account attributes, with
   * this missing policy, penalty and tier policy.
   *
   * @param policy the size policy of the bases it will be compared with, such as {@code
   *     SizePolicy::guide}
   * @return the strategy
   */
  public ScoringStrategy<dev.icpmetrics.model.Account> strategy(Source<SizePolicy> policy) {
    requireNonNull(policy, "policy");
    FitProfile.Builder p = FitProfile.builder();
    for (Attribute a : attributes) {
      String[] t = a.targets().toArray(new String[0]);
      switch (a.kind()) {
        case INDUSTRY -> p.industry(a.weight(), t);
        case SIZE -> p.size(a.weight(), policy, t[0]);
        case COUNTRY -> p.country(a.weight(), t);
        case TECH -> p.techStack(a.weight(), t);
        case SENIORITY -> p.seniority(a.weight(), Seniority.valueOf(t[0]));
        default -> p.painPoints(a.weight(), t);
      }
    }
    WeightedFitConfig<dev.icpmetrics.model.Account> config =
        WeightedFitConfig.of(p.build().accountAttributes())
            .withMissingPolicy(missingPolicy)
            .withPenalty(penalty)
            .withTiers(tiers);
    return ScoringStrategy.weightedFit(config);
  }

  /**
   * Scores every row of {@code base} on the calling thread.
   *
   * @param base the base
   * @return the scores
   */
  public BulkScores score(CustomerBase base) {
    return scoreParallel(base, Runnable::run, 1);
  }

  /**
   * Scores every row of {@code base} on the common {@link ForkJoinPool}.
   *
   * @param base the base
   * @return the scores, equal to {@link #score}'s
   */
  public BulkScores scoreParallel(CustomerBase base) {
    ForkJoinPool pool = ForkJoinPool.commonPool();
    return scoreParallel(base, pool, pool.getParallelism());
  }

  /**
   * Scores every row of {@code base} in {@code tasks} row ranges on {@code executor}.
   *
   * @param base the base
   * @param executor runs the tasks
   * @param tasks the number of ranges, {@code >= 1}
   * @return the scores, equal to {@link #score}'s
   */
  public BulkScores scoreParallel(CustomerBase base, Executor executor, int tasks) {
    return scoreParallel(base, executor, tasks, -1);
  }

  /**
   * Scores as {@link #scoreParallel(CustomerBase, Executor, int)} does, with the row-key table used
   * when it has at most {@code keyLimit} entries; {@code -1} for the default choice, which weighs
   * the table's size against the rows. For tests of both kernels.
   */
  BulkScores scoreParallel(CustomerBase base, Executor executor, int tasks, int keyLimit) {
    requireNonNull(base, "base");
    requireNonNull(executor, "executor");
    Checks.positive("tasks", tasks);
    int rows = base.rowCount();
    int limit = keyLimit >= 0 ? keyLimit : Math.min(KEY_LIMIT, Math.max(64, rows / 8));
    Tables tables = new Tables(base, limit);
    float[] values = new float[rows];
    long[] unscored = new long[(rows + 63) >>> 6];
    int chunk = Math.max(64, (int) ((((long) rows + tasks - 1) / tasks + 63) & ~63L));
    List<CompletableFuture<long[]>> parts = new ArrayList<>();
    for (int lo = 0; lo < rows; lo += chunk) {
      int a = lo;
      int b = (int) Math.min(rows, (long) lo + chunk);
      parts.add(CompletableFuture.supplyAsync(() -> tables.run(a, b, values, unscored), executor));
    }
    long[] counts = new long[5];
    for (CompletableFuture<long[]> p : parts) {
      long[] c = ColumnarMetrics.join(p);
      for (int i = 0; i < counts.length; i++) {
        counts[i] += c[i];
      }
    }
    return new BulkScores(values, unscored, counts, tiers);
  }

  /** The number of attributes, for tests. */
  int attributeCount() {
    return attributes.size();
  }

  /** The entries of the row-key table for {@code base} under {@code keyLimit}, 0 if none. */
  int keyTableSize(CustomerBase base, int keyLimit) {
    float[] t = new Tables(base, keyLimit).valueOfKey;
    return t == null ? 0 : t.length;
  }

  /**
   * The fit tables of one base, and the kernels. Each attribute's value in a row is one of a few
   * classes: one per distinct fit, and one for missing. A row's score depends only on its classes,
   * so when their combinations are few, every combination is scored once into a table indexed by
   * the row key {@code sum of class_i * stride_i}, and the kernel only sums each row's key and
   * looks it up ({@link #runKeyed}); otherwise it scores row by row ({@link #runRows}).
   */
  private final class Tables {
    private final int n = attributes.size();
    private final int[] kind = new int[n];
    private final double[] weight = new double[n];
    private final double[][] fitOfCode = new double[n][];
    private final boolean[][] presentOfCode = new boolean[n][];
    private final Codes[] codes = new Codes[n];
    private final long[][] missing = new long[n][];
    private final long[][] targetBits = new long[n][];
    private final int[] targetCount = new int[n];
    private final long[][] tagWords = new long[n][];
    private final int[] wordsPerRow = new int[n];
    private final double allWeight;
    private final double a;
    private final double b;
    private final double c;
    private final double[][] shareOf;

    /**
     * Per attribute, the key increment of each code and missing bit ({@code [2 code + missing]}),
     * or for a tag column of each {@code min(have, targets) * (targets + 1) + common}; null when
     * the rows are scored one by one.
     */
    private final int @Nullable [][] keyOf;

    /** The value and tier index (0-3 for A-D, 4 for unscored) of each row key. */
    private final float @Nullable [] valueOfKey;

    private final byte @Nullable [] tierOfKey;

    Tables(CustomerBase base, int keyLimit) {
      double all = 0;
      for (int i = 0; i < n; i++) {
        Attribute at = attributes.get(i);
        kind[i] = at.kind();
        weight[i] = at.weight();
        all += at.weight();
        switch (at.kind()) {
          case INDUSTRY -> {
            List<Industry> dict = base.industries();
            fitOfCode[i] = new double[Math.max(1, dict.size())]; // read even when missing
            presentOfCode[i] = new boolean[Math.max(1, dict.size())];
            for (int k = 0; k < dict.size(); k++) {
              Optional<NaicsCode> code = dict.get(k).naics();
              if (code.isPresent()) {
                double best = 0;
                for (String t : at.targets()) {
                  best = Math.max(best, Fit.hierarchy(code.get().code(), t));
                }
                fitOfCode[i][k] = best;
                presentOfCode[i][k] = true;
              }
            }
            column(i, base, CategoryColumn.INDUSTRY);
          }
          case SIZE -> {
            int levels = base.sizePolicy().bands().size();
            int target = base.sizePolicy().band(at.targets().get(0)).ordinal();
            ordinal(i, levels, target);
            column(i, base, CategoryColumn.SIZE_BAND);
          }
          case COUNTRY -> {
            List<String> dict = base.dictionary(CategoryColumn.COUNTRY);
            fitOfCode[i] = new double[Math.max(1, dict.size())]; // read even when missing
            presentOfCode[i] = new boolean[Math.max(1, dict.size())];
            for (int k = 0; k < dict.size(); k++) {
              fitOfCode[i][k] = at.targets().contains(dict.get(k)) ? 1.0 : 0.0;
              presentOfCode[i][k] = true;
            }
            column(i, base, CategoryColumn.COUNTRY);
          }
          case SENIORITY -> {
            ordinal(i, Seniority.values().length, Seniority.valueOf(at.targets().get(0)).ordinal());
            column(i, base, CategoryColumn.SENIORITY);
          }
          default -> {
            TagColumn t = at.kind() == TECH ? TagColumn.TECH_STACK : TagColumn.PAIN_POINTS;
            List<String> dict = base.tagDictionary(t);
            wordsPerRow[i] = base.tagWordsPerRow(t);
            tagWords[i] = base.tagWords(t);
            targetBits[i] = new long[wordsPerRow[i]];
            targetCount[i] = at.targets().size();
            for (String target : at.targets()) {
              int k = dict.indexOf(target);
              if (k >= 0) {
                targetBits[i][k >>> 6] |= 1L << k;
              }
            }
          }
        }
      }
      allWeight = all;
      double[] cuts = cuts(tiers);
      a = cuts[0];
      b = cuts[1];
      c = cuts[2];
      shareOf = shares();
      int[][] keys = new int[n][];
      double[][] classFit = new double[n][];
      long product = 1;
      for (int i = 0; i < n && product <= keyLimit; i++) {
        List<Double> fits = new ArrayList<>();
        int[] classOf;
        if (kind[i] == TECH || kind[i] == PAIN) {
          int t = targetCount[i];
          classOf = new int[(t + 1) * (t + 1)];
          for (int min = 0; min <= t; min++) {
            for (int common = 0; common <= min; common++) {
              classOf[min * (t + 1) + common] =
                  min == 0 ? -1 : classIndex(fits, overlap(common, min));
            }
          }
        } else {
          classOf = new int[2 * fitOfCode[i].length];
          for (int k = 0; k < fitOfCode[i].length; k++) {
            classOf[2 * k] = presentOfCode[i][k] ? classIndex(fits, fitOfCode[i][k]) : -1;
            classOf[2 * k + 1] = -1;
          }
        }
        int missingClass = fits.size();
        classFit[i] = new double[missingClass + 1];
        for (int k = 0; k < missingClass; k++) {
          classFit[i][k] = fits.get(k);
        }
        for (int k = 0; k < classOf.length; k++) {
          classOf[k] = (int) ((classOf[k] < 0 ? missingClass : classOf[k]) * product);
        }
        keys[i] = classOf;
        product *= missingClass + 1;
      }
      if (product <= keyLimit) {
        keyOf = keys;
        valueOfKey = new float[(int) product];
        tierOfKey = new byte[(int) product];
        keyTable(classFit, valueOfKey, tierOfKey);
      } else {
        keyOf = null;
        valueOfKey = null;
        tierOfKey = null;
      }
    }

    /** Returns the class of {@code fit} among {@code fits}, adding it if new. */
    private static int classIndex(List<Double> fits, double fit) {
      int k = fits.indexOf(fit);
      if (k < 0) {
        fits.add(fit);
        return fits.size() - 1;
      }
      return k;
    }

    /** Scores every combination of classes, the last of each attribute's being missing. */
    private void keyTable(double[][] classFit, float[] values, byte[] tierIndex) {
      int[] state = new int[n];
      double[] fit = new double[n];
      for (int key = 0; key < values.length; key++) {
        int mask = 0;
        for (int i = 0; i < n; i++) {
          boolean present = state[i] < classFit[i].length - 1;
          mask |= present ? 1 << i : 0;
          fit[i] = classFit[i][state[i]];
        }
        long centi = centi(mask, fit);
        values[key] = centi < 0 ? 0 : (float) (centi / 100.0);
        tierIndex[key] = (byte) (centi < 0 ? 4 : tierIndex(centi / 100.0));
        for (int i = 0; i < n && ++state[i] == classFit[i].length; i++) {
          state[i] = 0;
        }
      }
    }

    private void ordinal(int i, int levels, int target) {
      fitOfCode[i] = new double[levels];
      presentOfCode[i] = new boolean[levels];
      for (int k = 0; k < levels; k++) {
        fitOfCode[i][k] = Fit.ordinal(k, target, levels);
        presentOfCode[i][k] = true;
      }
    }

    private void column(int i, CustomerBase base, CategoryColumn column) {
      codes[i] = base.codes(column);
      missing[i] = base.missing(column);
    }

    /**
     * The shares {@code w_i / W} for every set of present attributes (bit {@code i} of the mask),
     * computed once with the record path's summation order; {@code W <= 0} marks a mask that cannot
     * be scored.
     */
    private double[][] shares() {
      double[][] out = new double[1 << n][];
      for (int mask = 0; mask < out.length; mask++) {
        double present = 0;
        for (int i = 0; i < n; i++) {
          if ((mask & 1 << i) != 0) {
            present += weight[i];
          }
        }
        double total = missingPolicy == MissingPolicy.NEUTRAL ? present : allWeight;
        out[mask] = new double[n + 1];
        out[mask][n] = total;
        for (int i = 0; i < n; i++) {
          out[mask][i] = weight[i] / total;
        }
      }
      return out;
    }

    /**
     * The hundredths of a point of a row with the attributes of {@code mask} present with fits
     * {@code fit}, or -1 if it cannot be scored. As Scores.allocate: floors, then the shortfall to
     * the rounded total by largest remainder, which makes the total depend only on the sum and the
     * sum of floors; a missing attribute under NEUTRAL adds 0.0, which leaves the sum exact.
     */
    private long centi(int mask, double[] fit) {
      double[] share = shareOf[mask];
      if (mask == 0 || !(share[n] > 0)) {
        return -1;
      }
      boolean penalize = missingPolicy == MissingPolicy.PENALTY;
      double sum = 0;
      long floorSum = 0;
      for (int i = 0; i < n; i++) {
        boolean present = (mask & 1 << i) != 0;
        double points =
            present ? 100 * share[i] * fit[i] : penalize ? -100 * share[i] * penalty : 0;
        double scaled = points * 100;
        long fl = (long) Math.floor(scaled);
        sum += scaled;
        floorSum += fl;
      }
      int drafts = missingPolicy == MissingPolicy.NEUTRAL ? Integer.bitCount(mask) : n;
      long target = Math.round(sum);
      long shortfall = Math.max(0, Math.min(drafts, target - floorSum));
      return Math.max(0, Math.min(10_000, floorSum + shortfall));
    }

    /** The tier index of a value: 0-3 for A-D. */
    private int tierIndex(double v) {
      return v >= a ? 0 : v >= b ? 1 : v >= c ? 2 : 3;
    }

    /**
     * Scores rows {@code [lo, hi)}, {@code lo} a multiple of 64. Returns the counts of tiers A-D
     * and of unscored rows.
     */
    long[] run(int lo, int hi, float[] values, long[] unscored) {
      return keyOf != null ? runKeyed(lo, hi, values, unscored) : runRows(lo, hi, values, unscored);
    }

    /**
     * The row-key kernel, block by block: one loop per attribute adds its key increment to each
     * row's key (a code and missing-bit lookup, or two population counts and a lookup), then one
     * loop looks each key's value and tier up, counts the tiers in one packed register and writes
     * the unscored bitmap a word at a time, only where a row is unscored.
     */
    private long[] runKeyed(int lo, int hi, float[] values, long[] unscored) {
      int[][] keyOf = requireNonNull(this.keyOf);
      float[] valueOfKey = requireNonNull(this.valueOfKey);
      byte[] tierOfKey = requireNonNull(this.tierOfKey);
      long[] counts = new long[5];
      int[] key = new int[BLOCK];
      for (int start = lo; start < hi; start += BLOCK) {
        int m = Math.min(BLOCK, hi - start);
        java.util.Arrays.fill(key, 0, m, 0);
        for (int i = 0; i < n; i++) {
          int[] inc = keyOf[i];
          if (kind[i] == TECH || kind[i] == PAIN) {
            tagKeys(i, start, m, inc, key);
          } else {
            codes[i].accumulateMapped(start, m, inc, missing[i], key);
          }
        }
        long packed = 0; // 12 bits per tier index: BLOCK < 4096
        for (int w = 0; w < m; w += 64) {
          int end = Math.min(m, w + 64);
          long word = 0;
          for (int j = w; j < end; j++) {
            int k = key[j];
            int t = tierOfKey[k];
            values[start + j] = valueOfKey[k];
            packed += 1L << (t * 12);
            word |= (long) (t >>> 2) << j;
          }
          if (word != 0) {
            unscored[(start + w) >>> 6] |= word; // ranges are whole words: no other task writes it
          }
        }
        for (int t = 0; t < 5; t++) {
          counts[t] += (packed >>> (t * 12)) & 0xFFF;
        }
      }
      return counts;
    }

    /** Adds the key increments of tag attribute {@code i} for rows {@code [start, start + m)}. */
    private void tagKeys(int i, int start, int m, int[] inc, int[] key) {
      int w = wordsPerRow[i];
      long[] words = tagWords[i];
      long[] target = targetBits[i];
      int t = targetCount[i];
      if (w == 1) {
        long target0 = target[0];
        for (int j = 0; j < m; j++) {
          long word = words[start + j];
          int have = Long.bitCount(word);
          int common = Long.bitCount(word & target0);
          key[j] += inc[Math.min(have, t) * (t + 1) + common];
        }
      } else {
        for (int j = 0; j < m; j++) {
          int have = 0;
          int common = 0;
          for (int k = 0, o = (start + j) * w; k < w; k++) {
            long word = words[o + k];
            have += Long.bitCount(word);
            common += Long.bitCount(word & target[k]);
          }
          key[j] += inc[Math.min(have, t) * (t + 1) + common];
        }
      }
    }

    /**
     * The row-by-row kernel, block by block: each attribute's fits and presence for the block in a
     * loop of its own, then each row's value from them. Returns the counts of tiers A-D and of
     * unscored rows.
     */
    // Non-short-circuit & on purpose: the results feed cmovs, not branches.
    @SuppressWarnings("ShortCircuitBoolean")
    private long[] runRows(int lo, int hi, float[] values, long[] unscored) {
      long[] counts = new long[5];
      double[][] fits = new double[n][BLOCK];
      double[] fit = new double[n];
      int[] masks = new int[BLOCK];
      int[] code = new int[BLOCK];
      for (int start = lo; start < hi; start += BLOCK) {
        int m = Math.min(BLOCK, hi - start);
        java.util.Arrays.fill(masks, 0, m, 0);
        for (int i = 0; i < n; i++) {
          double[] f = fits[i];
          int bit = 1 << i;
          if (kind[i] == TECH || kind[i] == PAIN) {
            int w = wordsPerRow[i];
            long[] words = tagWords[i];
            long[] target = targetBits[i];
            int t = targetCount[i];
            for (int j = 0; j < m; j++) {
              int have = 0;
              int common = 0;
              for (int k = 0, o = (start + j) * w; k < w; k++) {
                long word = words[o + k];
                have += Long.bitCount(word);
                common += Long.bitCount(word & target[k]);
              }
              f[j] = have > 0 ? overlap(common, Math.min(have, t)) : 0;
              masks[j] |= have > 0 ? bit : 0;
            }
          } else {
            codes[i].gather(start, m, code);
            long[] miss = missing[i];
            double[] fitOf = fitOfCode[i];
            boolean[] presentOf = presentOfCode[i];
            for (int j = 0; j < m; j++) {
              int r = start + j;
              boolean present = presentOf[code[j]] & (miss[r >>> 6] & 1L << r) == 0;
              f[j] = fitOf[code[j]];
              masks[j] |= present ? bit : 0;
            }
          }
        }
        for (int j = 0; j < m; j++) {
          int r = start + j;
          for (int i = 0; i < n; i++) {
            fit[i] = fits[i][j];
          }
          long centi = centi(masks[j], fit);
          if (centi < 0) {
            values[r] = 0;
            counts[4]++;
            unscored[r >>> 6] |= 1L << r; // ranges are whole words: no other task writes it
            continue;
          }
          double v = centi / 100.0;
          values[r] = (float) v;
          counts[tierIndex(v)]++;
        }
      }
      return counts;
    }
  }

  /**
   * The overlap coefficient of a row's tags: {@code common / min(have, targets)}, {@code min > 0}.
   */
  private static double overlap(int common, int min) {
    return common / (double) min;
  }

  private static double[] cuts(TierPolicy tiers) {
    if (tiers instanceof TierPolicy.Thresholds t) {
      return new double[] {t.a(), t.b(), t.c()};
    }
    TierPolicy.QuantileBands q = (TierPolicy.QuantileBands) tiers;
    return new double[] {q.aCut(), q.bCut(), q.cCut()};
  }

  /** Returns the attributes with their weights, such as {@code industry 3, size 2}. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (Attribute a : attributes) {
      parts.add(a.name() + " " + a.weight());
    }
    return "ColumnarFit: "
        + String.join(", ", parts)
        + ", missing "
        + missingPolicy
        + ", tiers "
        + tiers;
  }

  /** Builds a {@link ColumnarFit}; each attribute may be added once. */
  public static final class Builder {
    private final List<Attribute> company = new ArrayList<>();
    private final List<Attribute> accountOnly = new ArrayList<>();
    private MissingPolicy missingPolicy = MissingPolicy.NEUTRAL;
    private double penalty = 0.5;
    private TierPolicy tiers = TierPolicy.STANDARD;

    private Builder() {}

    private Builder add(List<Attribute> to, int kind, String name, double w, List<String> t) {
      if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            "weight of " + name + " must be finite and >= 0, got " + w);
      }
      for (Attribute a : company) {
        checkNew(a, name);
      }
      for (Attribute a : accountOnly) {
        checkNew(a, name);
      }
      to.add(new Attribute(kind, name, w, List.copyOf(t)));
      return this;
    }

    private static void checkNew(Attribute a, String name) {
      if (a.name().equals(name)) {
        throw new IllegalArgumentException("attributes must each be added once, got " + name);
      }
    }

    private static List<String> nonEmpty(String field, List<String> values) {
      if (values.isEmpty()) {
        throw new IllegalArgumentException(field + " must not be empty, got []");
      }
      return values;
    }

    /** Adds the industry attribute: NAICS hierarchy fit against the closest of the codes. */
    public Builder industry(double weight, String... naicsCodes) {
      List<String> t = new ArrayList<>();
      for (String c : naicsCodes) {
        t.add(NaicsCode.of(c).code());
      }
      return add(company, INDUSTRY, "industry", weight, nonEmpty("naicsCodes", t));
    }

    /** Adds the size attribute: ordinal distance to the band of the base's size policy. */
    public Builder size(double weight, String band) {
      Checks.notBlank("band", band);
      return add(company, SIZE, "size", weight, List.of(band.strip()));
    }

    /** Adds the country attribute: 1 for one of the ISO codes, else 0. */
    public Builder country(double weight, String... countries) {
      Set<String> t = new TreeSet<>();
      for (String c : countries) {
        t.add(Location.of(c).country());
      }
      return add(company, COUNTRY, "country", weight, nonEmpty("countries", List.copyOf(t)));
    }

    /** Adds the tech-stack attribute: overlap coefficient with the technologies. */
    public Builder techStack(double weight, String... technologies) {
      List<String> t = List.copyOf(TechStack.of(technologies).keys());
      return add(company, TECH, "techStack", weight, nonEmpty("technologies", t));
    }

    /** Adds the seniority attribute: ordinal distance of the primary buyer's seniority. */
    public Builder seniority(double weight, Seniority target) {
      requireNonNull(target, "target");
      return add(accountOnly, SENIORITY, "seniority", weight, List.of(target.name()));
    }

    /** Adds the pain-points attribute: overlap coefficient of the pain-point tag ids. */
    public Builder painPoints(double weight, String... labels) {
      Set<String> t = new TreeSet<>();
      for (String l : labels) {
        t.add(Tag.of(l).id());
      }
      return add(accountOnly, PAIN, "painPoints", weight, nonEmpty("labels", List.copyOf(t)));
    }

    /** Sets what a missing attribute counts as; {@link MissingPolicy#NEUTRAL} by default. */
    public Builder missingPolicy(MissingPolicy policy) {
      this.missingPolicy = requireNonNull(policy, "missingPolicy");
      return this;
    }

    /** Sets the penalty of {@link MissingPolicy#PENALTY}, in [0, 1]; 0.5 by default. */
    public Builder penalty(double penalty) {
      this.penalty = Checks.fraction("penalty", penalty);
      return this;
    }

    /** Sets the tier policy; {@link TierPolicy#STANDARD} by default. */
    public Builder tiers(TierPolicy tiers) {
      this.tiers = requireNonNull(tiers, "tiers");
      return this;
    }

    /**
     * Returns the scorer.
     *
     * @throws IllegalArgumentException if no attribute was added or all weigh 0
     */
    public ColumnarFit build() {
      double total = 0;
      for (Attribute a : company) {
        total += a.weight();
      }
      for (Attribute a : accountOnly) {
        total += a.weight();
      }
      if (company.isEmpty() && accountOnly.isEmpty()) {
        throw new IllegalArgumentException("attributes must not be empty, got []");
      }
      if (!(total > 0)) {
        throw new IllegalArgumentException("weights must not all be zero, got a sum of " + total);
      }
      return new ColumnarFit(this);
    }
  }
}
