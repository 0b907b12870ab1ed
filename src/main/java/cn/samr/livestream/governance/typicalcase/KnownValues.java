package cn.samr.livestream.governance.typicalcase;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The personal and identifying values of one write-up's source (its parties, complainants, reporters, officers,
 * document numbers), gathered from the other features' services for one check and compared in memory only: they are
 * never stored, logged or returned.
 */
public final class KnownValues {

  private final Map<FindingKind, Set<String>> values = new EnumMap<>(FindingKind.class);

  public KnownValues add(FindingKind kind, String value) {
    if (value != null && !value.isBlank()) {
      values.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(value.trim());
    }
    return this;
  }

  public Map<FindingKind, Set<String>> values() {
    return values;
  }

  public static KnownValues none() {
    return new KnownValues();
  }
}
