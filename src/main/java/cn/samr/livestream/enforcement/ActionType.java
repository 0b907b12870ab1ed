package cn.samr.livestream.enforcement;

/**
 * Kinds of enforcement action, each a row in enforcement_action. Those with a document kind (文书代字)
 * get a document number (文号) per unit, kind and year, e.g. 沪宝山市监告〔2026〕3号.
 */
public enum ActionType {
  NO_ACTION("不予立案", null),
  LENIENT("不予处罚", "不罚"),
  ADMONITION("行政告诫书", "告"),
  GUIDANCE("行政指导书", "指"),
  ORDER_TO_CORRECT("责令改正通知书", "责改"),
  FOLLOW_UP_CHECK("复查", null),
  CASE_FILING("立案", "立"),
  HEARING_NOTICE("听证告知书", "听告"),
  PENALTY_DECISION("行政处罚决定书", "罚"),
  SERVICE("送达", null),
  PUBLICATION("处罚信息公示", null),
  CRIMINAL_TRANSFER("涉嫌犯罪案件移送书", "移"),
  REPORTER_NOTICE("告知举报人", null),
  /** The offending product, link or live room taken down (下架), confirmed at the follow-up check. */
  TAKEDOWN("下架", null),
  // Governance beyond single cases (issue 16, docs/governance.md §1.4). The document kinds (文书代字) are this bureau's
  // choice, not fixed by regulation. Letters and interviews find no violation: they are no prior sanction.
  /** One notice per interviewed subject (约谈通知书). */
  INTERVIEW_NOTICE("约谈通知书", "约谈"),
  INTERVIEW_RECORD("约谈记录", null),
  REMINDER_LETTER("提醒告诫函", "提醒"),
  GUIDANCE_LETTER("行政指导意见函", "指导函"),
  LISTING_NOTICE("列入严重违法失信名单告知书", "信告"),
  ABNORMAL_LISTING("列入经营异常名录决定书", "异列"),
  ABNORMAL_REMOVAL("移出经营异常名录决定书", "异移"),
  SERIOUS_LISTING("列入严重违法失信名单决定书", "严列"),
  SERIOUS_REMOVAL("移出严重违法失信名单决定书", "严移"),
  /** 案件线索移送函 to another department (部门移送), not the police's criminal transfer. */
  DEPARTMENT_TRANSFER("案件线索移送函", "移函");

  private final String label;
  private final String documentKind;

  ActionType(String label, String documentKind) {
    this.label = label;
    this.documentKind = documentKind;
  }

  public String label() {
    return label;
  }

  /** 文书代字, or null when the action issues no numbered document. */
  public String documentKind() {
    return documentKind;
  }
}
