package cn.samr.livestream.governance.transfer;

/** What the receiving department answered (部门反馈结果). */
public enum TransferFeedbackOutcome {
  ACCEPTED("已接收处理"),
  /** 不予接收、退回: the officers decide what next; the clue is not reopened by itself. */
  RETURNED("不予接收、退回"),
  HANDLED("已处理完毕");

  private final String label;

  TransferFeedbackOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
