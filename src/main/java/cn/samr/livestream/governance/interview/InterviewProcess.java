package cn.samr.livestream.governance.interview;

import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.shared.ProcessVariable;

/**
 * Names of the administrative-interview process (行政约谈与提醒告诫): processes/administrative-interview.bpmn,
 * docs/governance.md §2 and docs/interview.md.
 */
public final class InterviewProcess {

  public static final String PROCESS_KEY = "administrative-interview";
  /** The rule table 约谈建议 (processes/interview-proposal.dmn) the daily run evaluates. */
  public static final String PROPOSAL_DECISION_KEY = "interview-proposal";

  public static final class Element {
    public static final String START_REQUESTED = "StartEvent_InterviewRequested";
    public static final String START_PROPOSED = "StartEvent_InterviewProposed";
    public static final String REVIEW_PROPOSAL = "Task_ReviewProposal";
    public static final String PROPOSAL_ACCEPTED = "Gateway_ProposalAccepted";
    public static final String END_PROPOSAL_DECLINED = "EndEvent_ProposalDeclined";
    /** The merge before the notices: the approved or head's request and the accepted proposal. */
    public static final String TO_NOTICES = "Gateway_ToNotices";
    public static final String APPROVAL_NEEDED = "Gateway_ApprovalNeeded";
    public static final String APPROVE_INTERVIEW = "Task_ApproveInterview";
    public static final String END_REFUSED = "EndEvent_InterviewRefused";
    /** 约谈形式？ INTERVIEW to the notices, a letter (REMINDER_LETTER, GUIDANCE_LETTER) to the letters. */
    public static final String INTERVIEW_KIND = "Gateway_InterviewKind";
    public static final String ISSUE_NOTICES = "Task_IssueInterviewNotices";
    public static final String SEND_NOTICES_TO_PLATFORMS = "Task_SendNoticesToPlatforms";
    public static final String RECORD_INTERVIEW = "Task_RecordInterview";
    public static final String COMMITMENT_FOLLOW_UP = "SubProcess_CommitmentFollowUp";
    public static final String AWAIT_COMMITMENT = "Gateway_AwaitCommitment";
    public static final String COMMITMENT_DUE_TIMER = "Timer_CommitmentDue";
    public static final String COMMITMENT_REPORTED = "Event_CommitmentReported";
    public static final String CHECK_COMMITMENT = "Task_CheckCommitment";
    public static final String END_COMMITMENT_FULFILLED = "EndEvent_CommitmentFulfilled";
    public static final String RAISE_COMMITMENT_CLUE = "Task_RaiseCommitmentClue";
    public static final String END_CLUE_RAISED = "EndEvent_CommitmentClueRaised";
    public static final String ESCALATE_COMMITMENT = "Task_EscalateCommitment";
    public static final String END_ESCALATED = "EndEvent_CommitmentEscalated";
    public static final String APPROVE_NO_FOLLOW_UP = "Task_ApproveNoFollowUp";
    public static final String END_NOT_PURSUED = "EndEvent_CommitmentNotPursued";
    public static final String ISSUE_LETTERS = "Task_IssueLetters";
    public static final String LETTER_ACKNOWLEDGEMENT = "SubProcess_LetterAcknowledgement";
    public static final String SEND_LETTER_TO_PLATFORM = "Task_SendLetterToPlatform";
    public static final String AWAIT_ACKNOWLEDGEMENT = "Gateway_AwaitAcknowledgement";
    public static final String LETTER_ACKNOWLEDGED = "Event_LetterAcknowledged";
    public static final String ACKNOWLEDGEMENT_DUE_TIMER = "Timer_AcknowledgementDue";
    public static final String RECORD_ACKNOWLEDGEMENT = "Task_RecordAcknowledgement";
    public static final String END_ACKNOWLEDGED = "EndEvent_LetterAcknowledged";
    public static final String END_ACKNOWLEDGEMENT_RECORDED = "EndEvent_AcknowledgementRecorded";
    public static final String CLOSE_INTERVIEW = "Task_CloseInterview";
    public static final String END_CLOSED = "EndEvent_InterviewClosed";

