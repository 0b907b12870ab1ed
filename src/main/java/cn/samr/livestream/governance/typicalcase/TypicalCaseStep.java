package cn.samr.livestream.governance.typicalcase;

import cn.samr.livestream.audit.TimelineStep;

/** The steps of a write-up recorded in governance_event (record kind TYPICAL_CASE), with their timeline labels. */
public enum TypicalCaseStep implements TimelineStep {
  PROPOSED("提议典型案例"),
  PREFILLED("预填案例草稿"),
  DRAFTED("起草案例"),
  CHECK("个人信息检查"),
  APPROVAL("负责人审批"),
  PUBLISHED("公开发布"),
  WITHDRAWN("撤回");

  /** Decisions of CHECK. */
  public static final String CLEAN = "CLEAN";
  public static final String FINDINGS = "FINDINGS";

  private final String label;

  TypicalCaseStep(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String decisionLabel(String decision) {
    if (this == CHECK) {
      return CLEAN.equals(decision) ? "未发现个人信息" : FINDINGS.equals(decision) ? "发现疑似个人信息" : null;
    }
    return this == APPROVAL ? TimelineStep.labelOf(WriteUpDecision.values(), WriteUpDecision::label, decision) : null;
  }
}
