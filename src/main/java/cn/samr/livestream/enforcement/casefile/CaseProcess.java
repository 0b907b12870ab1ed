package cn.samr.livestream.enforcement.casefile;

import cn.samr.livestream.shared.ProcessVariable;
import cn.samr.livestream.engine.TaskListColumns;
import java.util.Date;

/**
 * Names of the case-investigation process (立案查处): processes/case-investigation.bpmn. Called by
 * clue-verification with clueId, clueNo (also the business key), subjectId, handlingUnit, handlingUnitHead,
 * handlingUnitName and the task-list columns subjectName and categoryLabel; gives back caseOutcome (NOT_FILED, DECIDED, TRANSFERRED).
 */
public final class CaseProcess {

  public static final String PROCESS_KEY = "case-investigation";
  public static final String CRIMINAL_TRANSFER_KEY = "criminal-transfer";
  public static final String HEARING_RIGHT_DECISION = "hearing-right";

  /**
   * Statutory periods (行政处罚法 Art.60, 61, 64; 行政处罚信息公示规定). The 90 and 30 are calendar days (九十日, not one of
   * Art.85's 二日、三日、五日、七日): the last day moves to the next working day when it is not one
   * ({@code WorkCalendar.addDaysToWorkingDay}, the 期间 rule of 处罚程序规定). The 5 and 7 are working days (Art.85).
   */
  public static final int DECISION_DAYS = 90;
  public static final int EXTENSION_DAYS = 30;
  /**
   * 立案审批 (处罚程序规定 Art.18): decided within 15 working days of the clue (30 with the head's extension); after a
   * failed follow-up check or a returned transfer, 15 working days from that new finding (our reading, see
   * docs/working-days.md).
   */
  public static final int FILING_WORKING_DAYS = 15;
  public static final int FILING_EXTENDED_WORKING_DAYS = 30;
  /**
   * 举行听证: internal target (本地做法) in working days from the request, default of
   * livestream.enforcement.hearing-working-days; no source sets a period from the request to the hearing.
   */
  public static final int HEARING_WORKING_DAYS = 20;
  public static final int HEARING_REQUEST_DAYS = 5;
  public static final int SERVICE_DAYS = 7;
  public static final int PUBLICATION_WORKING_DAYS = 20;

  public static final class Element {
    public static final String START = "StartEvent_CaseReferred";
    public static final String OPEN_CASE_FILE = "Task_OpenCaseFile";
    public static final String APPROVE_FILING = "Task_ApproveFiling";
    public static final String FILING_APPROVED = "Gateway_FilingApproved";
    public static final String END_NOT_FILED = "EndEvent_NotFiled";
    public static final String INVESTIGATION_STAGE = "SubProcess_Investigation";
    public static final String INVESTIGATE = "Task_Investigate";
    public static final String INVESTIGATION_ACTION = "Gateway_InvestigationAction";
    public static final String APPROVE_EXTENSION = "Task_ApproveExtension";
    public static final String EXCLUDE_PERIOD = "Task_ExcludePeriod";
    public static final String CRIMINAL_TRANSFER = "CallActivity_CriminalTransfer";
    public static final String TRANSFER_OUTCOME = "Gateway_TransferOutcome";
    public static final String CLOSE_TRANSFERRED = "Task_CloseTransferred";
    public static final String END_TRANSFER_CLOSED = "EndEvent_TransferClosed";
    public static final String DETERMINE_HEARING_RIGHT = "Task_DetermineHearingRight";
    public static final String NOTIFY_HEARING_RIGHT = "Task_NotifyHearingRight";
    public static final String AWAIT_HEARING_REQUEST = "Task_AwaitHearingRequest";
    public static final String HEARING_REQUEST_LAPSE_TIMER = "Timer_HearingRequestLapse";
    public static final String RECORD_HEARING_LAPSE = "Task_RecordHearingLapse";
    public static final String HOLD_HEARING = "Task_HoldHearing";
    public static final String DECIDE_PENALTY = "Task_DecidePenalty";
    public static final String CREDIT_LISTING_PROPOSAL = "Gateway_CreditListingProposal";
    public static final String PROPOSE_CREDIT_LISTING = "Task_ProposeCreditListing";
    public static final String CREDIT_LISTING_DONE = "Gateway_CreditListingDone";
    public static final String END_PENALTY_DECIDED = "EndEvent_PenaltyDecided";
    public static final String DECISION_DEADLINE_TIMER = "Timer_DecisionDeadline";
    public static final String SUPERVISE_OVERDUE_CASE = "Task_SuperviseOverdueCase";
    public static final String END_OVERDUE_SUPERVISED = "EndEvent_OverdueSupervised";
    public static final String END_CASE_TRANSFERRED = "EndEvent_CaseTransferred";
    public static final String SERVE_DECISION = "Task_ServeDecision";
    public static final String SERVICE_OVERDUE_TIMER = "Timer_ServiceOverdue";
    public static final String REPORT_SERVICE_OVERDUE = "Task_ReportServiceOverdue";
    public static final String END_SERVICE_OVERDUE_REPORTED = "EndEvent_ServiceOverdueReported";
    public static final String PUBLISH_PENALTY = "Task_PublishPenalty";
    public static final String END_CASE_DECIDED = "EndEvent_CaseDecided";

