package cn.samr.livestream.enforcement.transfer;

import cn.samr.livestream.shared.ProcessVariable;
import cn.samr.livestream.engine.TaskListColumns;
import java.util.Date;

/**
 * Names of the criminal-transfer process (涉嫌犯罪移送), called by clue-verification and by
 * case-investigation. In: clueId, clueNo (also the business key), caseId and subjectId (may be null),
 * handlingUnit, handlingUnitHead, handlingUnitName and the task-list columns subjectName and categoryLabel.
 * Out: transferOutcome, ACCEPTED or RETURNED.
 */
public final class TransferProcess {

  public static final String PROCESS_KEY = "criminal-transfer";

  /** Art.5: the transfer is made within 24 hours of the approval (clock hours, not working days). */
  public static final int TRANSFER_HOURS = 24;
  /**
   * Art.5 ¶2, Art.8, Art.9: 3 日 of a State Council regulation, calendar days; the last day moves to the next working
   * day when it is not one (WorkCalendar.addDaysToWorkingDay), by analogy with the 期间 rule of 处罚程序规定 and 民法典
   * Art.203. The model's due dates and timers write it as 3.
   */
  public static final int DECISION_DAYS = 3;
  /**
   * 移送报告: Art.5 ¶1 says 立即 (immediately) with no number of days; the internal target (本地做法) in working days
   * from the decision to transfer, default of livestream.enforcement.transfer-report-working-days.
   */
  public static final int REPORT_WORKING_DAYS = 2;

  public static final class Element {
    public static final String START = "StartEvent_TransferProposed";
    public static final String REPORT_TRANSFER = "Task_ReportTransfer";
    public static final String APPROVE_TRANSFER = "Task_ApproveTransfer";
    public static final String APPROVAL_OVERDUE_TIMER = "Timer_ApprovalOverdue";
    public static final String MARK_APPROVAL_OVERDUE = "Task_MarkApprovalOverdue";
    public static final String END_APPROVAL_OVERDUE_MARKED = "EndEvent_ApprovalOverdueMarked";
    public static final String APPROVAL_DECISION = "Gateway_ApprovalDecision";
    public static final String END_REJECTED = "EndEvent_TransferRejected";
    public static final String TRANSFER_TO_POLICE = "Task_TransferToPolice";
    public static final String TRANSFER_OVERDUE_TIMER = "Timer_TransferOverdue";
    public static final String MARK_TRANSFER_OVERDUE = "Task_MarkTransferOverdue";
    public static final String END_TRANSFER_OVERDUE_MARKED = "EndEvent_TransferOverdueMarked";
    public static final String RECORD_POLICE_DECISION = "Task_RecordPoliceDecision";
    public static final String POLICE_DECISION_REMINDER_TIMER = "Timer_PoliceDecisionReminder";
    public static final String REMIND_POLICE_DECISION = "Task_RemindPoliceDecision";
    public static final String END_POLICE_REMINDED = "EndEvent_PoliceDecisionReminded";
    public static final String POLICE_DECISION = "Gateway_PoliceDecision";
    public static final String END_ACCEPTED = "EndEvent_TransferAccepted";
    public static final String DECIDE_RECONSIDERATION = "Task_DecideReconsideration";
    public static final String RECONSIDERATION_REQUESTED = "Gateway_ReconsiderationRequested";
    public static final String RECORD_RECONSIDERATION = "Task_RecordReconsideration";
    public static final String RECONSIDERATION_DECISION = "Gateway_ReconsiderationDecision";
    public static final String END_RETURNED = "EndEvent_TransferReturned";

    private Element() {
    }
  }

