package cn.samr.livestream.governance.credit;

import static cn.samr.livestream.audit.TimelineStep.labelOf;

import cn.samr.livestream.audit.TimelineStep;
import cn.samr.livestream.coordination.Department;
import java.util.Map;

/** The steps of a listing recorded in governance_event (kind LISTING), with their Chinese labels. */
public enum ListingStep implements TimelineStep {
  PROPOSED("拟列入"),
  NOTICE_ISSUED("告知"),
  STATEMENT("陈述申辩"),
  STATEMENT_PERIOD_ENDED("陈述申辩期届满"),
  APPROVAL("负责人审批"),
  LISTING_OVERDUE("列入决定超期"),
  HIGHER_APPROVAL("上级部门同意"),
  NOT_LISTED("未列入"),
  LISTED("列入决定"),
  PUBLISHED("公示"),
  PUBLICATION_OVERDUE("公示超期"),
  CREDIT_NOTICE_SENT("联合惩戒通报"),
  CREDIT_FEEDBACK_REMINDER("部门反馈提醒"),
  CREDIT_FEEDBACK_OVERDUE("部门反馈超期"),
  CREDIT_FEEDBACK("部门反馈"),
  EXPIRY_CHECKED("期满核查"),
  SERIOUS_LIST_REVIEW("列入满三年审查"),
  REMOVAL_APPLIED("移出申请"),
  OBJECTION_FILED("异议"),
  OBJECTION_ACCEPTANCE("异议受理"),
  OBJECTION_VERIFIED("异议核实"),
  REMOVAL_DECISION("移出申请决定"),
  REVOKED("撤销列入"),
  REMOVED("移出决定"),
  PUBLICITY_STOPPED("停止公示");

  /** Decisions recorded with the steps, labelled for the timeline. */
  public static final Map<String, String> DECISIONS = Map.ofEntries(
      Map.entry("HEAD", "负责人发起"), Map.entry("CASE", "处罚决定提出"),
      Map.entry("APPROVED", "同意"), Map.entry("REFUSED", "不同意"),
      Map.entry("RECEIVED", "已陈述申辩"), Map.entry("NONE", "未陈述申辩"),
      Map.entry("GRANTED", "准予移出"), Map.entry("NOT_ACCEPTED", "不予受理"), Map.entry("ACCEPTED", "受理"),
      Map.entry("UPHELD", "异议成立"), Map.entry("DISMISSED", "异议不成立"),
      Map.entry("EXPIRED", "期满移出"), Map.entry("MEASURES_RUNNING", "措施期限未满"));

  private final String label;

  ListingStep(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String decisionLabel(String decision) {
    return switch (this) {
      case CREDIT_NOTICE_SENT, CREDIT_FEEDBACK_REMINDER, CREDIT_FEEDBACK_OVERDUE, CREDIT_FEEDBACK ->
          labelOf(Department.values(), Department::label, decision);
      case PROPOSED -> labelOf(ListingKind.values(), ListingKind::label, decision);
      case REMOVED -> labelOf(RemovalReason.values(), RemovalReason::label, decision);
      default -> null;
    };
  }
}
