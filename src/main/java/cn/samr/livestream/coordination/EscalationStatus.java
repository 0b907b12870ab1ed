package cn.samr.livestream.coordination;

/** Where an escalation stands. */
public enum EscalationStatus {
  TRIAGE,
  IN_PROGRESS,
  CONSOLIDATING,
  AWAITING_ACKNOWLEDGEMENT,
  CLOSED
}
