package cn.samr.livestream.coordination;

/** Text checks the escalation's services share, with the column sizes of V5__coordination.sql. */
final class EscalationText {

  static final int TEXT = 2000;
  static final int LONG_TEXT = 4000;
  static final int SHORT_TEXT = 500;

  private EscalationText() {
  }

  static boolean fits(String value, int max) {
    return value == null || value.trim().length() <= max;
  }

  static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }

  static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
