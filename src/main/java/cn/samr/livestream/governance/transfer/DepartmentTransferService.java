package cn.samr.livestream.governance.transfer;

import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.EnforcementRecords.NewAction;
import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.shared.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on a department transfer after the request (部门移送): the head's approval, the coordination group's
 * forwarding, the letter with its 文号, the receipt, the reminders, the overdue mark, the department's feedback and
 * the close. It owns the transfer's record: every step is written to governance_event through {@link #event}.
 * (Bean name departmentTransfers: the model's expressions call {@link DepartmentTransferDeadlineService} as
 * departmentTransferService.)
 */
@Service("departmentTransfers")
@Transactional
public class DepartmentTransferService {

  static final int NOTE = 500;
  static final int FEEDBACK = 4000;
  static final int RECEIVER = 100;

  private final DepartmentTransferMapper transfers;
  private final GovernanceEvents events;
  private final EnforcementRecords records;
  private final WorkCalendar calendar;
  private final DepartmentTransferSettings settings;
  private final Clock clock;

  public DepartmentTransferService(DepartmentTransferMapper transfers, GovernanceEvents events,
      EnforcementRecords records, WorkCalendar calendar, DepartmentTransferSettings settings, Clock clock) {
    this.transfers = transfers;
    this.events = events;
    this.records = records;
    this.calendar = calendar;
    this.settings = settings;
    this.clock = clock;
  }

  public DepartmentTransfer transfer(long id) {
    return transfers.findById(id)
        .orElseThrow(() -> new NotFoundException("部门移送不存在：" + id, "no department transfer " + id));
  }

  /** 负责人审批: approved goes on (to the group or straight to the letter), refused ends the transfer. */
  public DepartmentTransfer decideApproval(long transferId, Boolean approved, String note, String actor) {
    new Inputs()
        .require(approved != null, Var.TRANSFER_APPROVED.name(), "请选择是否同意移送", "choose whether to approve")
        .require(!Boolean.FALSE.equals(approved) || notBlank(note), Var.APPROVAL_NOTE.name(),
            "不同意移送须说明理由", "a refusal needs its reason")
        .require(fits(note, NOTE), Var.APPROVAL_NOTE.name(), "不超过500字", "at most 500 characters")
        .throwIfAny();
    DepartmentTransfer transfer = transfer(transferId);
    transfer.setApprovedBy(actor);
    transfer.setApprovedAt(LocalDateTime.now(clock));
    transfer.setApprovalNote(trim(note));
    if (approved) {
      transfer.setStatus(transfer.isViaCoordination() ? DepartmentTransferStatus.AWAITING_FORWARD
          : DepartmentTransferStatus.SENT);
    } else {
      transfer.setStatus(DepartmentTransferStatus.REFUSED);
      transfer.setClosedAt(LocalDateTime.now(clock));
    }
    transfers.update(transfer);
    event(transferId, DepartmentTransferStep.APPROVAL, approved ? "APPROVED" : "REFUSED", trim(note), actor);
    return transfer;
  }

  /** 综合协调工作组核对发出: sent goes to the letter (issued by the group), returned ends the transfer. */
  public DepartmentTransfer decideForward(long transferId, Boolean forwarded, String note, String actor) {
    new Inputs()
        .require(forwarded != null, Var.FORWARDED.name(), "请选择发出或退回", "choose to send or return")
        .require(!Boolean.FALSE.equals(forwarded) || notBlank(note), Var.FORWARD_NOTE.name(),
            "退回须说明理由", "a return needs its reason")
        .require(fits(note, NOTE), Var.FORWARD_NOTE.name(), "不超过500字", "at most 500 characters")
        .throwIfAny();
    DepartmentTransfer transfer = transfer(transferId);
    transfer.setForwardedBy(actor);
    transfer.setForwardedAt(LocalDateTime.now(clock));
    transfer.setForwardNote(trim(note));
    if (forwarded) {
      transfer.setStatus(DepartmentTransferStatus.SENT);
    } else {
      transfer.setStatus(DepartmentTransferStatus.RETURNED_BY_GROUP);
      transfer.setClosedAt(LocalDateTime.now(clock));
    }
    transfers.update(transfer);
    event(transferId, DepartmentTransferStep.FORWARD, forwarded ? "SENT" : "RETURNED", trim(note), actor);
    return transfer;
  }

