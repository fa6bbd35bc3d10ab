package dev.icpmetrics.scoring;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small labelled base for the learned strategies, independent of the domain model.
 *
 * <pre>
 * industry  size  judged  good   (+ young, unjudged)
 * saas      smb        6     4   3 young, not good: must be left out
 * saas      mid        4     3
 * retail    smb        6     1
 * retail    mid        4     0
 * </pre>
 *
 * N = 20 judged, K = 8 good, base rate 0.4.
 */
final class LearnedBase {
  private LearnedBase() {}

  record Acct(Optional<String> industry, Optional<String> size, boolean good, boolean young)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    static Acct of(String industry, String size) {
      return new Acct(Optional.of(industry), Optional.of(size), false, false);
    }

    Optional<String> cell() {
      return industry.flatMap(i -> size.map(s -> i + "|" + s));
    }
  }

  static final LabelDefinition<Acct> GOOD = LabelDefinition.of("good", a -> !a.young(), Acct::good);

  static List<Acct> base() {
    List<Acct> out = new ArrayList<>();
    add(out, "saas", "smb", 6, 4);
    add(out, "saas", "mid", 4, 3);
    add(out, "retail", "smb", 6, 1);
    add(out, "retail", "mid", 4, 0);
    for (int i = 0; i < 3; i++) {
      out.add(new Acct(Optional.of("saas"), Optional.of("smb"), false, true));
    }
    return List.copyOf(out);
  }

  private static void add(List<Acct> out, String industry, String size, int n, int good) {
    for (int i = 0; i < n; i++) {
      out.add(new Acct(Optional.of(industry), Optional.of(size), i < good, false));
    }
  }

  /** The judged accounts' outcomes, in base order. */
  static boolean[] outcomes(List<Acct> judged) {
    boolean[] y = new boolean[judged.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = judged.get(i).good();
    }
    return y;
  }

  static List<Acct> judged() {
    return base().stream().filter(a -> !a.young()).toList();
  }
}
