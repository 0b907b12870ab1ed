package cn.samr.livestream.complaint;

import cn.samr.livestream.shared.ProcessVariable;
import cn.samr.livestream.engine.TaskListColumns;
import java.util.Date;

/** Names of the complaint-handling process (投诉处理): processes/complaint-handling.bpmn. */
public final class ComplaintProcess {

  public static final String PROCESS_KEY = "complaint-handling";
  public static final String ROUTING_DECISION_KEY = "complaint-routing";
  public static final String START_FORM_ID = "complaint-registration";
  /** Mediation ends without agreement after 45 working days from acceptance (办法 Art.21(五)); as Timer_MediationLimit. */
  public static final int MEDIATION_WORKING_DAYS = 45;

  /** Element ids; the BPMN file uses exactly these. */
  public static final class Element {
    public static final String START = "StartEvent_ComplaintReceived";
    public static final String PREPARE_ROUTING = "Task_PrepareRouting";
    public static final String DECIDE_ROUTING = "Task_DecideRouting";
    public static final String APPLY_ROUTING = "Task_ApplyRouting";
    public static final String ASSIGN_JURISDICTION = "Task_AssignJurisdiction";
    public static final String ACCEPT_COMPLAINT = "Task_AcceptComplaint";
    public static final String ACCEPTANCE_REMINDER_TIMER = "Timer_AcceptanceReminder";
    public static final String SEND_ACCEPTANCE_REMINDER = "Task_SendAcceptanceReminder";
    public static final String ACCEPTANCE_DEADLINE_TIMER = "Timer_AcceptanceDeadline";
    public static final String MARK_ACCEPTANCE_OVERDUE = "Task_MarkAcceptanceOverdue";
    public static final String SUPERVISE_OVERDUE_ACCEPTANCE = "Task_SuperviseOverdueAcceptance";
    public static final String VERIFY_COMPLAINT = "Task_VerifyComplaint";
    public static final String MEDIATION_LIMIT_TIMER = "Timer_MediationLimit";
    public static final String REFER_VIOLATION_CLUE = "Task_ReferViolationClue";
    public static final String REMEDY_ENFORCEMENT = "CallActivity_RemedyEnforcement";
    public static final String MEDIATION_LIMIT_DURING_REMEDY_TIMER = "Timer_MediationLimitDuringRemedy";
    public static final String TERMINATE_MEDIATION = "Task_TerminateMediation";
    public static final String NOTIFY_MEDIATION_ENDED = "Task_NotifyMediationEnded";
    public static final String DETERMINE_OUTCOME = "Task_DetermineOutcome";
    public static final String CLOSE_COMPLAINT = "Task_CloseComplaint";
    public static final String END_CLOSED = "EndEvent_ComplaintClosed";
    public static final String END_REMINDER_SENT = "EndEvent_ReminderSent";
    public static final String END_OVERDUE_SUPERVISED = "EndEvent_OverdueSupervised";

    private Element() {
    }
  }

