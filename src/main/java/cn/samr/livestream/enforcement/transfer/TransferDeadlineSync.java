package cn.samr.livestream.enforcement.transfer;

import cn.samr.livestream.calendar.DeadlineMoved;
import cn.samr.livestream.engine.MovedDeadlineScope;
import cn.samr.livestream.enforcement.transfer.TransferProcess.Element;
import cn.samr.livestream.enforcement.transfer.TransferProcess.Var;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The transfer keeps two deadlines the engine holds: the head's approval (criminal_transfer.approval_due, Art.5: 3
 * days) and the police's decision (police_decision_due, Art.8: 3 days). When the calendar changes and the engine's
 * are computed again, the transfer's follow in the same transaction. Calendar days move only once their last day is
 * moved to a working day; the listener goes by activity, whatever rule computed the date. The transfer's 24 hours
 * (transfer_due) are clock hours and never move.
 */
@Component
class TransferDeadlineSync {

  static final Set<String> APPROVAL_DEADLINE = Set.of(Element.APPROVE_TRANSFER, Element.APPROVAL_OVERDUE_TIMER);
  static final Set<String> POLICE_DECISION_DEADLINE = Set.of(Element.RECORD_POLICE_DECISION,
      Element.POLICE_DECISION_REMINDER_TIMER);

  private final TransferService transfers;
  private final MovedDeadlineScope scope;

  TransferDeadlineSync(TransferService transfers, MovedDeadlineScope scope) {
    this.transfers = transfers;
    this.scope = scope;
  }

  @EventListener
  public void onDeadlineMoved(DeadlineMoved moved) {
    boolean approval = APPROVAL_DEADLINE.contains(moved.activityId());
    if (!approval && !POLICE_DECISION_DEADLINE.contains(moved.activityId())) {
      return;
    }
    scope.run(moved, TransferProcess.PROCESS_KEY, execution -> {
      Long transferId = Var.TRANSFER_ID.get(execution);
      if (transferId == null) {
        return;
      }
      if (approval) {
        transfers.recordApprovalDue(transferId, moved.newDue());
      } else {
        transfers.recordPoliceDecisionDue(transferId, moved.newDue());
      }
    });
  }
}
