package cn.samr.livestream.complaint;

import static cn.samr.livestream.audit.TimelineStep.labelsOf;

import cn.samr.livestream.audit.TimelineStep;
import java.util.Map;
import java.util.function.Function;

/**
 * The steps recorded in complaint_event (ComplaintWorkflowService.record, RemedyService, ReferralService),
 * with their Chinese labels; a step whose decision is a code of one of the complaint's lists labels it
 * from that list.
 */
public enum ComplaintStep implements TimelineStep {
  ROUTING("分派", labelsOf(RoutingTarget.values(), RoutingTarget::label)),
  ASSIGNMENT("指定管辖"),
  ACCEPTANCE_REMINDER("受理期限提醒"),
  ACCEPTANCE_OVERDUE("受理超期"),
  OVERDUE_SUPERVISION("超期督办"),
  ACCEPTANCE("受理审查", labelsOf(AcceptanceDecision.values(), AcceptanceDecision::label)),
  VERIFICATION("调查核实与调解"),
  MEDIATION_TERMINATED("终止调解"),
  MEDIATION_END_NOTICE("告知调解终止"),
  CLOSING("办结（答复投诉人）", labelsOf(ComplaintOutcome.values(), ComplaintOutcome::label)),
  REMEDY_NOTICE("督促退赔通知", labelsOf(PartyRole.values(), PartyRole::label)),
  REMEDY_URGED("督促履行", labelsOf(FulfilmentOutcome.values(), FulfilmentOutcome::label)),
  REMEDY_CONFIRMED("确认履行", labelsOf(FulfilmentOutcome.values(), FulfilmentOutcome::label)),
  REFERRAL("移送执法", labelsOf(ReferralReason.values(), ReferralReason::label));

  /** Decisions no step labels from a list of its own: findings, and how the parties were told (forms). */
  public static final Map<String, String> DECISIONS = Map.of(
      "SUBSTANTIATED", "属实",
      "NOT_SUBSTANTIATED", "不属实",
      "PHONE", "电话",
      "LETTER", "书面",
      "SMS", "短信",
      "PLATFORM", "12315平台");

  private final String label;
  private final Function<String, String> decisions;

  ComplaintStep(String label) {
    this(label, NO_LIST);
  }

  ComplaintStep(String label, Function<String, String> decisions) {
    this.label = label;
    this.decisions = decisions;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String decisionLabel(String decision) {
    return decisions.apply(decision);
  }
}
