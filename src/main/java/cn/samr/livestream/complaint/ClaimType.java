package cn.samr.livestream.complaint;

/** What the consumer claims (投诉请求); RETURN, REFUND and COMPENSATION are also the remedies an officer can find owed. */
public enum ClaimType {
  RETURN("退货"),
  REFUND("退款"),
  COMPENSATION("赔偿"),
  OTHER("其他");

  private final String label;

  ClaimType(String label) {
    this.label = label;
  }

  /** The Chinese label officers read. */
  public String label() {
    return label;
  }
}
