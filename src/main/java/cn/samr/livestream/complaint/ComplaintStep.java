package cn.samr.livestream.complaint;

import static cn.samr.livestream.audit.TimelineStep.labelOf;

import cn.samr.livestream.audit.TimelineStep;
import java.util.Map;

/**
 * The steps recorded in complaint_event (ComplaintWorkflowService.record, RemedyService, ReferralService),
 * with their Chinese labels; a step whose decision is a code of one of the complaint's lists labels it
 * from that list.
 */
public enum ComplaintStep implements TimelineStep {
  ROUTING("分派"),
  ASSIGNMENT("指定管辖"),
  ACCEPTANCE_REMINDER("受理期限提醒"),
  ACCEPTANCE_OVERDUE("受理超期"),
  OVERDUE_SUPERVISION("超期督办"),
  ACCEPTANCE("受理审查"),
  VERIFICATION("调查核实与调解"),
  MEDIATION_PERIOD_EXCLUDED("扣除检定、检验、检测、鉴定期间"),
  MEDIATION_TERMINATED("终止调解"),
  MEDIATION_END_NOTICE("告知调解终止"),
  CLOSING("办结（答复投诉人）"),
  REMEDY_NOTICE("督促退赔通知"),
  REMEDY_URGED("督促履行"),
  REMEDY_CONFIRMED("确认履行"),
  REFERRAL("移送执法");

  private final String label;

  ComplaintStep(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Decisions no step labels from a list of its own: findings, and how the parties were told (forms). */
  public static final Map<String, String> DECISIONS = Map.of(
      "SUBSTANTIATED", "属实",
      "NOT_SUBSTANTIATED", "不属实",
      "PHONE", "电话",
      "LETTER", "书面",
      "SMS", "短信",
      "PLATFORM", "12315平台");

  @Override
  public String decisionLabel(String decision) {
    return switch (this) {
      case ROUTING -> labelOf(RoutingTarget.values(), RoutingTarget::label, decision);
      case ACCEPTANCE -> labelOf(AcceptanceDecision.values(), AcceptanceDecision::label, decision);
      case CLOSING -> labelOf(ComplaintOutcome.values(), ComplaintOutcome::label, decision);
      case REFERRAL -> labelOf(ReferralReason.values(), ReferralReason::label, decision);
      case REMEDY_NOTICE -> labelOf(PartyRole.values(), PartyRole::label, decision);
      case REMEDY_URGED, REMEDY_CONFIRMED -> labelOf(FulfilmentOutcome.values(), FulfilmentOutcome::label, decision);
      default -> null;
    };
  }
}
