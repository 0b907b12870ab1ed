package cn.samr.livestream.coordination;

import static cn.samr.livestream.audit.TimelineStep.labelsOf;

import cn.samr.livestream.audit.TimelineStep;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/**
 * The steps recorded in escalation_event (EscalationService.event), with their Chinese labels; the notice
 * and feedback steps label their decision as a department, triage as the measures it chose.
 */
public enum EscalationStep implements TimelineStep {
  REPORTED("上报"),
  TRIAGE("研判", EscalationStep::measures),
  MEETING("专题讨论会"),
  NOTICE_SENT("通报相关部门", labelsOf(Department.values(), Department::label)),
  FEEDBACK_REMINDER("部门反馈提醒", labelsOf(Department.values(), Department::label)),
  FEEDBACK_OVERDUE("部门反馈超期", labelsOf(Department.values(), Department::label)),
  FEEDBACK("部门反馈", labelsOf(Department.values(), Department::label)),
  GUIDANCE("指导意见"),
  ACKNOWLEDGED("上报单位确认");

  /** Decisions no step labels from a list of its own: where a matter came from, the triage's measures. */
  public static final Map<String, String> DECISIONS = Map.of(
      "CLUE", "线索核查报送",
      "TASKLIST", "任务列表上报",
      "API", "接口上报",
      "GUIDANCE", "直接答复",
      "MEETING", "专题讨论会",
      "DEPARTMENTS", "通报相关部门");

  private final String label;
  private final Function<String, String> decisions;

  EscalationStep(String label) {
    this(label, NO_LIST);
  }

  EscalationStep(String label, Function<String, String> decisions) {
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

  /** Triage records its measures as codes separated by spaces (GUIDANCE MEETING DEPARTMENTS). */
  private static String measures(String decision) {
    return String.join("、", Arrays.stream(decision.split(" ")).map(code -> DECISIONS.getOrDefault(code, code)).toList());
  }
}
