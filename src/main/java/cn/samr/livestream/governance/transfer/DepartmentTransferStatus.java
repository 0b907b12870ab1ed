package cn.samr.livestream.governance.transfer;

/** Where a department transfer stands (department_transfer.status). */
public enum DepartmentTransferStatus {
  AWAITING_APPROVAL("待负责人审批"),
  AWAITING_FORWARD("待综合协调工作组发出"),
  SENT("已移送，待回执"),
  RECEIVED("已签收，待反馈"),
  CLOSED("已办结"),
  REFUSED("负责人不同意移送"),
  RETURNED_BY_GROUP("综合协调工作组退回");

  private final String label;

  DepartmentTransferStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Still awaiting the receiving department (the subject page marks these red when overdue). */
  public boolean open() {
    return this != CLOSED && this != REFUSED && this != RETURNED_BY_GROUP;
  }
}
