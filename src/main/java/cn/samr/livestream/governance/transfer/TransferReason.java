package cn.samr.livestream.governance.transfer;

/** Why the matter goes to another department (移送事由). */
public enum TransferReason {
  /** 不属本局职责: a clue outside the bureau's competence. */
  OUTSIDE_COMPETENCE("不属本局职责"),
  /** 需他部门依职责处理: a finding another department must act on. */
  OTHER_DEPARTMENT_ACTION("需其他部门依职责处理");

  private final String label;

  TransferReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
