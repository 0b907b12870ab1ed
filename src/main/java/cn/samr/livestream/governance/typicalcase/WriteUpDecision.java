package cn.samr.livestream.governance.typicalcase;

/** The head's decision on a write-up (审批典型案例). */
public enum WriteUpDecision {
  APPROVE("同意发布"),
  RETURN("退回修改"),
  REJECT("不同意");

  private final String label;

  WriteUpDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
