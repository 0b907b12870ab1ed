package cn.samr.livestream.complaint;

/** Why a complaint matter is referred to enforcement. */
public enum ReferralReason {
  REMEDY_REFUSED("拒不退赔"),
  VIOLATION_CLUE("发现违法线索");

  private final String label;

  ReferralReason(String label) {
    this.label = label;
  }

  /** The Chinese label officers read. */
  public String label() {
    return label;
  }
}
