package dev.icpmetrics.scoring;

import dev.icpmetrics.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The built-in label definitions and the check that a labelling can be learned from. */
final class Labels {
  private Labels() {}

  /**
   * Counts the labels and checks that learning is possible.
   *
   * @param name the definition's name, for the message
   * @param labels the labels
   * @return {@code {positives, negatives}}
   * @throws IllegalArgumentException if there is no positive or no negative
   */
  static long[] requireBothClasses(String name, List<Label> labels) {
    long pos = 0;
    long neg = 0;
    for (Label l : labels) {
      pos += l == Label.POSITIVE ? 1 : 0;
      neg += l == Label.NEGATIVE ? 1 : 0;
    }
    if (pos == 0) {
      throw new IllegalArgumentException(
          "label "
              + name
              + " must mark at least one subject positive, got 0 of "
              + (pos + neg)
              + " judged");
    }
    if (neg == 0) {
      throw new IllegalArgumentException(
          "label "
              + name
              + " must mark at least one subject negative, got "
              + pos
              + " of "
              + pos
              + " judged positive");
    }
    return new long[] {pos, neg};
  }

  /** See {@link LabelDefinition#of}. */
  record Simple<S>(String name, Condition<? super S> judgeable, Condition<? super S> positive)
      implements LabelDefinition<S> {
    private static final long serialVersionUID = 1L;

    @Override
    public List<Label> label(List<? extends S> base) {
      List<Label> out = new ArrayList<>(base.size());
      for (S s : base) {
        out.add(
            !judgeable.test(s)
                ? Label.UNKNOWN
                : positive.test(s) ? Label.POSITIVE : Label.NEGATIVE);
      }
      return List.copyOf(out);
    }
  }

  /** See {@link LabelDefinition#aboveMedian}. */
  record AboveMedian<S>(
      String name,
      Condition<? super S> judgeable,
      Condition<? super S> qualifies,
      Measure<? super S> value)
      implements LabelDefinition<S> {
    private static final long serialVersionUID = 1L;

    @Override
    public List<Label> label(List<? extends S> base) {
      double[] values = new double[base.size()];
      boolean[] judged = new boolean[base.size()];
      int m = 0;
      double[] judgedValues = new double[base.size()];
      for (int i = 0; i < base.size(); i++) {
        S s = base.get(i);
        judged[i] = judgeable.test(s);
        if (judged[i]) {
          values[i] = Checks.finite("value", value.of(s));
          judgedValues[m++] = values[i];
        }
      }
      double median = median(Arrays.copyOf(judgedValues, m));
      List<Label> out = new ArrayList<>(base.size());
      for (int i = 0; i < base.size(); i++) {
        if (!judged[i]) {
          out.add(Label.UNKNOWN);
        } else {
          boolean good = qualifies.test(base.get(i)) && values[i] > median;
          out.add(good ? Label.POSITIVE : Label.NEGATIVE);
        }
      }
      return List.copyOf(out);
    }

    private static double median(double[] v) {
      if (v.length == 0) {
        return Double.NaN;
      }
      Arrays.sort(v);
      int h = v.length / 2;
      return v.length % 2 == 1 ? v[h] : (v[h - 1] + v[h]) / 2;
    }
  }
}
