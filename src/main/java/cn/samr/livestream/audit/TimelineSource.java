package cn.samr.livestream.audit;

/** Where a timeline entry comes from. */
public enum TimelineSource {
  /** A row of complaint_event, clue_event or escalation_event: a step or decision the application recorded. */
  DOMAIN_EVENT("业务记录"),
  /** A row of enforcement_action: a document (with its 文号) or measure issued on the clue or its cases. */
  ENFORCEMENT_ACTION("执法文书与措施"),
  /** Camunda's user operation log: who claimed, assigned or changed what in the engine. */
  USER_OPERATION("用户操作日志"),
  /** A completed user task in Camunda's history, with who completed it. */
  TASK("已办任务"),
  /** A deadline set provisionally, or computed again after the holiday calendar changed (calendar.DeadlineLedger). */
  DEADLINE("期限"),
  /** A row of task_hand_off: a task transferred, delegated or resolved (tasks.HandOffTimeline, issue 17). */
  HAND_OFF("交接");

  private final String label;

  TimelineSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
