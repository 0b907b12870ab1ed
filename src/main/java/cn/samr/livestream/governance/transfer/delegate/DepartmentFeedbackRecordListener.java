package cn.samr.livestream.governance.transfer.delegate;

import static cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var.FEEDBACK;
import static cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var.OUTCOME;
import static cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var.TRANSFER_ID;

import cn.samr.livestream.governance.transfer.DepartmentTransferService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 记录部门反馈: the outcome and the department's answer, stored with the transfer, not kept as variables. */
@Component
public class DepartmentFeedbackRecordListener implements TaskListener {

  private final DepartmentTransferService transfers;
  private final IdentityService identityService;

  public DepartmentFeedbackRecordListener(DepartmentTransferService transfers, IdentityService identityService) {
    this.transfers = transfers;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    transfers.recordFeedback(TRANSFER_ID.require(task), OUTCOME.take(task), FEEDBACK.take(task),
        Actors.of(task, identityService));
  }
}
