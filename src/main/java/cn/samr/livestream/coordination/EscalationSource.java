package cn.samr.livestream.coordination;

/** How a matter reached the coordination group. */
public enum EscalationSource {
  /** Raised by clue verification (message Msg_EscalationRaised). */
  CLUE,
  /** A district's Tasklist start form 上报重大疑难问题. */
  TASKLIST,
  /** POST /api/escalations. */
  API,
  /** A commitment made at an administrative interview and not fulfilled (governance.interview). */
  INTERVIEW
}
