package cn.samr.livestream.governance.transfer;

import cn.samr.livestream.audit.TimelineStep;
import cn.samr.livestream.coordination.Department;
import java.util.Map;

/**
 * The steps of a department transfer recorded in governance_event (record kind TRANSFER), with their Chinese labels
 * (docs/governance.md §6.3).
 */
public enum DepartmentTransferStep implements TimelineStep {
  REQUESTED("申请移送"),
  APPROVAL("负责人审批"),
  FORWARD("综合协调工作组核对发出"),
  LETTER_ISSUED("制发移送函"),
  RECEIPT_REMINDER("回执提醒"),
  RECEIVED("接收部门签收"),
  FEEDBACK_REMINDER("反馈期限提醒"),
  FEEDBACK_OVERDUE("反馈逾期"),
  FEEDBACK("部门反馈"),
  CLOSED("办结");

  private final String label;

  DepartmentTransferStep(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Decisions: approval and forwarding. */
  public static final Map<String, String> DECISIONS = Map.of(
      "APPROVED", "同意移送",
      "REFUSED", "不同意移送",
      "SENT", "核对发出",
      "RETURNED", "退回",
      "TASKLIST", "任务列表申请",
      "API", "接口申请");

  @Override
  public String decisionLabel(String decision) {
    return switch (this) {
      case FEEDBACK -> TimelineStep.labelOf(TransferFeedbackOutcome.values(), TransferFeedbackOutcome::label, decision);
      case LETTER_ISSUED, RECEIPT_REMINDER, RECEIVED, FEEDBACK_REMINDER, FEEDBACK_OVERDUE ->
          TimelineStep.labelOf(Department.values(), Department::label, decision);
      default -> null;
    };
  }
}