  public static final class Var {
    // in-variables from the caller
    public static final ProcessVariable<Long> CLUE_ID = ProcessVariable.of("clueId", Long.class);
    public static final ProcessVariable<String> CLUE_NO = ProcessVariable.of("clueNo", String.class);
    public static final ProcessVariable<Long> CASE_ID = ProcessVariable.of("caseId", Long.class);
    public static final ProcessVariable<Long> SUBJECT_ID = ProcessVariable.of("subjectId", Long.class);
    public static final ProcessVariable<String> HANDLING_UNIT = ProcessVariable.of("handlingUnit", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT_HEAD = ProcessVariable.of("handlingUnitHead", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT_NAME = ProcessVariable.of("handlingUnitName", String.class);
    /** The task-list column; set to clueNo at start when the caller has none. */
    public static final ProcessVariable<String> COMPLAINT_NO = ProcessVariable.of("complaintNo", String.class);
    /** Task-list column 当事人/主体 ({@link TaskListColumns#SUBJECT}): in from the caller: the party. */
    public static final ProcessVariable<String> SUBJECT_NAME = ProcessVariable.of(TaskListColumns.SUBJECT, String.class);
    /** Task-list column 违法类别 ({@link TaskListColumns#CATEGORY}): in from the caller. */
    public static final ProcessVariable<String> CATEGORY_LABEL = ProcessVariable.of(TaskListColumns.CATEGORY, String.class);
    // set by the process
    public static final ProcessVariable<String> TRANSFER_SUMMARY = ProcessVariable.of("transferSummary", String.class);
    /** When the transfer was decided (the process started): 移送报告 is due from it. */
    public static final ProcessVariable<Date> PROPOSED_AT = ProcessVariable.of("transferProposedAt", Date.class);
    public static final ProcessVariable<Long> TRANSFER_ID = ProcessVariable.of("transferId", Long.class);
    public static final ProcessVariable<Date> REPORTED_AT = ProcessVariable.of("reportedAt", Date.class);
    public static final ProcessVariable<Date> APPROVED_AT = ProcessVariable.of("approvedAt", Date.class);
    public static final ProcessVariable<String> TRANSFER_NO = ProcessVariable.of("transferNo", String.class);
    public static final ProcessVariable<String> TRANSFER_DUE_TEXT = ProcessVariable.of("transferDueText", String.class);
    public static final ProcessVariable<Date> TRANSFERRED_AT = ProcessVariable.of("transferredAt", Date.class);
    public static final ProcessVariable<Date> POLICE_DECIDED_AT = ProcessVariable.of("policeDecidedAt", Date.class);
    public static final ProcessVariable<Date> RECONSIDERATION_REQUESTED_AT =
        ProcessVariable.of("reconsiderationRequestedAt", Date.class);
    /** Out-variable: ACCEPTED or RETURNED ({@link TransferOutcome}). */
    public static final ProcessVariable<String> TRANSFER_OUTCOME = ProcessVariable.of("transferOutcome", String.class);
    // form fields
    public static final ProcessVariable<String> OFFICER1 = ProcessVariable.of("officer1", String.class);
    public static final ProcessVariable<String> OFFICER2 = ProcessVariable.of("officer2", String.class);
    public static final ProcessVariable<String> SUSPECTED_OFFENCE = ProcessVariable.of("suspectedOffence", String.class);
    public static final ProcessVariable<String> REPORT_FACTS = ProcessVariable.of("reportFacts", String.class);
    public static final ProcessVariable<Double> ILLEGAL_TURNOVER = ProcessVariable.of("illegalTurnover", Double.class);
    public static final ProcessVariable<String> APPROVAL_DECISION = ProcessVariable.of("approvalDecision", String.class);
    public static final ProcessVariable<String> APPROVAL_NOTE = ProcessVariable.of("approvalNote", String.class);
    public static final ProcessVariable<String> POLICE_UNIT = ProcessVariable.of("policeUnit", String.class);
    public static final ProcessVariable<String> POLICE_DECISION = ProcessVariable.of("policeDecision", String.class);
    public static final ProcessVariable<String> POLICE_REASON = ProcessVariable.of("policeReason", String.class);
    public static final ProcessVariable<Boolean> REQUEST_RECONSIDERATION =
        ProcessVariable.of("requestReconsideration", Boolean.class);
    public static final ProcessVariable<String> RECONSIDERATION_NOTE = ProcessVariable.of("reconsiderationNote", String.class);
    public static final ProcessVariable<String> RECONSIDERATION_DECISION =
        ProcessVariable.of("reconsiderationDecision", String.class);
    public static final ProcessVariable<String> RECONSIDERATION_REASON =
        ProcessVariable.of("reconsiderationReason", String.class);

    private Var() {
    }
  }

  /** Values of approvalDecision. */
  public static final String APPROVE = "APPROVE";
  public static final String REJECT = "REJECT";

  private TransferProcess() {
  }
}