  /**
   * 制发移送函: the letter's 文号 (DEPARTMENT_TRANSFER, 移函), issued by the coordination group when it forwarded the
   * transfer, else by the requesting unit; linked to the clue, the case and the first subject so that it shows in
   * their timelines. The receipt and feedback deadlines run from now.
   */
  public DepartmentTransfer issueLetter(long transferId) {
    DepartmentTransfer transfer = transfer(transferId);
    String issuer = transfer.getForwardedBy() != null ? DepartmentTransferProcess.GROUP : transfer.getSenderUnit();
    List<Long> subjects = transfers.findSubjectIds(transferId);
    Date now = Date.from(clock.instant());
    transfer.setSentAt(Times.toLocal(now));
    transfer.setReceiptDue(Times.toLocal(calendar.addWorkingDays(now, settings.receiptWorkingDays())));
    transfer.setFeedbackDue(Times.toLocal(calendar.addWorkingDays(now, transfer.getFeedbackWorkingDays())));
    EnforcementAction letter = records.record(new NewAction(ActionType.DEPARTMENT_TRANSFER, issuer,
        transfer.getClueId(), transfer.getCaseId(), subjects.isEmpty() ? null : subjects.get(0),
        transfer.getFeedbackDue(), null, null,
        transfer.getTransferNo() + " 移送" + recipient(transfer)));
    transfer.setIssuingUnit(issuer);
    transfer.setActionId(letter.getId());
    transfer.setStatus(DepartmentTransferStatus.SENT);
    transfers.update(transfer);
    event(transferId, DepartmentTransferStep.LETTER_ISSUED, transfer.getDepartment().name(),
        letter.getDocumentNo() + "：移送" + recipient(transfer) + "，请于"
            + calendar.formatDeadline(Times.toDate(transfer.getReceiptDue())) + "前回执，"
            + calendar.formatDeadline(Times.toDate(transfer.getFeedbackDue())) + "前反馈", Actors.SYSTEM);
    return transfer;
  }

  /** The receipt was not recorded by its target day: the timeline says so (the task moves up the list). */
  public void remindReceipt(long transferId) {
    DepartmentTransfer transfer = transfer(transferId);
    transfer.setReceiptRemindedAt(LocalDateTime.now(clock));
    transfers.update(transfer);
    event(transferId, DepartmentTransferStep.RECEIPT_REMINDER, transfer.getDepartment().name(),
        recipient(transfer) + "回执未记录，请催收", Actors.SYSTEM);
  }

  /** 记录回执: the day the department signed for the letter (not before the letter, not in the future) and who. */
  public DepartmentTransfer recordReceipt(long transferId, String receivedOn, String receiver, String actor) {
    DepartmentTransfer transfer = transfer(transferId);
    Inputs inputs = new Inputs();
    LocalDate day = null;
    if (notBlank(receivedOn)) {
      day = inputs.readDate(receivedOn, Var.RECEIVED_ON.name());
    } else {
      inputs.require(false, Var.RECEIVED_ON.name(), "请填写签收日期", "give the day of the receipt");
    }
    if (day != null) {
      inputs.require(!day.isBefore(transfer.getSentAt().toLocalDate()), Var.RECEIVED_ON.name(),
          "签收日期不能早于移送日期", "must not be before the letter");
      inputs.require(!day.isAfter(LocalDate.now(clock)), Var.RECEIVED_ON.name(), "签收日期不能晚于今天",
          "must not be in the future");
    }
    inputs.require(notBlank(receiver), Var.RECEIVER.name(), "请填写签收人或签收部门", "give who signed for it")
        .require(fits(receiver, RECEIVER), Var.RECEIVER.name(), "不超过100字", "at most 100 characters")
        .throwIfAny();
    transfer.setReceivedOn(day);
    transfer.setReceiver(receiver.trim());
    transfer.setReceiptRecordedBy(actor);
    transfer.setStatus(DepartmentTransferStatus.RECEIVED);
    transfers.update(transfer);
    event(transferId, DepartmentTransferStep.RECEIVED, transfer.getDepartment().name(),
        day + " " + receiver.trim() + "签收", actor);
    return transfer;
  }

