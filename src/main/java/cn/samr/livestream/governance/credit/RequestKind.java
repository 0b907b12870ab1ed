package cn.samr.livestream.governance.credit;

/** What the party filed against a listing. */
public enum RequestKind {
  REMOVAL("移出申请"),
  OBJECTION("异议");

  private final String label;

  RequestKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
