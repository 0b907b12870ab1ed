package cn.samr.livestream.governance.transfer.delegate;

import static cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var.FORWARDED;
import static cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var.FORWARD_NOTE;
import static cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var.TRANSFER_ID;

import cn.samr.livestream.governance.transfer.DepartmentTransferService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 核对发出: the coordination group sends the transfer out under its own name or returns it; forwarded is taken: it lives for
 * this command only, long enough for Gateway_Forwarded.
 */
@Component
public class ForwardTransferListener implements TaskListener {

  private final DepartmentTransferService transfers;
  private final IdentityService identityService;

  public ForwardTransferListener(DepartmentTransferService transfers, IdentityService identityService) {
    this.transfers = transfers;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    Boolean forwarded = FORWARDED.take(task);
    transfers.decideForward(TRANSFER_ID.require(task), forwarded, FORWARD_NOTE.take(task),
        Actors.of(task, identityService));
  }
}
