package cn.samr.livestream.enforcement.transfer;

/** Where a criminal transfer stands (criminal_transfer.status). */
public enum TransferStatus {
  /** 移送报告 made by at least two officers, awaiting the head's approval. */
  REPORTED,
  APPROVED,
  /** The head decided not to transfer (Art.5). */
  REJECTED,
  /** Handed to the police (Art.5). */
  TRANSFERRED,
  /** The police accepted (立案). */
  ACCEPTED,
  /** The police refused; the head decides on reconsideration (Art.9). */
  REFUSED,
  RECONSIDERATION,
  /** Back to the administrative procedure: rejected by the head, or the police's refusal stands. */
  RETURNED
}
