package cn.samr.livestream.enforcement.transfer;

/** What the calling process gets back as transferOutcome. */
public enum TransferOutcome {
  /** The police accepted the case: the administrative case is closed as transferred. */
  ACCEPTED,
  /** No transfer (the head rejected it) or the police's refusal stands: the administrative procedure goes on. */
  RETURNED
}
