package dev.icpmetrics.scoring;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** A serializable, thread-safe cache of one {@link Source}'s value; the value is transient. */
final class Lazy<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Source<T> source;
  private transient volatile @Nullable T value;

  Lazy(Source<T> source) {
    this.source = source;
  }

  T get() {
    T v = value;
    if (v == null) {
      v = java.util.Objects.requireNonNull(source.get(), "source.get()");
      value = v;
    }
    return v;
  }
}
