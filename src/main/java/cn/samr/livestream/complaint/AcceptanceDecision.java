package cn.samr.livestream.complaint;

/** The decision of acceptance review (受理审查). */
public enum AcceptanceDecision {
  ACCEPT("受理"),
  REJECT("不予受理"),
  NOT_JURISDICTION("非本单位管辖");

  private final String label;

  AcceptanceDecision(String label) {
    this.label = label;
  }

  /** The Chinese label officers read. */
  public String label() {
    return label;
  }
}
