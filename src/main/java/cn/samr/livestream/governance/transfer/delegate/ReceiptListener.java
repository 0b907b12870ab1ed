package cn.samr.livestream.governance.transfer.delegate;

import static cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var.RECEIVED_ON;
import static cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var.RECEIVER;
import static cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var.TRANSFER_ID;

import cn.samr.livestream.governance.transfer.DepartmentTransferService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 记录回执: the day the department signed for the letter and who, stored with the transfer, not kept as variables. */
@Component
public class ReceiptListener implements TaskListener {

  private final DepartmentTransferService transfers;
  private final IdentityService identityService;

  public ReceiptListener(DepartmentTransferService transfers, IdentityService identityService) {
    this.transfers = transfers;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    transfers.recordReceipt(TRANSFER_ID.require(task), RECEIVED_ON.take(task), RECEIVER.take(task),
        Actors.of(task, identityService));
  }
}
