package cn.samr.livestream.enforcement.casefile;

/** What the officer does when he completes 调查取证. */
public enum InvestigationAction {
  /** Ask the head for 30 more days (行政处罚法 Art.60). */
  EXTEND,
  /** Record a hearing, testing/appraisal or public notice period: the deadline moves by its days. */
  EXCLUDE_PERIOD,
  /** Transfer to the police (涉嫌犯罪移送). */
  SUSPECTED_CRIME,
  /** Investigation finished, a penalty is proposed. */
  CONCLUDE
}
