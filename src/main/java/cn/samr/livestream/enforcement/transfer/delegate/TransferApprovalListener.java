package cn.samr.livestream.enforcement.transfer.delegate;

import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.APPROVAL_DECISION;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.APPROVAL_NOTE;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.APPROVED_AT;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.TRANSFER_DUE_TEXT;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.TRANSFER_ID;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.TRANSFER_NO;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.TRANSFER_OUTCOME;

import cn.samr.livestream.enforcement.transfer.CriminalTransfer;
import cn.samr.livestream.enforcement.transfer.TransferOutcome;
import cn.samr.livestream.enforcement.transfer.TransferService;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.Times;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 审批移送: on create the 3-day deadline is recorded; on complete the head's approval or rejection. */
@Component
public class TransferApprovalListener implements TaskListener {

  private final TransferService transfers;
  private final IdentityService identityService;

  public TransferApprovalListener(TransferService transfers, IdentityService identityService) {
    this.transfers = transfers;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long transferId = TRANSFER_ID.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      transfers.recordApprovalDue(transferId, task.getDueDate());
      return;
    }
    CriminalTransfer transfer = transfers.decideApproval(transferId, APPROVAL_DECISION.take(task),
        APPROVAL_NOTE.take(task), Actors.of(task, identityService));
    if (Boolean.TRUE.equals(transfer.getApproved())) {
      Date approvedAt = Times.toDate(transfer.getApprovedAt());
      APPROVED_AT.set(task.getExecution(), approvedAt);
      TRANSFER_NO.set(task.getExecution(), transfer.getTransferNo());
      TRANSFER_DUE_TEXT.set(task.getExecution(), transfers.formatWithTime(transfers.transferDue(approvedAt)));
    } else {
      TRANSFER_OUTCOME.set(task.getExecution(), TransferOutcome.RETURNED.name());
    }
  }
}
