package cn.samr.livestream.enforcement.casefile;

/** Status of a case file (case_file.status). */
public enum CaseStatus {
  AWAITING_FILING("待立案审批"),
  NOT_FILED("不予立案"),
  INVESTIGATING("调查中"),
  AWAITING_HEARING("听证中"),
  AWAITING_DECISION("待作出决定"),
  DECIDED("已作出处罚决定"),
  SERVED("已送达"),
  PUBLISHED("已公示"),
  TRANSFERRED("已移送"),
  CLOSED("已结案");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