  /** Process variables: only the domain id and what gateways, timers and forms need. */
  public static final class Var {
    public static final ProcessVariable<Long> COMPLAINT_ID = ProcessVariable.of("complaintId", Long.class);
    public static final ProcessVariable<String> COMPLAINT_NO = ProcessVariable.of("complaintNo", String.class);
    public static final ProcessVariable<String> COMPLAINT_SUMMARY = ProcessVariable.of("complaintSummary", String.class);
    /** Task-list column 当事人/主体 ({@link TaskListColumns#SUBJECT}): the merchant complained about, else the live room, else the platform; a complaint has no category. */
    public static final ProcessVariable<String> SUBJECT_NAME = ProcessVariable.of(TaskListColumns.SUBJECT, String.class);
    public static final ProcessVariable<Date> RECEIVED_AT = ProcessVariable.of("receivedAt", Date.class);
    /** Start of the 7-working-day acceptance clock: receipt, or receipt by the unit after re-routing. */
    public static final ProcessVariable<Date> ACCEPTANCE_CLOCK_START = ProcessVariable.of("acceptanceClockStart", Date.class);
    public static final ProcessVariable<Boolean> LIFE_HEALTH_RISK = ProcessVariable.of("lifeHealthRisk", Boolean.class);
    public static final ProcessVariable<Boolean> JURISDICTION_KNOWN = ProcessVariable.of("jurisdictionKnown", Boolean.class);
    public static final ProcessVariable<Long> REPEAT_COMPLAINTS_90D = ProcessVariable.of("repeatComplaints90d", Long.class);
    /** The named subjects' highest credit risk class (A–D, "" none yet), for complaint-routing.dmn, this command only. */
    public static final ProcessVariable<String> SUBJECT_CREDIT_CLASS =
        ProcessVariable.of("subjectCreditClass", String.class);
    public static final ProcessVariable<String> ROUTING_TARGET = ProcessVariable.of("routingTarget", String.class);
    public static final ProcessVariable<String> ROUTING_NOTE = ProcessVariable.of("routingNote", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT = ProcessVariable.of("handlingUnit", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT_NAME = ProcessVariable.of("handlingUnitName", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT_HEAD = ProcessVariable.of("handlingUnitHead", String.class);
    public static final ProcessVariable<String> ACCEPTANCE_DUE_TEXT = ProcessVariable.of("acceptanceDueText", String.class);
    public static final ProcessVariable<Date> ACCEPTED_AT = ProcessVariable.of("acceptedAt", Date.class);
    public static final ProcessVariable<String> MEDIATION_DEADLINE_TEXT = ProcessVariable.of("mediationDeadlineText", String.class);
    public static final ProcessVariable<Date> MEDIATION_ENDED_AT = ProcessVariable.of("mediationEndedAt", Date.class);
    public static final ProcessVariable<String> NOTICE_DUE_TEXT = ProcessVariable.of("noticeDueText", String.class);
    public static final ProcessVariable<Boolean> SUBSTANTIATED = ProcessVariable.of("substantiated", Boolean.class);
    public static final ProcessVariable<Boolean> REMEDY_OWED = ProcessVariable.of("remedyOwed", Boolean.class);
    public static final ProcessVariable<Boolean> VIOLATION_CLUE_FOUND = ProcessVariable.of("violationClueFound", Boolean.class);
    public static final ProcessVariable<Long> REMEDY_WORKING_DAYS = ProcessVariable.of("remedyWorkingDays", Long.class);
    public static final ProcessVariable<String> OUTCOME = ProcessVariable.of("outcome", String.class);
    public static final ProcessVariable<String> OUTCOME_LABEL = ProcessVariable.of("outcomeLabel", String.class);

    /** Acceptance form. */
    public static final ProcessVariable<String> ACCEPTANCE_DECISION = ProcessVariable.of("acceptanceDecision", String.class);
    public static final ProcessVariable<String> DECISION_REASON = ProcessVariable.of("decisionReason", String.class);
    /** Jurisdiction form. */
    public static final ProcessVariable<String> ASSIGNED_UNIT = ProcessVariable.of("assignedUnit", String.class);
    public static final ProcessVariable<String> ASSIGNMENT_NOTE = ProcessVariable.of("assignmentNote", String.class);
    /** Overdue supervision form. */
    public static final ProcessVariable<String> SUPERVISION_NOTE = ProcessVariable.of("supervisionNote", String.class);
    /** Verification form. */
    public static final ProcessVariable<String> FACTS = ProcessVariable.of("facts", String.class);
    public static final ProcessVariable<Boolean> REMEDY_RETURN = ProcessVariable.of("remedyReturn", Boolean.class);
    public static final ProcessVariable<Boolean> REMEDY_REFUND = ProcessVariable.of("remedyRefund", Boolean.class);
    public static final ProcessVariable<Boolean> REMEDY_COMPENSATION = ProcessVariable.of("remedyCompensation", Boolean.class);
    public static final ProcessVariable<Double> AMOUNT_OWED = ProcessVariable.of("amountOwed", Double.class);
    public static final ProcessVariable<Boolean> OWED_BY_STREAMER = ProcessVariable.of("owedByStreamer", Boolean.class);
    public static final ProcessVariable<Boolean> OWED_BY_PLATFORM = ProcessVariable.of("owedByPlatform", Boolean.class);
    public static final ProcessVariable<Boolean> OWED_BY_MERCHANT = ProcessVariable.of("owedByMerchant", Boolean.class);
    public static final ProcessVariable<String> CLUE_CATEGORY = ProcessVariable.of("clueCategory", String.class);
    public static final ProcessVariable<String> CLUE_DESCRIPTION = ProcessVariable.of("clueDescription", String.class);
    /** Mediation-ended notice and closing forms. */
    public static final ProcessVariable<String> NOTIFIED_ON = ProcessVariable.of("notifiedOn", String.class);
    public static final ProcessVariable<String> NOTIFICATION_METHOD = ProcessVariable.of("notificationMethod", String.class);
    public static final ProcessVariable<String> NOTIFICATION_NOTE = ProcessVariable.of("notificationNote", String.class);
    public static final ProcessVariable<String> REPLIED_ON = ProcessVariable.of("repliedOn", String.class);
    public static final ProcessVariable<String> REPLY_METHOD = ProcessVariable.of("replyMethod", String.class);
    public static final ProcessVariable<String> REPLY_SUMMARY = ProcessVariable.of("replySummary", String.class);

    private Var() {
    }
  }

  /** Messages this process sends. */
  public static final class Message {
    /** Starts clue-verification (线索核查) with a referral id. */
    public static final String CLUE_RECEIVED = "Msg_ClueReceived";

    private Message() {
    }
  }

  private ComplaintProcess() {
  }
}
