package cn.samr.livestream.coordination;

import cn.samr.livestream.access.CityGroups;
import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.shared.ProcessVariable;
import java.util.Date;

/** Names of the coordination-escalation process (综合协调工作组研判): processes/coordination-escalation.bpmn. */
public final class CoordinationProcess {

  public static final String PROCESS_KEY = "coordination-escalation";
  /** The coordination group's officers (广告处、网监处) and heads. */
  public static final String GROUP = CityGroups.COORDINATION;
  public static final String GROUP_HEAD = CityGroups.COORDINATION_HEADS;

  public static final class Element {
    public static final String START_RAISED = "StartEvent_EscalationRaised";
    public static final String START_REPORTED = "StartEvent_ProblemReported";
    public static final String TRIAGE = "Task_Triage";
    public static final String HOLD_MEETING = "Task_HoldMeeting";
    public static final String DEPARTMENT_NOTICES = "SubProcess_DepartmentNotice";
    public static final String SEND_NOTICE = "Task_SendNotice";
    public static final String RECORD_FEEDBACK = "Task_RecordFeedback";
    public static final String FEEDBACK_REMINDER_TIMER = "Timer_FeedbackReminder";
    public static final String SEND_FEEDBACK_REMINDER = "Task_SendFeedbackReminder";
    public static final String FEEDBACK_OVERDUE_TIMER = "Timer_FeedbackOverdue";
    public static final String MARK_FEEDBACK_OVERDUE = "Task_MarkFeedbackOverdue";
    public static final String CONSOLIDATE_GUIDANCE = "Task_ConsolidateGuidance";
    public static final String ACKNOWLEDGE_GUIDANCE = "Task_AcknowledgeGuidance";
    public static final String END_CLOSED = "EndEvent_EscalationClosed";

    private Element() {
    }
  }

  public static final class Var {
    public static final ProcessVariable<Long> ESCALATION_ID = ProcessVariable.of("escalationId", Long.class);
    public static final ProcessVariable<String> ESCALATION_NO = ProcessVariable.of("escalationNo", String.class);
    /** The task-list column shows the business number under this name for every process. */
    public static final ProcessVariable<String> LIST_NUMBER = ProcessVariable.of("complaintNo", String.class);
    /** Set by clue verification's message. */
    public static final ProcessVariable<Long> CLUE_ID = ProcessVariable.of("clueId", Long.class);
    /** The reporting unit's officers' group: it acknowledges the guidance. */
    public static final ProcessVariable<String> REPORTING_UNIT = ProcessVariable.of("reportingUnit", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT_NAME = ProcessVariable.of("handlingUnitName", String.class);
    /** Task-list column 违法类别 ({@link TaskListColumns#CATEGORY}): the category of the matter, when the report names one. */
    public static final ProcessVariable<String> CATEGORY_LABEL = ProcessVariable.of(TaskListColumns.CATEGORY, String.class);
    public static final ProcessVariable<Date> REPORTED_AT = ProcessVariable.of("reportedAt", Date.class);
    public static final ProcessVariable<String> SUMMARY = ProcessVariable.of("escalationSummary", String.class);
    // start form 上报重大疑难问题
    public static final ProcessVariable<String> TITLE = ProcessVariable.of("title", String.class);
    public static final ProcessVariable<String> DESCRIPTION = ProcessVariable.of("description", String.class);
    public static final ProcessVariable<String> CATEGORY = ProcessVariable.of("category", String.class);
    /** Checklist: Department names. */
    public static final String SUGGESTED_DEPARTMENTS = "suggestedDepartments";
    // triage 研判
    public static final ProcessVariable<Boolean> ANSWER_DIRECTLY = ProcessVariable.of("answerDirectly", Boolean.class);
    public static final ProcessVariable<Boolean> CONVENE_MEETING = ProcessVariable.of("conveneMeeting", Boolean.class);
    public static final ProcessVariable<Boolean> NOTIFY_DEPARTMENTS = ProcessVariable.of("notifyDepartments", Boolean.class);
    /** Checklist: Department names. */
    public static final String DEPARTMENTS = "departments";
    public static final ProcessVariable<Long> FEEDBACK_WORKING_DAYS = ProcessVariable.of("feedbackWorkingDays", Long.class);
    public static final ProcessVariable<String> GUIDANCE = ProcessVariable.of("guidance", String.class);
    /** Optional, with conveneMeeting: the day the meeting is planned for (yyyy-MM-dd); its record is due after it. */
    public static final ProcessVariable<String> PLANNED_MEETING_DATE = ProcessVariable.of("plannedMeetingDate", String.class);
    // meeting 专题讨论会
    public static final ProcessVariable<String> MEETING_DATE = ProcessVariable.of("meetingDate", String.class);
    public static final ProcessVariable<String> MEETING_PARTICIPANTS = ProcessVariable.of("meetingParticipants", String.class);
    public static final ProcessVariable<String> MEETING_MINUTES = ProcessVariable.of("meetingMinutes", String.class);
    public static final ProcessVariable<String> MEETING_CONCLUSIONS = ProcessVariable.of("meetingConclusions", String.class);
    // one department notice (multi-instance element variable)
    public static final ProcessVariable<Long> NOTICE_ID = ProcessVariable.of("noticeId", Long.class);
    public static final ProcessVariable<String> DEPARTMENT_NAME = ProcessVariable.of("departmentName", String.class);
    public static final ProcessVariable<String> FEEDBACK = ProcessVariable.of("feedback", String.class);
    // consolidation and acknowledgement
    public static final ProcessVariable<String> FEEDBACK_SUMMARY = ProcessVariable.of("feedbackSummary", String.class);
    public static final ProcessVariable<String> ACKNOWLEDGEMENT_NOTE = ProcessVariable.of("acknowledgementNote", String.class);

    private Var() {
    }
  }

  public static final class Message {
    /** Starts coordination-escalation; sent by clue verification with variable clueId. */
    public static final String ESCALATION_RAISED = "Msg_EscalationRaised";

    private Message() {
    }
  }

  private CoordinationProcess() {
  }
}
