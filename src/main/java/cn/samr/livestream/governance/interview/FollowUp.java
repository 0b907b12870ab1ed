package cn.samr.livestream.governance.interview;

/** What follows an unfulfilled commitment (Gateway_FollowUp). */
public enum FollowUp {
  /** Registered as a clue against the subject (clue verification, ClueSource.INTERVIEW_COMMITMENT). */
  CLUE("登记线索"),
  /** Reported to the coordination group (EscalationSource.INTERVIEW); not when the group hosts the interview. */
  ESCALATE("上报综合协调工作组"),
  /** Not pursued, with a reason, approved by the host unit's heads. */
  NONE("不再跟进");

  private final String label;

  FollowUp(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
