package dev.icpmetrics.columnar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A growing dictionary: value to code in order of first appearance. */
final class Dict {
  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> values = new ArrayList<>();
  private final boolean closed;

  Dict(List<String> preloaded, boolean closed) {
    for (String v : preloaded) {
      code(v);
    }
    this.closed = closed;
  }

  /** Returns the code of {@code value}, adding it unless the dictionary is closed. */
  int code(String value) {
    Integer c = index.get(value);
    if (c != null) {
      return c;
    }
    if (closed) {
      return -1;
    }
    int next = values.size();
    index.put(value, next);
    values.add(value);
    return next;
  }

  int size() {
    return values.size();
  }

  String value(int code) {
    return values.get(code);
  }

  List<String> values() {
    return List.copyOf(values);
  }
}
