package cn.samr.livestream.enforcement;

/** Where a clue comes from (DOMAIN.md §3). */
public enum ClueSource {
  MONITORING("监测抽查"),
  REPORT("举报"),
  DEPARTMENT_REFERRAL("部门移送"),
  SUPERIOR_ASSIGNMENT("上级交办"),
  PLATFORM("平台报送"),
  COMPLAINT_ESCALATION("投诉转线索"),
  /** A commitment made at an administrative interview and not fulfilled (docs/interview.md). */
  INTERVIEW_COMMITMENT("约谈承诺未履行");

  private final String label;

  ClueSource(String label) {
    this.label = label;
  }

  /** The Chinese label officers read. */
  public String label() {
    return label;
  }
}