  public void remindFeedback(long transferId) {
    DepartmentTransfer transfer = transfer(transferId);
    transfer.setRemindedAt(LocalDateTime.now(clock));
    transfers.update(transfer);
    event(transferId, DepartmentTransferStep.FEEDBACK_REMINDER, transfer.getDepartment().name(),
        "已提醒" + recipient(transfer) + "反馈期限将至", Actors.SYSTEM);
  }

  public void markFeedbackOverdue(long transferId) {
    DepartmentTransfer transfer = transfer(transferId);
    transfer.setOverdue(true);
    transfers.update(transfer);
    event(transferId, DepartmentTransferStep.FEEDBACK_OVERDUE, transfer.getDepartment().name(),
        recipient(transfer) + "逾期未反馈", Actors.SYSTEM);
  }

  /** 记录部门反馈: the outcome and what the department said; after the deadline too (the overdue mark stays). */
  public DepartmentTransfer recordFeedback(long transferId, String outcome, String feedback, String actor) {
    Inputs inputs = new Inputs();
    TransferFeedbackOutcome result = null;
    if (notBlank(outcome)) {
      result = inputs.readEnum(TransferFeedbackOutcome.class, outcome, Var.OUTCOME.name());
    } else {
      inputs.require(false, Var.OUTCOME.name(), "请选择反馈结果", "choose the outcome");
    }
    inputs.require(notBlank(feedback), Var.FEEDBACK.name(), "请填写部门反馈意见", "give the department's feedback")
        .require(fits(feedback, FEEDBACK), Var.FEEDBACK.name(), "不超过4000字", "at most 4000 characters")
        .throwIfAny();
    DepartmentTransfer transfer = transfer(transferId);
    transfer.setOutcome(result);
    transfer.setFeedback(feedback.trim());
    transfer.setFeedbackRecordedBy(actor);
    transfer.setFeedbackRecordedAt(LocalDateTime.now(clock));
    transfers.update(transfer);
    event(transferId, DepartmentTransferStep.FEEDBACK, result.name(),
        (transfer.isOverdue() ? "（逾期）" : "") + feedback.trim(), actor);
    return transfer;
  }

  /** 办结: the letter's action is settled with the department's outcome. */
  public void close(long transferId) {
    DepartmentTransfer transfer = transfer(transferId);
    transfer.setStatus(DepartmentTransferStatus.CLOSED);
    transfer.setClosedAt(LocalDateTime.now(clock));
    transfers.update(transfer);
    if (transfer.getActionId() != null && transfer.getOutcome() != null) {
      records.settle(transfer.getActionId(), transfer.getOutcome().name());
    }
    event(transferId, DepartmentTransferStep.CLOSED, transfer.getOutcome() == null ? null : transfer.getOutcome().name(),
        transfer.getOutcome() == null ? null : transfer.getOutcome().label(), Actors.SYSTEM);
  }

  /** The engine's receipt deadline was computed again (a holiday calendar entered or corrected). */
  public void moveReceiptDue(long transferId, Date due) {
    DepartmentTransfer transfer = transfer(transferId);
    transfer.setReceiptDue(Times.toLocal(due));
    transfers.update(transfer);
  }

  /** The engine's feedback deadline was computed again: the transfer's copy and the letter's deadline follow. */
  public void moveFeedbackDue(long transferId, Date due) {
    DepartmentTransfer transfer = transfer(transferId);
    transfer.setFeedbackDue(Times.toLocal(due));
    transfers.update(transfer);
    if (transfer.getActionId() != null) {
      records.moveDeadline(transfer.getActionId(), Times.toLocal(due));
    }
  }

  public void event(long transferId, DepartmentTransferStep step, String decision, String detail, String actor) {
    events.record(GovernanceRecordKind.TRANSFER, transferId, step, decision, detail, actor);
  }

  /** The receiving department as the letter names it: the recipient's name when given, else the department. */
  static String recipient(DepartmentTransfer transfer) {
    return transfer.getRecipientName() != null ? transfer.getRecipientName() : transfer.getDepartment().label();
  }

  static boolean notBlank(String text) {
    return text != null && !text.isBlank();
  }

  static boolean fits(String text, int max) {
    return text == null || text.trim().length() <= max;
  }

  private static String trim(String text) {
    return notBlank(text) ? text.trim() : null;
  }
}
