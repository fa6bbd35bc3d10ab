package dev.icpmetrics.scoring;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A service that supplies a {@link ScoringStrategy} from another jar, found with {@link
 * ServiceLoader}.
 *
 * <p>To register one: on the class path, list the implementation's binary name in {@code
 * META-INF/services/dev.icpmetrics.scoring.ScoringStrategyProvider}; in a named module, declare
 * {@code provides dev.icpmetrics.scoring.ScoringStrategyProvider with ...} in its {@code
 * module-info.java} (a named module's {@code META-INF/services} files are ignored by the JDK). The
 * implementation needs a public no-argument constructor or a public static {@code provider()}
 * method.
 */
public interface ScoringStrategyProvider {

  /** Returns the id of the strategy this provider supplies, unique among providers. */
  String id();

  /** Returns the subject type the strategy scores, for example {@code Company.class}. */
  Class<?> subjectType();

  /** Returns a new instance of the strategy. */
  ScoringStrategy<?> create();

  /**
   * Returns the strategy if it scores subjects of {@code type} (its {@link #subjectType()} is
   * {@code type} or a supertype of it), or empty.
   *
   * @param type the subject type the caller holds
   * @param <S> the subject type
   * @return the strategy, or empty
   */
  @SuppressWarnings("unchecked")
  default <S> Optional<ScoringStrategy<S>> create(Class<S> type) {
    requireNonNull(type, "type");
    return subjectType().isAssignableFrom(type)
        ? Optional.of((ScoringStrategy<S>) create())
        : Optional.empty();
  }

  /**
   * Returns the providers visible from the module layer of this library and from the class path of
   * the thread's context class loader, sorted by id.
   */
  static List<ScoringStrategyProvider> load() {
    return load(Thread.currentThread().getContextClassLoader());
  }

  /**
   * Returns the providers visible through {@code loader}: providers of named modules in the
   * loader's layers, and class-path providers listed in {@code META-INF/services}; sorted by id.
   *
   * @param loader the class loader to search, for example a plug-in's
   * @return the providers
   */
  static List<ScoringStrategyProvider> load(ClassLoader loader) {
    requireNonNull(loader, "loader");
    List<ScoringStrategyProvider> out = new ArrayList<>();
    for (ScoringStrategyProvider p : ServiceLoader.load(ScoringStrategyProvider.class, loader)) {
      out.add(p);
    }
    out.sort(Comparator.comparing(ScoringStrategyProvider::id));
    return List.copyOf(out);
  }

  /**
   * Returns the strategy of the provider with {@code id} that scores {@code type}, or empty.
   *
   * @param loader the class loader to search
   * @param id the provider's id
   * @param type the subject type
   * @param <S> the subject type
   * @return the strategy, or empty
   */
  static <S> Optional<ScoringStrategy<S>> find(ClassLoader loader, String id, Class<S> type) {
    requireNonNull(id, "id");
    for (ScoringStrategyProvider p : load(loader)) {
      if (p.id().equals(id)) {
        return p.create(type);
      }
    }
    return Optional.empty();
  }
}
