package cn.samr.livestream.governance;

/** The kinds of record whose steps share the governance_event timeline table (docs/governance.md §1.6). */
public enum GovernanceRecordKind {
  /** 行政约谈、提醒告诫函、行政指导意见函. */
  INTERVIEW,
  /** 经营异常名录、严重违法失信名单的列入与移出. */
  LISTING,
  /** 专项整治. */
  CAMPAIGN,
  /** 典型案例. */
  TYPICAL_CASE,
  /** 部门移送. */
  TRANSFER
}
