package cn.samr.livestream.enforcement.transfer;

/** Where a criminal transfer stands (criminal_transfer.status). */
public enum TransferStatus {
  /** 移送报告 made by at least two officers, awaiting the head's approval. */
  REPORTED("已报告待审批"),
  APPROVED("已批准移送"),
  /** The head decided not to transfer (Art.5). */
  REJECTED("不予移送"),
  /** Handed to the police (Art.5). */
  TRANSFERRED("已移送公安机关"),
  /** The police accepted (立案). */
  ACCEPTED("公安机关已立案"),
  /** The police refused; the head decides on reconsideration (Art.9). */
  REFUSED("公安机关不予立案"),
  RECONSIDERATION("复议中"),
  /** Back to the administrative procedure: rejected by the head, or the police's refusal stands. */
  RETURNED("退回行政处理");

  private final String label;

  TransferStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
