package cn.samr.livestream.governance.credit;

import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.shared.ProcessVariable;
import java.util.Date;

/** Names of the credit-listing process (信用名单列入与移出): processes/credit-listing.bpmn. */
public final class CreditListingProcess {

  public static final String PROCESS_KEY = "credit-listing";

  public static final class Element {
    public static final String START_PROPOSED = "StartEvent_ListingProposed";
    public static final String START_PROPOSED_BY_CASE = "StartEvent_ListingProposedByCase";
    public static final String PREPARE_LISTING = "Task_PrepareListing";
    public static final String ISSUE_NOTICE = "Task_IssueListingNotice";
    public static final String RECORD_STATEMENT = "Task_RecordStatement";
    public static final String STATEMENT_PERIOD_TIMER = "Timer_StatementPeriodEnds";
    public static final String MARK_STATEMENT_PERIOD_ENDED = "Task_MarkStatementPeriodEnded";
    public static final String APPROVE_LISTING = "Task_ApproveListing";
    public static final String LISTING_DECISION_TIMER = "Timer_ListingDecisionDue";
    public static final String MARK_LISTING_OVERDUE = "Task_MarkListingOverdue";
    public static final String HIGHER_APPROVAL = "Task_HigherApproval";
    public static final String CLOSE_NOT_LISTED = "Task_CloseNotListed";
    public static final String END_NOT_LISTED = "EndEvent_NotListed";
    public static final String ISSUE_DECISION = "Task_IssueListingDecision";
    public static final String RECORD_PUBLICATION = "Task_RecordPublication";
    public static final String PUBLICATION_TIMER = "Timer_PublicationOverdue";
    public static final String MARK_PUBLICATION_OVERDUE = "Task_MarkPublicationOverdue";
    public static final String JOINT_NOTICES = "SubProcess_JointPunishmentNotices";
    public static final String SEND_CREDIT_NOTICE = "Task_SendCreditNotice";
    public static final String RECORD_NOTICE_FEEDBACK = "Task_RecordCreditNoticeFeedback";
    public static final String FEEDBACK_REMINDER_TIMER = "Timer_CreditFeedbackReminder";
    public static final String SEND_FEEDBACK_REMINDER = "Task_SendCreditFeedbackReminder";
    public static final String FEEDBACK_OVERDUE_TIMER = "Timer_CreditFeedbackOverdue";
    public static final String MARK_FEEDBACK_OVERDUE = "Task_MarkCreditFeedbackOverdue";
    public static final String AWAIT_SERIOUS_REMOVAL = "Gateway_AwaitSeriousRemoval";
    public static final String SERIOUS_EXPIRY_TIMER = "Timer_SeriousListingExpires";
    public static final String CONFIRM_EXPIRY_REMOVAL = "Task_ConfirmExpiryRemoval";
    public static final String SERIOUS_REMOVAL_APPLIED = "Event_RemovalApplied";
    public static final String LISTING_REVOKED = "Event_ListingRevoked";
    public static final String AWAIT_ABNORMAL_REMOVAL = "Gateway_AwaitAbnormalRemoval";
    public static final String ABNORMAL_THREE_YEARS_TIMER = "Timer_AbnormalThreeYears";
    public static final String REVIEW_FOR_SERIOUS_LIST = "Task_ReviewForSeriousList";
    public static final String ABNORMAL_REMOVAL_APPLIED = "Event_AbnormalRemovalApplied";
    public static final String OBJECTION_FILED = "Event_ObjectionFiled";
    public static final String ACCEPT_OBJECTION = "Task_AcceptObjection";
    public static final String VERIFY_OBJECTION = "Task_VerifyObjection";
    public static final String DECIDE_REMOVAL = "Task_DecideRemoval";
    public static final String ISSUE_REMOVAL_DECISION = "Task_IssueRemovalDecision";
    public static final String RECORD_PUBLICITY_STOPPED = "Task_RecordPublicityStopped";
    public static final String END_REMOVED = "EndEvent_Removed";

    private Element() {
    }
  }

