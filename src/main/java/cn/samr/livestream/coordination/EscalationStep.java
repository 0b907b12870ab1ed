package cn.samr.livestream.coordination;

import static cn.samr.livestream.audit.TimelineStep.labelOf;

import cn.samr.livestream.audit.TimelineStep;
import java.util.Arrays;
import java.util.Map;

/**
 * The steps recorded in escalation_event (EscalationWorkflowService.event), with their Chinese labels; the notice
 * and feedback steps label their decision as a department, triage as the measures it chose.
 */
public enum EscalationStep implements TimelineStep {
  REPORTED("上报"),
  TRIAGE("研判"),
  MEETING("专题讨论会"),
  NOTICE_SENT("通报相关部门"),
  FEEDBACK_REMINDER("部门反馈提醒"),
  FEEDBACK_OVERDUE("部门反馈超期"),
  FEEDBACK("部门反馈"),
  GUIDANCE("指导意见"),
  ACKNOWLEDGED("上报单位确认");

  private final String label;

  EscalationStep(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Decisions no step labels from a list of its own: where a matter came from, the triage's measures. */
  public static final Map<String, String> DECISIONS = Map.of(
      "CLUE", "线索核查报送",
      "TASKLIST", "任务列表上报",
      "API", "接口上报",
      "INTERVIEW", "约谈承诺未履行",
      "GUIDANCE", "直接答复",
      "MEETING", "专题讨论会",
      "DEPARTMENTS", "通报相关部门");

  @Override
  public String decisionLabel(String decision) {
    return switch (this) {
      case NOTICE_SENT, FEEDBACK_REMINDER, FEEDBACK_OVERDUE, FEEDBACK ->
          labelOf(Department.values(), Department::label, decision);
      case TRIAGE -> measures(decision);
      default -> null;
    };
  }

  /** Triage records its measures as codes separated by spaces (GUIDANCE MEETING DEPARTMENTS). */
  private static String measures(String decision) {
    return String.join("、", Arrays.stream(decision.split(" ")).map(code -> DECISIONS.getOrDefault(code, code)).toList());
  }
}
