package cn.samr.livestream.governance.interview;

/** Where an interview stands (interview.status). */
public enum InterviewStatus {
  PROPOSED("待审查建议"),
  AWAITING_APPROVAL("待审批"),
  NOTICE("待制发通知书"),
  RECORDING("待记录约谈"),
  FOLLOW_UP("承诺跟踪中"),
  AWAITING_ACKNOWLEDGEMENT("待确认收悉"),
  CLOSED("已办结"),
  DECLINED("建议未采纳"),
  REFUSED("未批准");

  private final String label;

  InterviewStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
