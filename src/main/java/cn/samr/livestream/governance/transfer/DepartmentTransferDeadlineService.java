package cn.samr.livestream.governance.transfer;

import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.shared.Times;
import java.util.Date;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the model's expressions ask for (processes/department-transfer.bpmn): the receipt's and the feedback's due
 * dates and the reminder before the feedback deadline, each computed from its basis (the letter's time and the
 * working days) so that the deadline ledger keeps what it counts from. All three are internal targets (内部).
 */
@Service("departmentTransferService")
@Transactional(readOnly = true)
public class DepartmentTransferDeadlineService {

  private final DepartmentTransferService transfers;
  private final WorkCalendar calendar;
  private final DepartmentTransferSettings settings;

  public DepartmentTransferDeadlineService(DepartmentTransferService transfers, WorkCalendar calendar,
      DepartmentTransferSettings settings) {
    this.transfers = transfers;
    this.calendar = calendar;
    this.settings = settings;
  }

  /** 回执: livestream.transfer.receipt-working-days working days after the letter. */
  public Date receiptDue(long transferId) {
    return calendar.addWorkingDays(sentAt(transferId), settings.receiptWorkingDays());
  }

  /** 反馈: the transfer's feedback working days (default livestream.transfer.feedback-working-days) after the letter. */
  public Date feedbackDue(long transferId) {
    DepartmentTransfer transfer = transfers.transfer(transferId);
    return calendar.addWorkingDays(Times.toDate(transfer.getSentAt()), transfer.getFeedbackWorkingDays());
  }

  /** Two working days before the feedback deadline. */
  public Date feedbackReminderAt(long transferId) {
    DepartmentTransfer transfer = transfers.transfer(transferId);
    return calendar.addWorkingDays(Times.toDate(transfer.getSentAt()),
        transfer.getFeedbackWorkingDays() - DepartmentTransferSettings.REMINDER_WORKING_DAYS_BEFORE);
  }

  private Date sentAt(long transferId) {
    return Times.toDate(transfers.transfer(transferId).getSentAt());
  }
}
