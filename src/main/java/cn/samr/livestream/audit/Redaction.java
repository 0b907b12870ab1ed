package cn.samr.livestream.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Masks a record's personal data (complainant, real-name reporter) wherever it appears in the timeline's
 * text. The structured data never goes there; this catches what an officer may have typed into a note.
 */
final class Redaction {

  static final String MASK = "***";

  private final List<String> secrets = new ArrayList<>();

  /** Values shorter than two characters are ignored: masking them would shred ordinary text. */
  Redaction add(String... values) {
    for (String value : values) {
      if (value != null && value.strip().length() >= 2) {
        secrets.add(value.strip());
      }
    }
    secrets.sort(Comparator.comparingInt(String::length).reversed());
    return this;
  }

  String apply(String text) {
    if (text == null) {
      return null;
    }
    String masked = text;
    for (String secret : secrets) {
      masked = masked.replace(secret, MASK);
    }
    return masked;
  }
}
