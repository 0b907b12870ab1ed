package cn.samr.livestream.governance.interview;

import cn.samr.livestream.audit.TimelineStep;
import java.util.Map;

/**
 * The steps of an interview recorded in governance_event (record kind INTERVIEW), docs/governance.md §2.8, with their
 * Chinese labels.
 */
public enum InterviewStep implements TimelineStep {
  PROPOSED("规则表建议"),
  PROPOSAL_REVIEW("审查约谈建议"),
  REQUESTED("发起"),
  APPROVAL("审批"),
  NOTICE_ISSUED("制发约谈通知书"),
  PLATFORM_NOTICE("经平台通道送达"),
  LETTER_ISSUED("制发函件"),
  LETTER_ACKNOWLEDGED("确认收悉"),
  INTERVIEW_RECORDED("记录约谈情况"),
  COMMITMENT_REPORTED("报告承诺已履行"),
  COMMITMENT_CHECK("核查承诺履行"),
  FOLLOW_UP("未履行承诺的处理"),
  NO_FOLLOW_UP_APPROVAL("不再跟进的审批"),
  CLOSED("办结");

  private final String label;

  InterviewStep(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The decision codes the steps record. */
  public static final Map<String, String> DECISIONS = Map.ofEntries(
      Map.entry("REQUEST", "发起"),
      Map.entry("INTERVIEW", "建议约谈"),
      Map.entry("REMINDER_LETTER", "建议提醒告诫"),
      Map.entry("ACCEPTED", "采纳"),
      Map.entry("DECLINED", "不采纳"),
      Map.entry("APPROVED", "同意"),
      Map.entry("REFUSED", "不同意"),
      Map.entry("NOT_NEEDED", "负责人发起，无须审批"),
      Map.entry("ATTENDED", "到场"),
      Map.entry("ABSENT", "未到场"),
      Map.entry("FULFILLED", "已履行"),
      Map.entry("NOT_FULFILLED", "未履行"),
      Map.entry("CLUE", "登记线索"),
      Map.entry("ESCALATE", "上报综合协调工作组"),
      Map.entry("NONE", "不再跟进"),
      Map.entry("SENT", "已经平台通道送达"),
      Map.entry("NOT_SENT", "未接入平台通道，须另行送达"),
      Map.entry("PLATFORM", "平台经通道确认收悉"),
      Map.entry("PAPER", "纸面回执"),
      Map.entry("OVERDUE", "逾期未确认"));
}
