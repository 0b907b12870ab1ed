package cn.samr.livestream.governance.credit;

/** The decision on a removal application or an objection. */
public enum RequestDecision {
  GRANTED("准予移出"),
  REFUSED("不予移出"),
  NOT_ACCEPTED("不予受理"),
  UPHELD("异议成立"),
  DISMISSED("异议不成立");

  private final String label;

  RequestDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