  public static final class Var {
    public static final ProcessVariable<Long> LISTING_ID = ProcessVariable.of("listingId", Long.class);
    public static final ProcessVariable<String> LISTING_NO = ProcessVariable.of("listingNo", String.class);
    /** The task-list column shows the business number under this name for every process. */
    public static final ProcessVariable<String> LIST_NUMBER = ProcessVariable.of(TaskListColumns.NUMBER, String.class);
    public static final ProcessVariable<String> SUBJECT_NAME = ProcessVariable.of(TaskListColumns.SUBJECT, String.class);
    public static final ProcessVariable<String> HANDLING_UNIT_NAME = ProcessVariable.of(TaskListColumns.UNIT, String.class);
    public static final ProcessVariable<String> CATEGORY_LABEL = ProcessVariable.of(TaskListColumns.CATEGORY, String.class);
    /** ABNORMAL or SERIOUS_ILLEGAL: the gateway after the listing and the removal's way back. */
    public static final ProcessVariable<String> LISTING_KIND = ProcessVariable.of("listingKind", String.class);
    public static final ProcessVariable<String> LISTING_UNIT = ProcessVariable.of("listingUnit", String.class);
    public static final ProcessVariable<String> LISTING_UNIT_HEAD = ProcessVariable.of("listingUnitHead", String.class);
    public static final ProcessVariable<String> HIGHER_APPROVAL_GROUP = ProcessVariable.of("higherApprovalGroup", String.class);
    /** Who reviews an abnormal listing of three years for the serious list (livestream.credit.abnormal). */
    public static final ProcessVariable<String> SERIOUS_REVIEW_GROUP = ProcessVariable.of("seriousReviewGroup", String.class);
    public static final ProcessVariable<Boolean> NOTICE_NEEDED = ProcessVariable.of("noticeNeeded", Boolean.class);
    public static final ProcessVariable<Boolean> HIGHER_APPROVAL_NEEDED = ProcessVariable.of("higherApprovalNeeded", Boolean.class);
    /** Message Msg_CreditListingProposed: the case whose penalty decision proposed the listing. */
    public static final ProcessVariable<Long> CASE_ID = ProcessVariable.of("caseId", Long.class);
    // one joint-punishment notice (multi-instance element variable)
    public static final ProcessVariable<Long> CREDIT_NOTICE_ID = ProcessVariable.of("creditNoticeId", Long.class);
    public static final ProcessVariable<String> DEPARTMENT_NAME = ProcessVariable.of("departmentName", String.class);
    // start form 拟列入信用名单 (forms/credit-listing-proposal.form)
    public static final ProcessVariable<String> KIND = ProcessVariable.of("kind", String.class);
    public static final ProcessVariable<Long> SUBJECT_ID = ProcessVariable.of("subjectId", Long.class);
    public static final ProcessVariable<String> CASE_NO = ProcessVariable.of("caseNo", String.class);
    public static final ProcessVariable<String> GROUND = ProcessVariable.of("ground", String.class);
    public static final ProcessVariable<String> REASON = ProcessVariable.of("reason", String.class);
    public static final ProcessVariable<String> FOUND_ON = ProcessVariable.of("foundOn", String.class);
    // the tasks' fields, taken for their command and written to credit_listing (issue 15)
    public static final ProcessVariable<String> STATEMENT = ProcessVariable.of("statement", String.class);
    public static final ProcessVariable<Boolean> NO_STATEMENT = ProcessVariable.of("noStatement", Boolean.class);
    public static final ProcessVariable<Boolean> LISTING_APPROVED = ProcessVariable.of("listingApproved", Boolean.class);
    public static final ProcessVariable<Boolean> HIGHER_APPROVED = ProcessVariable.of("higherApproved", Boolean.class);
    public static final ProcessVariable<String> APPROVAL_NOTE = ProcessVariable.of("approvalNote", String.class);
    /** Departments the head adds to the configured ones, comma separated Department names. */
    public static final ProcessVariable<String> EXTRA_DEPARTMENTS = ProcessVariable.of("extraDepartments", String.class);
    public static final ProcessVariable<String> PUBLISHED_ON = ProcessVariable.of("publishedOn", String.class);
    public static final ProcessVariable<String> PUBLICATION_NOTE = ProcessVariable.of("publicationNote", String.class);
    public static final ProcessVariable<String> FEEDBACK = ProcessVariable.of("feedback", String.class);
    public static final ProcessVariable<Boolean> MEASURES_RUNNING = ProcessVariable.of("measuresRunning", Boolean.class);
    /** With measuresRunning: the day the measures set by law end (yyyy-MM-dd); the listing waits until then. */
    public static final ProcessVariable<String> MEASURES_END_ON = ProcessVariable.of("measuresEndOn", String.class);
    public static final ProcessVariable<Boolean> REMOVAL_GRANTED = ProcessVariable.of("removalGranted", Boolean.class);
    public static final ProcessVariable<Boolean> OBJECTION_ACCEPTED = ProcessVariable.of("objectionAccepted", Boolean.class);
    public static final ProcessVariable<Boolean> OBJECTION_UPHELD = ProcessVariable.of("objectionUpheld", Boolean.class);
    public static final ProcessVariable<String> DECISION_NOTE = ProcessVariable.of("decisionNote", String.class);
    public static final ProcessVariable<String> REVIEW_NOTE = ProcessVariable.of("reviewNote", String.class);
    public static final ProcessVariable<String> PUBLICITY_STOPPED_ON = ProcessVariable.of("publicityStoppedOn", String.class);
    /** The request (removal application, objection) the decision tasks work on; set with the message. */
    public static final ProcessVariable<Long> REQUEST_ID = ProcessVariable.of("requestId", Long.class);
    /** Set by the revocation message: the removal's reason. */
    public static final ProcessVariable<Date> REVOKED_AT = ProcessVariable.of("revokedAt", Date.class);

    private Var() {
    }
  }

  public static final class Message {
    /**
     * Starts credit-listing from a case's penalty decision, with variables caseId, kind and (ABNORMAL) ground, sent by
     * case-investigation's Task_ProposeCreditListing (shared.CreditListingProposal); kind absent = SERIOUS_ILLEGAL.
     */
    public static final String CREDIT_LISTING_PROPOSED = cn.samr.livestream.shared.CreditListingProposal.MESSAGE;
    /** The party applied for removal (移出申请); business key = the listing number, variable requestId. */
    public static final String REMOVAL_APPLIED = "Msg_RemovalApplied";
    /** The party objected to the abnormal listing (异议); variable requestId. */
    public static final String OBJECTION_FILED = "Msg_ObjectionFiled";
    /** The penalty the listing rests on was revoked, found unlawful or void (撤销列入). */
    public static final String LISTING_REVOKED = "Msg_ListingRevoked";

    private Message() {
    }
  }

  private CreditListingProcess() {
  }
}
