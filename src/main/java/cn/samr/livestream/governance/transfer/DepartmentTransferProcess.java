package cn.samr.livestream.governance.transfer;

import cn.samr.livestream.access.CityGroups;
import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.shared.ProcessVariable;

/**
 * Names of the department-transfer process (部门移送): processes/department-transfer.bpmn. The process holds the
 * transfer's id and number, its candidate groups, the gateways' inputs and the task-list columns; the facts, the
 * materials and the department's feedback live in department_transfer only.
 */
public final class DepartmentTransferProcess {

  public static final String PROCESS_KEY = "department-transfer";
  /** The coordination group forwards the transfers of the units (seed 000 二(二)1). */
  public static final String GROUP = CityGroups.COORDINATION;

  public static final class Element {
    public static final String START_REQUESTED = "StartEvent_TransferRequested";
    public static final String APPROVE = "Task_ApproveDepartmentTransfer";
    public static final String TRANSFER_APPROVED = "Gateway_TransferApproved";
    public static final String END_REFUSED = "EndEvent_TransferRefused";
    public static final String VIA_COORDINATION = "Gateway_ViaCoordination";
    public static final String FORWARD = "Task_ForwardTransfer";
    public static final String FORWARDED = "Gateway_Forwarded";
    public static final String END_RETURNED_BY_GROUP = "EndEvent_TransferReturnedByGroup";
    public static final String LETTER_READY = "Gateway_LetterReady";
    public static final String ISSUE_LETTER = "Task_IssueTransferLetter";
    public static final String RECORD_RECEIPT = "Task_RecordReceipt";
    public static final String RECEIPT_REMINDER_TIMER = "Timer_ReceiptReminder";
    public static final String SEND_RECEIPT_REMINDER = "Task_SendReceiptReminder";
    public static final String END_RECEIPT_REMINDED = "EndEvent_ReceiptReminded";
    public static final String RECORD_FEEDBACK = "Task_RecordDepartmentFeedback";
    public static final String FEEDBACK_REMINDER_TIMER = "Timer_TransferFeedbackReminder";
    public static final String SEND_FEEDBACK_REMINDER = "Task_SendTransferFeedbackReminder";
    public static final String END_FEEDBACK_REMINDED = "EndEvent_TransferFeedbackReminded";
    public static final String FEEDBACK_OVERDUE_TIMER = "Timer_TransferFeedbackOverdue";
    public static final String MARK_FEEDBACK_OVERDUE = "Task_MarkTransferFeedbackOverdue";
    public static final String END_FEEDBACK_OVERDUE_MARKED = "EndEvent_TransferFeedbackOverdueMarked";
    public static final String CLOSE = "Task_CloseDepartmentTransfer";
    public static final String END_CLOSED = "EndEvent_TransferClosed";

    private Element() {
    }
  }

  public static final class Var {
    public static final ProcessVariable<Long> TRANSFER_ID = ProcessVariable.of("transferId", Long.class);
    public static final ProcessVariable<String> TRANSFER_NO = ProcessVariable.of("transferNo", String.class);
    /** The task-list column shows the business number under this name for every process. */
    public static final ProcessVariable<String> LIST_NUMBER = ProcessVariable.of(TaskListColumns.NUMBER, String.class);
    /** Task-list column 当事人/主体: the first subject, 「等N家」 when there are more. */
    public static final ProcessVariable<String> SUBJECT_NAME = ProcessVariable.of(TaskListColumns.SUBJECT, String.class);
    public static final ProcessVariable<String> HANDLING_UNIT_NAME = ProcessVariable.of(TaskListColumns.UNIT, String.class);
    /** The requesting unit's officers' group: they record the receipt and the feedback. */
    public static final ProcessVariable<String> SENDER_UNIT = ProcessVariable.of("senderUnit", String.class);
    /** The requesting unit's heads' group: they approve. */
    public static final ProcessVariable<String> UNIT_HEAD = ProcessVariable.of("unitHead", String.class);
    /** Gateway_ViaCoordination: livestream.transfer.via-coordination, false when the group itself requested. */
    public static final ProcessVariable<Boolean> VIA_COORDINATION = ProcessVariable.of("viaCoordination", Boolean.class);
    /** The forms' summary: unit, department, reason; never the facts. */
    public static final ProcessVariable<String> SUMMARY = ProcessVariable.of("transferSummary", String.class);
    public static final ProcessVariable<String> DEPARTMENT_NAME = ProcessVariable.of("departmentName", String.class);
    // start form 部门移送申请 (forms/department-transfer-request.form); taken for the start command only
    public static final ProcessVariable<String> DEPARTMENT = ProcessVariable.of("department", String.class);
    public static final ProcessVariable<String> RECIPIENT_NAME = ProcessVariable.of("recipientName", String.class);
    public static final ProcessVariable<String> CLUE_NO = ProcessVariable.of("clueNo", String.class);
    public static final ProcessVariable<String> CASE_NO = ProcessVariable.of("caseNo", String.class);
    /** Multi-line text: one register id per line. */
    public static final ProcessVariable<String> SUBJECT_IDS = ProcessVariable.of("subjectIds", String.class);
    public static final ProcessVariable<String> REASON = ProcessVariable.of("reason", String.class);
    public static final ProcessVariable<String> FACTS = ProcessVariable.of("facts", String.class);
    public static final ProcessVariable<String> MATERIALS = ProcessVariable.of("materials", String.class);
    public static final ProcessVariable<String> BASIS = ProcessVariable.of("basis", String.class);
    public static final ProcessVariable<Long> FEEDBACK_WORKING_DAYS = ProcessVariable.of("feedbackWorkingDays", Long.class);
    public static final ProcessVariable<Boolean> NOT_CRIMINAL = ProcessVariable.of("notCriminal", Boolean.class);
    public static final ProcessVariable<String> SENDER = ProcessVariable.of("sender", String.class);
    // approval 审批移送 and forward 核对发出 (taken)
    public static final ProcessVariable<Boolean> TRANSFER_APPROVED = ProcessVariable.of("transferApproved", Boolean.class);
    public static final ProcessVariable<String> APPROVAL_NOTE = ProcessVariable.of("approvalNote", String.class);
    public static final ProcessVariable<Boolean> FORWARDED = ProcessVariable.of("forwarded", Boolean.class);
    public static final ProcessVariable<String> FORWARD_NOTE = ProcessVariable.of("forwardNote", String.class);
    // receipt 记录回执 and feedback 记录部门反馈 (taken)
    public static final ProcessVariable<String> RECEIVED_ON = ProcessVariable.of("receivedOn", String.class);
    public static final ProcessVariable<String> RECEIVER = ProcessVariable.of("receiver", String.class);
    public static final ProcessVariable<String> OUTCOME = ProcessVariable.of("outcome", String.class);
    public static final ProcessVariable<String> FEEDBACK = ProcessVariable.of("feedback", String.class);

    private Var() {
    }
  }

  private DepartmentTransferProcess() {
  }
}
