package cn.samr.livestream.enforcement.clue;

import static cn.samr.livestream.audit.TimelineStep.labelsOf;

import cn.samr.livestream.audit.TimelineStep;
import cn.samr.livestream.enforcement.ActionOutcomes;
import cn.samr.livestream.enforcement.ResponseTier;
import java.util.Map;
import java.util.function.Function;
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
  TIER_PROPOSED("规则表建议处置方式", labelsOf(ResponseTier.values(), ResponseTier::label)),
  TIER_CONFIRMED("确定处置方式", labelsOf(ResponseTier.values(), ResponseTier::label)),
  TIER_APPROVAL("负责人审批处置方式"),
  TIER_RAISED("逾期未改正，转立案查处", labelsOf(ResponseTier.values(), ResponseTier::label)),
  ESCALATION("报综合协调工作组"),
  CLOSED("线索办结", ClueStep::closingOutcome);

  /** Decisions no step labels from a list of its own, with enforcement's outcomes (a transfer, a case). */
  public static final Map<String, String> DECISIONS = Stream.concat(Stream.of(
      Map.entry("SUBSTANTIATED", "属实"),
      Map.entry("NOT_SUBSTANTIATED", "不属实"),
      Map.entry("RAISED", "已报送"),
      Map.entry("RECORDED", "已记录"),
      Map.entry("TRANSFERRED_TO_POLICE", "移送公安机关并已受理")), ActionOutcomes.LABELS.entrySet().stream())
      .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  private final String label;
  private final Function<String, String> decisions;

  ClueStep(String label) {
    this(label, NO_LIST);
  }

  ClueStep(String label, Function<String, String> decisions) {
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

  /** A clue closes with its tier, CASE_ + the case's outcome, or TRANSFERRED_TO_POLICE (the clue's own list). */
  private static String closingOutcome(String outcome) {
    if (outcome.startsWith("CASE_")) {
      String caseOutcome = outcome.substring("CASE_".length());
      return ResponseTier.CASE.label() + "：" + ActionOutcomes.LABELS.getOrDefault(caseOutcome, caseOutcome);
    }
    return labelsOf(ResponseTier.values(), ResponseTier::label).apply(outcome);
  }
}
