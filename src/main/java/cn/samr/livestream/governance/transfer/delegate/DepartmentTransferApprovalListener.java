package cn.samr.livestream.governance.transfer.delegate;

import static cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var.APPROVAL_NOTE;
import static cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var.TRANSFER_APPROVED;
import static cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var.TRANSFER_ID;

import cn.samr.livestream.governance.transfer.DepartmentTransferService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 审批移送: the head's decision is stored with the transfer; transferApproved is taken: it lives for this command
 * only, long enough for Gateway_TransferApproved.
 */
@Component
public class DepartmentTransferApprovalListener implements TaskListener {

  private final DepartmentTransferService transfers;
  private final IdentityService identityService;

  public DepartmentTransferApprovalListener(DepartmentTransferService transfers, IdentityService identityService) {
    this.transfers = transfers;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    Boolean approved = TRANSFER_APPROVED.take(task);
    transfers.decideApproval(TRANSFER_ID.require(task), approved, APPROVAL_NOTE.take(task),
        Actors.of(task, identityService));
  }
}
