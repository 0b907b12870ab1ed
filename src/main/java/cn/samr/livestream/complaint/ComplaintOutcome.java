package cn.samr.livestream.complaint;

/** How a complaint ended (办结结果). */
public enum ComplaintOutcome {
  NOT_ACCEPTED("不予受理"),
  NOT_SUBSTANTIATED("投诉事实不成立"),
  RESOLVED("属实，无需退赔"),
  MEDIATED_PAID("调解成功，已退赔"),
  MEDIATION_ENDED("调解不成，终止调解"),
  REFERRED("移送执法");

  private final String label;

  ComplaintOutcome(String label) {
    this.label = label;
  }

  /** The Chinese label officers read. */
  public String label() {
    return label;
  }
}
