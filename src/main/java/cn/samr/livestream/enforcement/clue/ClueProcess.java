package cn.samr.livestream.enforcement.clue;

import cn.samr.livestream.shared.ProcessVariable;
import cn.samr.livestream.engine.TaskListColumns;
import java.util.Date;

/** Names of the clue-verification process (线索核查): processes/clue-verification.bpmn. */
public final class ClueProcess {

  public static final String PROCESS_KEY = "clue-verification";
  public static final String TIER_DECISION_KEY = "response-tier";
  public static final String ESCALATION_DECISION_KEY = "coordination-escalation-rule";

  public static final class Element {
    public static final String START_REGISTERED = "StartEvent_ClueRegistered";
    public static final String START_REFERRED = "StartEvent_ClueReferred";
    public static final String VERIFY_CLUE = "Task_VerifyClue";
    public static final String VERIFICATION_REMINDER_TIMER = "Timer_VerificationReminder";
    public static final String SEND_VERIFICATION_REMINDER = "Task_SendVerificationReminder";
    public static final String VERIFICATION_DEADLINE_TIMER = "Timer_VerificationDeadline";
    public static final String MARK_VERIFICATION_OVERDUE = "Task_MarkVerificationOverdue";
    public static final String SUPERVISE_OVERDUE_VERIFICATION = "Task_SuperviseOverdueVerification";
    public static final String APPROVE_EXTENSION = "Task_ApproveExtension";
    public static final String PROPOSE_TIER = "Task_ProposeTier";
    public static final String DECIDE_ESCALATION = "Task_DecideEscalation";
    public static final String CONFIRM_TIER = "Task_ConfirmTier";
    public static final String APPROVE_TIER_CHANGE = "Task_ApproveTierChange";
    public static final String RECORD_DECISION = "Task_RecordDecision";
    public static final String RAISE_ESCALATION = "Task_RaiseEscalation";
    public static final String NOTIFY_REPORTER = "Task_NotifyReporter";
    public static final String RECORD_NO_PENALTY = "Task_RecordNoPenalty";
    public static final String ISSUE_ADMONITION = "Task_IssueAdmonition";
    public static final String ISSUE_ORDER = "Task_IssueOrder";
    public static final String SEND_PLATFORM_ORDER = "Task_SendPlatformOrder";
    /** Event-based: the correction deadline, or a connected platform's confirmation, whichever comes first. */
    public static final String AWAIT_CORRECTION = "Gateway_AwaitCorrection";
    public static final String CORRECTION_DEADLINE_TIMER = "Timer_CorrectionDeadline";
    public static final String PLATFORM_ORDER_CONFIRMED = "Event_PlatformOrderConfirmed";
    public static final String FOLLOW_UP_CHECK = "Task_FollowUpCheck";
    public static final String CASE_INVESTIGATION = "CallActivity_CaseInvestigation";
    public static final String CRIMINAL_TRANSFER = "CallActivity_CriminalTransfer";
    public static final String CLOSE_CLUE = "Task_CloseClue";
    public static final String END_CLOSED = "EndEvent_ClueClosed";

    private Element() {
    }
  }