    private Element() {
    }
  }

  public static final class Var {
    public static final ProcessVariable<Long> INTERVIEW_ID = ProcessVariable.of("interviewId", Long.class);
    public static final ProcessVariable<String> INTERVIEW_NO = ProcessVariable.of("interviewNo", String.class);
    /** The task-list column shows the business number under this name for every process. */
    public static final ProcessVariable<String> LIST_NUMBER = ProcessVariable.of(TaskListColumns.NUMBER, String.class);
    /** The task-list column 当事人/主体: the first subject, with 等N家 when there are more. */
    public static final ProcessVariable<String> SUBJECT_NAME = ProcessVariable.of(TaskListColumns.SUBJECT, String.class);
    public static final ProcessVariable<String> CATEGORY_LABEL = ProcessVariable.of(TaskListColumns.CATEGORY, String.class);
    /** The host unit's officers' group (candidate group of the officers' tasks). */
    public static final ProcessVariable<String> HOST_UNIT = ProcessVariable.of("hostUnit", String.class);
    /** The host unit's heads' group (candidate group of the approvals). */
    public static final ProcessVariable<String> HOST_UNIT_HEAD = ProcessVariable.of("hostUnitHead", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT_NAME = ProcessVariable.of(TaskListColumns.UNIT, String.class);
    /** Gateway_InterviewKind: the interview's {@link InterviewKind} (not the start form's field kind, taken at once). */
    public static final ProcessVariable<String> INTERVIEW_KIND = ProcessVariable.of("interviewKind", String.class);
    /** Gateway_ApprovalNeeded: false when the requester heads the host unit. */
    public static final ProcessVariable<Boolean> APPROVAL_NEEDED = ProcessVariable.of("approvalNeeded", Boolean.class);
    // start form 发起行政约谈 (forms/interview-request.form), taken for the starting command only
    public static final ProcessVariable<String> KIND = ProcessVariable.of("kind", String.class);
    public static final ProcessVariable<String> SUBJECTS = ProcessVariable.of("subjects", String.class);
    public static final ProcessVariable<String> ISSUES = ProcessVariable.of("issues", String.class);
    public static final ProcessVariable<String> BASIS = ProcessVariable.of("basis", String.class);
    public static final ProcessVariable<String> CATEGORY = ProcessVariable.of("category", String.class);
    public static final ProcessVariable<String> PLANNED_DATE = ProcessVariable.of("plannedDate", String.class);
    public static final ProcessVariable<String> REQUESTED_HOST_UNIT = ProcessVariable.of("requestedHostUnit", String.class);
    /** Checklist prefix of the joint departments (联合约谈): joint_CYBERSPACE … */
    public static final String JOINT_PREFIX = "joint_";
    // 审批约谈
    public static final ProcessVariable<Boolean> INTERVIEW_APPROVED = ProcessVariable.of("interviewApproved", Boolean.class);
    public static final ProcessVariable<String> APPROVAL_NOTE = ProcessVariable.of("approvalNote", String.class);
    // 审查约谈建议 (forms/interview-proposal-review.form): reason and facts shown task-local, the rest taken
    public static final ProcessVariable<String> PROPOSAL_REASON = ProcessVariable.of("proposalReason", String.class);
    public static final ProcessVariable<String> PROPOSAL_FACTS = ProcessVariable.of("proposalFacts", String.class);
    public static final ProcessVariable<Boolean> PROPOSAL_ACCEPTED = ProcessVariable.of("proposalAccepted", Boolean.class);
    /** The form the rule proposes (its label), shown task-local. */
    public static final ProcessVariable<String> PROPOSED_KIND = ProcessVariable.of("proposedKind", String.class);
    /** The form the heads accept (InterviewKind); empty: the one proposed. */
    public static final ProcessVariable<String> ACCEPTED_KIND = ProcessVariable.of("acceptedKind", String.class);
    public static final ProcessVariable<String> REVIEW_NOTE = ProcessVariable.of("reviewNote", String.class);
    // 制发约谈通知书
    public static final ProcessVariable<String> INTERVIEW_AT = ProcessVariable.of("interviewAt", String.class);
    public static final ProcessVariable<String> PLACE = ProcessVariable.of("place", String.class);
    public static final ProcessVariable<String> BUREAU_ATTENDEES = ProcessVariable.of("bureauAttendees", String.class);
    // 制发提醒告诫函 / 行政指导意见函 (forms/interview-letter.form)
    public static final ProcessVariable<String> LETTER_CONTENT = ProcessVariable.of("letterContent", String.class);
    public static final ProcessVariable<Long> ACKNOWLEDGEMENT_WORKING_DAYS =
        ProcessVariable.of("acknowledgementWorkingDays", Long.class);
    // 登记确认收悉 (forms/interview-letter-acknowledgement.form, one per subject after Timer_AcknowledgementDue)
    /** Shown on the task (task-local): the letter, its subject and the day it was to be acknowledged by. */
    public static final ProcessVariable<String> LETTER_TEXT = ProcessVariable.of("letterText", String.class);
    /** True: a paper receipt came in (acknowledgedOn its day); false: 逾期未确认. */
    public static final ProcessVariable<Boolean> PAPER_RECEIPT = ProcessVariable.of("paperReceipt", Boolean.class);
    public static final ProcessVariable<String> ACKNOWLEDGED_ON = ProcessVariable.of("acknowledgedOn", String.class);
    // 记录约谈情况 (one per subject: multi-instance element variable)
    public static final ProcessVariable<Long> INTERVIEW_SUBJECT_ID = ProcessVariable.of("interviewSubjectId", Long.class);
    public static final ProcessVariable<Boolean> ATTENDED = ProcessVariable.of("attended", Boolean.class);
    public static final ProcessVariable<String> PARTY_ATTENDEES = ProcessVariable.of("partyAttendees", String.class);
    public static final ProcessVariable<String> PROBLEMS = ProcessVariable.of("problems", String.class);
    /** One commitment a line: yyyy-MM-dd content. */
    public static final ProcessVariable<String> COMMITMENTS_TEXT = ProcessVariable.of("commitmentsText", String.class);
    // 承诺履行跟踪 (one per commitment: multi-instance element variable)
    public static final ProcessVariable<Long> COMMITMENT_ID = ProcessVariable.of("commitmentId", Long.class);
    /** Shown on the check task (task-local): what was promised, by when. */
    public static final ProcessVariable<String> COMMITMENT_TEXT = ProcessVariable.of("commitmentText", String.class);
    public static final ProcessVariable<Boolean> COMMITMENT_FULFILLED = ProcessVariable.of("commitmentFulfilled", Boolean.class);
    public static final ProcessVariable<String> CHECK_NOTE = ProcessVariable.of("checkNote", String.class);
    /** Gateway_FollowUp: CLUE, ESCALATE or NONE ({@link FollowUp}). */
    public static final ProcessVariable<String> FOLLOW_UP = ProcessVariable.of("followUp", String.class);
    public static final ProcessVariable<Boolean> NO_FOLLOW_UP_APPROVED = ProcessVariable.of("noFollowUpApproved", Boolean.class);
    public static final ProcessVariable<String> NO_FOLLOW_UP_NOTE = ProcessVariable.of("noFollowUpNote", String.class);

    private Var() {
    }
  }

  public static final class Message {
    /** The daily run proposes an interview (interview-proposal.dmn); starts the process with interviewId. */
    public static final String INTERVIEW_PROPOSED = "Msg_InterviewProposed";
    /** The subject reported a commitment fulfilled (slice 3: the platform channel); correlated by commitmentId. */
    public static final String COMMITMENT_REPORTED = "Msg_CommitmentReported";
    /** The platform acknowledged a letter through the channel; correlated by interviewSubjectId. */
    public static final String LETTER_ACKNOWLEDGED = "Msg_LetterAcknowledged";

    private Message() {
    }
  }

  private InterviewProcess() {
  }
}
