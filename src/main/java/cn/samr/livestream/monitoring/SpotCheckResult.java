package cn.samr.livestream.monitoring;

/** What a spot check found. */
public enum SpotCheckResult {
  NORMAL("未发现问题"),
  SUSPECTED_VIOLATION("涉嫌违法");

  private final String label;

  SpotCheckResult(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
