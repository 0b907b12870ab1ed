package cn.samr.livestream.enforcement.clue;

import static cn.samr.livestream.audit.TimelineStep.labelOf;

import cn.samr.livestream.audit.TimelineStep;
import cn.samr.livestream.enforcement.ActionOutcomes;
import cn.samr.livestream.enforcement.ResponseTier;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The steps recorded in clue_event (ClueService.event, RaiseEscalationDelegate), with their Chinese labels;
 * the tier steps label their decision as a response tier, closing as the tier or the case's outcome.
 */
public enum ClueStep implements TimelineStep {
  EXTENSION_REQUEST("申请核查延期"),
  EXTENSION_DECISION("审批核查延期"),
  VERIFICATION_REMINDER("核查期限提醒"),
  VERIFICATION_OVERDUE("核查超期"),
  OVERDUE_SUPERVISION("核查超期督办"),
  VERIFICATION("核查线索"),
  TIER_PROPOSED("规则表建议处置方式"),
  TIER_CONFIRMED("确定处置方式"),
  TIER_APPROVAL("负责人审批处置方式"),
  TIER_RAISED("逾期未改正，转立案查处"),
  ESCALATION("报综合协调工作组"),
  PLATFORM_ORDER("向平台下发指令"),
  PLATFORM_CONFIRMATION("平台确认处置"),
  CLOSED("线索办结");

  private final String label;

  ClueStep(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Decisions no step labels from a list of its own, with enforcement's outcomes (a transfer, a case). */
  public static final Map<String, String> DECISIONS = Stream.concat(Stream.of(
      Map.entry("SUBSTANTIATED", "属实"),
      Map.entry("NOT_SUBSTANTIATED", "不属实"),
      Map.entry("RAISED", "已报送"),
      Map.entry("RECORDED", "已记录"),
      Map.entry("TRANSFERRED_TO_POLICE", "移送公安机关并已受理"),
      Map.entry("SENT", "已下发"),
      Map.entry("NOT_SENT", "未下发，须另行送达"),
      Map.entry("ON_TIME", "按期确认"),
      Map.entry("LATE", "逾期确认")), ActionOutcomes.LABELS.entrySet().stream())
      .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  @Override
  public String decisionLabel(String decision) {
    return switch (this) {
      case TIER_PROPOSED, TIER_CONFIRMED, TIER_RAISED -> labelOf(ResponseTier.values(), ResponseTier::label, decision);
      case CLOSED -> closingOutcome(decision);
      default -> null;
    };
  }

  /** A clue closes with its tier, CASE_ + the case's outcome, or TRANSFERRED_TO_POLICE (the clue's own list). */
  private static String closingOutcome(String outcome) {
    if (outcome.startsWith("CASE_")) {
      String caseOutcome = outcome.substring("CASE_".length());
      return ResponseTier.CASE.label() + "：" + ActionOutcomes.LABELS.getOrDefault(caseOutcome, caseOutcome);
    }
    return labelOf(ResponseTier.values(), ResponseTier::label, outcome);
  }
}
