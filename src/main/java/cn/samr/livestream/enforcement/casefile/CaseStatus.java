package cn.samr.livestream.enforcement.casefile;

/** Status of a case file (case_file.status). */
public enum CaseStatus {
  AWAITING_FILING, NOT_FILED, INVESTIGATING, AWAITING_HEARING, AWAITING_DECISION, DECIDED, SERVED, PUBLISHED, TRANSFERRED,
  CLOSED
}
