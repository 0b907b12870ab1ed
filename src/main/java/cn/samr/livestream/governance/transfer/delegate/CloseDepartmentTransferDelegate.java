package cn.samr.livestream.governance.transfer.delegate;

import static cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var.TRANSFER_ID;

import cn.samr.livestream.governance.transfer.DepartmentTransferService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 办结: the transfer is closed and its letter settled with the department's outcome. */
@Component
public class CloseDepartmentTransferDelegate implements JavaDelegate {

  private final DepartmentTransferService transfers;

  public CloseDepartmentTransferDelegate(DepartmentTransferService transfers) {
    this.transfers = transfers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transfers.close(TRANSFER_ID.require(execution));
  }
}