  public static final class Var {
    public static final ProcessVariable<Long> CLUE_ID = ProcessVariable.of("clueId", Long.class);
    public static final ProcessVariable<String> CLUE_NO = ProcessVariable.of("clueNo", String.class);
    /** The task-list column shows the business number under this name for every process. */
    public static final ProcessVariable<String> LIST_NUMBER = ProcessVariable.of("complaintNo", String.class);
    public static final ProcessVariable<String> CLUE_SUMMARY = ProcessVariable.of("clueSummary", String.class);
    public static final ProcessVariable<Long> SUBJECT_ID = ProcessVariable.of("subjectId", Long.class);
    /** Task-list column 当事人/主体 ({@link TaskListColumns#SUBJECT}): the clue's first subject (with 等 when there are more). */
    public static final ProcessVariable<String> SUBJECT_NAME = ProcessVariable.of(TaskListColumns.SUBJECT, String.class);
    /** Task-list column 违法类别 ({@link TaskListColumns#CATEGORY}): the clue's category; the verification findings may correct it. */
    public static final ProcessVariable<String> CATEGORY_LABEL = ProcessVariable.of(TaskListColumns.CATEGORY, String.class);
    public static final ProcessVariable<Date> RECEIVED_AT = ProcessVariable.of("receivedAt", Date.class);
    public static final ProcessVariable<String> HANDLING_UNIT = ProcessVariable.of("handlingUnit", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT_NAME = ProcessVariable.of("handlingUnitName", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT_HEAD = ProcessVariable.of("handlingUnitHead", String.class);
    public static final ProcessVariable<Boolean> REAL_NAME_REPORT = ProcessVariable.of("realNameReport", Boolean.class);
    public static final ProcessVariable<Boolean> EXTENSION_GRANTED = ProcessVariable.of("extensionGranted", Boolean.class);
    public static final ProcessVariable<String> VERIFICATION_DUE_TEXT = ProcessVariable.of("verificationDueText", String.class);
    /** Verification form: REQUEST_EXTENSION or SUBMIT_FINDINGS. */
    public static final ProcessVariable<String> VERIFICATION_ACTION = ProcessVariable.of("verificationAction", String.class);
    public static final ProcessVariable<String> EXTENSION_REASON = ProcessVariable.of("extensionReason", String.class);
    public static final ProcessVariable<Boolean> EXTENSION_APPROVED = ProcessVariable.of("extensionApproved", Boolean.class);
    public static final ProcessVariable<String> APPROVAL_NOTE = ProcessVariable.of("approvalNote", String.class);
    public static final ProcessVariable<String> SUPERVISION_NOTE = ProcessVariable.of("supervisionNote", String.class);
    public static final ProcessVariable<Boolean> SUBSTANTIATED = ProcessVariable.of("substantiated", Boolean.class);
    public static final ProcessVariable<String> CATEGORY = ProcessVariable.of("category", String.class);
    public static final ProcessVariable<Boolean> LIFE_HEALTH_RISK = ProcessVariable.of("lifeHealthRisk", Boolean.class);
    public static final ProcessVariable<Boolean> MAJOR_PROPERTY_LOSS = ProcessVariable.of("majorPropertyLoss", Boolean.class);
    public static final ProcessVariable<Boolean> HARM_CAUSED = ProcessVariable.of("harmCaused", Boolean.class);
    public static final ProcessVariable<Boolean> CORRECTED_PROMPTLY = ProcessVariable.of("correctedPromptly", Boolean.class);
    public static final ProcessVariable<Double> ILLEGAL_TURNOVER = ProcessVariable.of("illegalTurnover", Double.class);
    public static final ProcessVariable<Boolean> REFUND_REFUSED = ProcessVariable.of("refundRefused", Boolean.class);
    public static final ProcessVariable<Boolean> OTHER_DEPARTMENTS = ProcessVariable.of("otherDepartmentsInvolved", Boolean.class);
    public static final ProcessVariable<Boolean> MAJOR_OR_DIFFICULT = ProcessVariable.of("majorOrDifficult", Boolean.class);
    public static final ProcessVariable<String> FINDINGS = ProcessVariable.of("findings", String.class);
    /** Facts the system knows about the subjects: enforcement actions taken against them before. */
    public static final ProcessVariable<Long> PRIOR_ACTIONS = ProcessVariable.of("priorActions", Long.class);
    /** Earlier findings of violation within the first-offence window; response-tier.dmn decides 首违 from it. */
    public static final ProcessVariable<Long> PRIOR_SANCTIONS_IN_WINDOW =
        ProcessVariable.of("priorSanctionsInWindow", Long.class);
    /** The highest credit risk class of the clue's subjects (A–D, "" none yet), for response-tier.dmn, this command only. */
    public static final ProcessVariable<String> SUBJECT_CREDIT_CLASS =
        ProcessVariable.of("subjectCreditClass", String.class);
    public static final ProcessVariable<String> PROPOSED_TIER = ProcessVariable.of("proposedTier", String.class);
    public static final ProcessVariable<String> PROPOSED_TIER_LABEL = ProcessVariable.of("proposedTierLabel", String.class);
    public static final ProcessVariable<Boolean> ESCALATE = ProcessVariable.of("escalate", Boolean.class);
    public static final ProcessVariable<String> TIER = ProcessVariable.of("tier", String.class);
    public static final ProcessVariable<String> TIER_CHANGE_REASON = ProcessVariable.of("tierChangeReason", String.class);
    public static final ProcessVariable<Boolean> TIER_CHANGED = ProcessVariable.of("tierChanged", Boolean.class);
    public static final ProcessVariable<Boolean> TIER_CHANGE_APPROVED = ProcessVariable.of("tierChangeApproved", Boolean.class);
    public static final ProcessVariable<String> TIER_LABEL = ProcessVariable.of("tierLabel", String.class);
    public static final ProcessVariable<Date> DECIDED_AT = ProcessVariable.of("decidedAt", Date.class);
    public static final ProcessVariable<String> DOCUMENT_KIND = ProcessVariable.of("documentKind", String.class);
    public static final ProcessVariable<String> DOCUMENT_CONTENT = ProcessVariable.of("documentContent", String.class);
    public static final ProcessVariable<Long> CORRECTION_WORKING_DAYS = ProcessVariable.of("correctionWorkingDays", Long.class);
    /** When the order to correct was issued: the correction timer counts correctionWorkingDays from it. */
    public static final ProcessVariable<Date> CORRECTION_ORDERED_AT = ProcessVariable.of("correctionOrderedAt", Date.class);
    /**
     * The correction deadline, from which the follow-up check's 5 working days run; moved with the timer when the
     * calendar changes (ClueDeadlineSync).
     */
    public static final ProcessVariable<Date> CORRECTION_DEADLINE = ProcessVariable.of("correctionDeadline", Date.class);
    /**
     * Order form 平台处置要求: NONE, or what the platform is asked to do (TAKE_DOWN_ITEM, DELETE_CONTENT, SUSPEND_ROOM);
     * the order goes through the platforms' channel when the platform is connected (docs/platform-api.md).
     */
    public static final ProcessVariable<String> PLATFORM_ACTION = ProcessVariable.of("platformAction", String.class);
    public static final ProcessVariable<String> PLATFORM_ACTION_DETAIL =
        ProcessVariable.of("platformActionDetail", String.class);
    /** The order sent to a platform (platform_order.order_no); unset when none was sent. */
    public static final ProcessVariable<String> PLATFORM_ORDER_NO = ProcessVariable.of("platformOrderNo", String.class);
    /**
     * Shown on the follow-up check: which platform confirmed when and how many items it handled; its own words stay in
     * platform_order and the clue's timeline (they come from outside and may name anyone).
     */
    public static final ProcessVariable<String> PLATFORM_REPLY = ProcessVariable.of("platformReply", String.class);
    public static final ProcessVariable<Boolean> CORRECTED = ProcessVariable.of("corrected", Boolean.class);
    public static final ProcessVariable<String> CHECK_NOTE = ProcessVariable.of("checkNote", String.class);
    /** Follow-up check: 违法商品/链接已下架; when ticked a TAKEDOWN action is recorded. */
    public static final ProcessVariable<Boolean> TAKEN_DOWN = ProcessVariable.of("takenDown", Boolean.class);
    public static final ProcessVariable<String> NOTIFIED_ON = ProcessVariable.of("notifiedOn", String.class);
    public static final ProcessVariable<String> NOTIFICATION_METHOD = ProcessVariable.of("notificationMethod", String.class);
    public static final ProcessVariable<String> CASE_OUTCOME = ProcessVariable.of("caseOutcome", String.class);
    public static final ProcessVariable<String> TRANSFER_OUTCOME = ProcessVariable.of("transferOutcome", String.class);
    /**
     * Set on Flow_NotCorrected and Flow_TransferReturned: when the non-correction or the return became known, passed to
     * case-investigation, whose 立案审批 is due 15 working days after it. Unset when filing follows the verification.
     */
    public static final ProcessVariable<Date> NEW_FINDING_AT = ProcessVariable.of("newFindingAt", Date.class);

    private Var() {
    }
  }

  public static final class Message {
    /** Starts clue-verification; sent by the complaint path with a referral id. */
    public static final String CLUE_RECEIVED = "Msg_ClueReceived";
    /** A connected platform confirmed the order sent to it: the follow-up check comes before the deadline. */
    public static final String PLATFORM_ORDER_CONFIRMED = "Msg_PlatformOrderConfirmed";
    /** Starts coordination-escalation (综合协调工作组研判). */
    public static final String ESCALATION_RAISED = "Msg_EscalationRaised";

    private Message() {
    }
  }

  private ClueProcess() {
  }
}
