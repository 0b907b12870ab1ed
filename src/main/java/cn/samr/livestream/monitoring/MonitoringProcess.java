package cn.samr.livestream.monitoring;

import cn.samr.livestream.shared.ProcessVariable;

/** Names of the monthly spot-check monitoring process (月度抽查监测): processes/monthly-monitoring.bpmn. */
public final class MonitoringProcess {

  public static final String PROCESS_KEY = "monthly-monitoring";

  public static final class Element {
    public static final String START_MONTHLY = "StartEvent_MonthlyTimer";
    public static final String OPEN_ASSIGNMENTS = "Task_OpenAssignments";
    public static final String DISTRICT_MONITORING = "SubProcess_DistrictMonitoring";
    public static final String PREPARE_ASSIGNMENT = "Task_PrepareAssignment";
    public static final String RECORD_SPOT_CHECKS = "Task_RecordSpotChecks";
    public static final String QUOTA_REMINDER_TIMER = "Timer_QuotaReminder";
    public static final String SEND_QUOTA_REMINDER = "Task_SendQuotaReminder";
    public static final String END_NO_REMINDER = "EndEvent_QuotaReached";
    public static final String MONTH_END_TIMER = "Timer_MonthEnd";
    public static final String CLOSE_ASSIGNMENT = "Task_CloseAssignment";
    public static final String END_MONTH = "EndEvent_MonthClosed";

    private Element() {
    }
  }

  public static final class Var {
    /** The month worked, yyyy-MM. */
    public static final ProcessVariable<String> MONTH = ProcessVariable.of("month", String.class);
    /** Multi-instance element variable: one district's assignment. */
    public static final ProcessVariable<Long> ASSIGNMENT_ID = ProcessVariable.of("assignmentId", Long.class);
    /** The task-list column shows the assignment number (JC-310113-2026-03) under this name. */
    public static final ProcessVariable<String> LIST_NUMBER = ProcessVariable.of("complaintNo", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT = ProcessVariable.of("handlingUnit", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT_NAME = ProcessVariable.of("handlingUnitName", String.class);
    public static final ProcessVariable<Long> QUOTA = ProcessVariable.of("quota", Long.class);
    public static final ProcessVariable<String> FOCUS_AREAS_TEXT = ProcessVariable.of("focusAreasText", String.class);
    /** 重点监测对象: counts of the district's C and D subjects and the register link (no names). */
    public static final ProcessVariable<String> FOCUS_SUBJECTS_TEXT = ProcessVariable.of("focusSubjectsText",
        String.class);
    /** Task-local, read-only in the form: 已抽查 4 / 10. */
    public static final ProcessVariable<String> PROGRESS_TEXT = ProcessVariable.of("progressText", String.class);
    /** Task form: the officer declares the month's checks done (本月抽查完成). */
    public static final ProcessVariable<Boolean> MONTH_DONE = ProcessVariable.of("monthDone", Boolean.class);

    private Var() {
    }
  }

  private MonitoringProcess() {
  }
}
