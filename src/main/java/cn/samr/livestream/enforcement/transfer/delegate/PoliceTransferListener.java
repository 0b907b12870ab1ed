package cn.samr.livestream.enforcement.transfer.delegate;

import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.POLICE_UNIT;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.TRANSFERRED_AT;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.TRANSFER_ID;

import cn.samr.livestream.enforcement.transfer.CriminalTransfer;
import cn.samr.livestream.enforcement.transfer.TransferService;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.Times;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 移送公安机关 completed: the police unit and the time of the transfer are recorded. The unit stays a variable: the
 * police decision and reconsideration forms show it.
 */
@Component
public class PoliceTransferListener implements TaskListener {

  private final TransferService transfers;
  private final IdentityService identityService;

  public PoliceTransferListener(TransferService transfers, IdentityService identityService) {
    this.transfers = transfers;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    CriminalTransfer transfer = transfers.transferToPolice(TRANSFER_ID.require(task), POLICE_UNIT.get(task),
        Actors.of(task, identityService));
    TRANSFERRED_AT.set(task.getExecution(), Times.toDate(transfer.getTransferredAt()));
  }
}