    private Element() {
    }
  }

  public static final class Var {
    // in from the caller
    public static final ProcessVariable<Long> CLUE_ID = ProcessVariable.of("clueId", Long.class);
    public static final ProcessVariable<String> CLUE_NO = ProcessVariable.of("clueNo", String.class);
    public static final ProcessVariable<Long> SUBJECT_ID = ProcessVariable.of("subjectId", Long.class);
    public static final ProcessVariable<String> HANDLING_UNIT = ProcessVariable.of("handlingUnit", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT_HEAD = ProcessVariable.of("handlingUnitHead", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT_NAME = ProcessVariable.of("handlingUnitName", String.class);
    public static final ProcessVariable<String> COMPLAINT_NO = ProcessVariable.of("complaintNo", String.class);
    /**
     * In from clue-verification, null when filing follows the verification directly: when a failed follow-up check
     * or a returned transfer sent the clue to a case (新的发现), from which the filing limit runs.
     */
    public static final ProcessVariable<Date> NEW_FINDING_AT = ProcessVariable.of("newFindingAt", Date.class);
    /** Task-list column 当事人/主体 ({@link TaskListColumns#SUBJECT}): in from the clue: the party. */
    public static final ProcessVariable<String> SUBJECT_NAME = ProcessVariable.of(TaskListColumns.SUBJECT, String.class);
    /** Task-list column 违法类别 ({@link TaskListColumns#CATEGORY}): in from the clue. */
    public static final ProcessVariable<String> CATEGORY_LABEL = ProcessVariable.of(TaskListColumns.CATEGORY, String.class);
    // out to the caller
    public static final ProcessVariable<String> CASE_OUTCOME = ProcessVariable.of("caseOutcome", String.class);
    // the case
    public static final ProcessVariable<Long> CASE_ID = ProcessVariable.of("caseId", Long.class);
    public static final ProcessVariable<String> CASE_NO = ProcessVariable.of("caseNo", String.class);
    public static final ProcessVariable<String> CASE_SUMMARY = ProcessVariable.of("caseSummary", String.class);
    public static final ProcessVariable<Date> FILED_AT = ProcessVariable.of("filedAt", Date.class);
    /**
     * Days from filing to the decision deadline: 90, +30 on extension, + excluded days; the deadline is the last of
     * them, moved to the next working day when it is not one (WorkCalendar.addDaysToWorkingDay).
     */
    public static final ProcessVariable<Integer> DECISION_PERIOD_DAYS = ProcessVariable.of("decisionPeriodDays", Integer.class);
    public static final ProcessVariable<String> DECISION_DEADLINE_TEXT = ProcessVariable.of("decisionDeadlineText", String.class);
    // 立案审批: its due date is filingLimitWorkingDays working days after filingLimitFrom
    public static final ProcessVariable<Date> FILING_LIMIT_FROM = ProcessVariable.of("filingLimitFrom", Date.class);
    public static final ProcessVariable<Integer> FILING_LIMIT_WORKING_DAYS =
        ProcessVariable.of("filingLimitWorkingDays", Integer.class);
    public static final ProcessVariable<Boolean> FILING_APPROVED = ProcessVariable.of("filingApproved", Boolean.class);
    public static final ProcessVariable<String> FILING_NOTE = ProcessVariable.of("filingNote", String.class);
    // 调查取证
    public static final ProcessVariable<String> INVESTIGATION_ACTION = ProcessVariable.of("investigationAction", String.class);
    public static final ProcessVariable<String> EXTENSION_REASON = ProcessVariable.of("extensionReason", String.class);
    public static final ProcessVariable<String> EXCLUDED_KIND = ProcessVariable.of("excludedKind", String.class);
    public static final ProcessVariable<String> EXCLUDED_START = ProcessVariable.of("excludedStart", String.class);
    public static final ProcessVariable<String> EXCLUDED_END = ProcessVariable.of("excludedEnd", String.class);
    public static final ProcessVariable<String> EXCLUDED_NOTE = ProcessVariable.of("excludedNote", String.class);
    public static final ProcessVariable<String> SUSPECTED_OFFENCE = ProcessVariable.of("suspectedOffence", String.class);
    public static final ProcessVariable<String> FINDINGS = ProcessVariable.of("findings", String.class);
    public static final ProcessVariable<Boolean> PARTY_INDIVIDUAL = ProcessVariable.of("partyIndividual", Boolean.class);
    public static final ProcessVariable<Double> PLANNED_FINE_AMOUNT = ProcessVariable.of("plannedFineAmount", Double.class);
    public static final ProcessVariable<Double> PLANNED_CONFISCATION_AMOUNT =
        ProcessVariable.of("plannedConfiscationAmount", Double.class);
    public static final ProcessVariable<Boolean> PLANNED_WARNING = ProcessVariable.of("plannedWarning", Boolean.class);
    public static final ProcessVariable<Boolean> PLANNED_PUBLICATION = ProcessVariable.of("plannedPublication", Boolean.class);
    public static final ProcessVariable<Boolean> PLANNED_SERIOUS_VIOLATION_LIST =
        ProcessVariable.of("plannedSeriousViolationList", Boolean.class);
    public static final ProcessVariable<Boolean> PLANNED_LICENCE_REVOCATION =
        ProcessVariable.of("plannedLicenceRevocation", Boolean.class);
    public static final ProcessVariable<Boolean> PLANNED_SUSPEND_BUSINESS =
        ProcessVariable.of("plannedSuspendBusiness", Boolean.class);
    // 延期审批
    public static final ProcessVariable<Boolean> EXTENSION_APPROVED = ProcessVariable.of("extensionApproved", Boolean.class);
    public static final ProcessVariable<String> EXTENSION_NOTE = ProcessVariable.of("extensionNote", String.class);
    // 涉嫌犯罪移送 (out of criminal-transfer)
    public static final ProcessVariable<String> TRANSFER_OUTCOME = ProcessVariable.of("transferOutcome", String.class);
    // 听证
    public static final ProcessVariable<Boolean> HEARING_RIGHT = ProcessVariable.of("hearingRight", Boolean.class);
    public static final ProcessVariable<Date> HEARING_NOTIFIED_AT = ProcessVariable.of("hearingNotifiedAt", Date.class);
    public static final ProcessVariable<Boolean> HEARING_REQUESTED = ProcessVariable.of("hearingRequested", Boolean.class);
    /** When the party's request was recorded: 举行听证 is due a set number of working days after it. */
    public static final ProcessVariable<Date> HEARING_REQUESTED_AT = ProcessVariable.of("hearingRequestedAt", Date.class);
    public static final ProcessVariable<String> HEARING_START = ProcessVariable.of("hearingStart", String.class);
    public static final ProcessVariable<String> HEARING_END = ProcessVariable.of("hearingEnd", String.class);
    public static final ProcessVariable<String> HEARING_NOTE = ProcessVariable.of("hearingNote", String.class);
    // 处罚决定
    public static final ProcessVariable<Double> FINE_AMOUNT = ProcessVariable.of("fineAmount", Double.class);
    public static final ProcessVariable<Double> CONFISCATION_AMOUNT = ProcessVariable.of("confiscationAmount", Double.class);
    public static final ProcessVariable<Boolean> WARNING = ProcessVariable.of("warning", Boolean.class);
    public static final ProcessVariable<Boolean> PUBLICATION = ProcessVariable.of("publication", Boolean.class);
    public static final ProcessVariable<Boolean> SERIOUS_VIOLATION_LIST = ProcessVariable.of("seriousViolationList", Boolean.class);
    public static final ProcessVariable<String> DECISION_NOTE = ProcessVariable.of("decisionNote", String.class);
    /**
     * 提请列入信用名单 (decision form, then the gateway): NONE, SERIOUS_ILLEGAL or ABNORMAL
     * ({@code shared.CreditListingProposal.Kind}).
     */
    public static final ProcessVariable<String> CREDIT_LISTING_PROPOSAL =
        ProcessVariable.of("creditListingProposal", String.class);
    /** With ABNORMAL: FALSE_DISCLOSURE or UNREACHABLE ({@code shared.CreditListingProposal.AbnormalGround}). */
    public static final ProcessVariable<String> ABNORMAL_LIST_GROUND = ProcessVariable.of("abnormalListGround", String.class);
    /** The credit-listing instance Task_ProposeCreditListing started. */
    public static final ProcessVariable<String> CREDIT_LISTING_INSTANCE_ID =
        ProcessVariable.of("creditListingInstanceId", String.class);
    public static final ProcessVariable<Date> DECIDED_AT = ProcessVariable.of("decidedAt", Date.class);
    public static final ProcessVariable<String> DECISION_NO = ProcessVariable.of("decisionNo", String.class);
    // 督办、送达、公示
    public static final ProcessVariable<String> SUPERVISION_NOTE = ProcessVariable.of("supervisionNote", String.class);
    public static final ProcessVariable<String> SERVED_ON = ProcessVariable.of("servedOn", String.class);
    public static final ProcessVariable<String> SERVICE_METHOD = ProcessVariable.of("serviceMethod", String.class);
    public static final ProcessVariable<String> PUBLISHED_ON = ProcessVariable.of("publishedOn", String.class);

    private Var() {
    }
  }

  private CaseProcess() {
  }
}
