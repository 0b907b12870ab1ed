package cn.samr.livestream.governance.typicalcase;

/** Status of a write-up (typical_case.status). */
public enum TypicalCaseStatus {
  DRAFT("起草中"),
  CHECK_FAILED("检查发现个人信息"),
  AWAITING_APPROVAL("待审批"),
  RETURNED("已退回"),
  REJECTED("不同意发布"),
  PUBLISHED("已发布"),
  WITHDRAWN("已撤回");

  private final String label;

  TypicalCaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the write-up has ended without a publication in force: the case may be proposed again. */
  public boolean ended() {
    return this == REJECTED || this == WITHDRAWN;
  }
}
