package cn.samr.livestream.audit;

/** The records that have a timeline, each with its own event table. */
public enum RecordKind {
  COMPLAINT,
  CLUE,
  ESCALATION
}
