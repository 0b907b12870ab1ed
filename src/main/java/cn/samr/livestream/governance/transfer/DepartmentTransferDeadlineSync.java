package cn.samr.livestream.governance.transfer;

import cn.samr.livestream.calendar.DeadlineMoved;
import cn.samr.livestream.engine.MovedDeadlineScope;
import cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Element;
import cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The transfer keeps two deadlines the engine holds: the receipt (department_transfer.receipt_due: the receipt
 * task and its reminder timer) and the feedback (feedback_due: the feedback task and its overdue timer; the letter's
 * enforcement_action.deadline too). When the calendar changes and the engine's are computed again, these follow in
 * the same transaction.
 */
@Component
class DepartmentTransferDeadlineSync {

  static final Set<String> RECEIPT_DUE = Set.of(Element.RECORD_RECEIPT, Element.RECEIPT_REMINDER_TIMER);
  static final Set<String> FEEDBACK_DUE = Set.of(Element.RECORD_FEEDBACK, Element.FEEDBACK_OVERDUE_TIMER);

  private final DepartmentTransferService transfers;
  private final MovedDeadlineScope scope;

  DepartmentTransferDeadlineSync(DepartmentTransferService transfers, MovedDeadlineScope scope) {
    this.transfers = transfers;
    this.scope = scope;
  }

  @EventListener
  public void onDeadlineMoved(DeadlineMoved moved) {
    boolean receipt = RECEIPT_DUE.contains(moved.activityId());
    if (!receipt && !FEEDBACK_DUE.contains(moved.activityId())) {
      return;
    }
    scope.run(moved, DepartmentTransferProcess.PROCESS_KEY, execution -> {
      Long transferId = Var.TRANSFER_ID.get(execution);
      if (transferId == null) {
        return;
      }
      if (receipt) {
        transfers.moveReceiptDue(transferId, moved.newDue());
      } else {
        transfers.moveFeedbackDue(transferId, moved.newDue());
      }
    });
  }
}
