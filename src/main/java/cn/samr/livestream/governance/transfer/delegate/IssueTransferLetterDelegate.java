package cn.samr.livestream.governance.transfer.delegate;

import static cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var.TRANSFER_ID;

import cn.samr.livestream.governance.transfer.DepartmentTransferService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 制发移送函: the letter gets its 文号 and the receipt and feedback deadlines start. */
@Component
public class IssueTransferLetterDelegate implements JavaDelegate {

  private final DepartmentTransferService transfers;

  public IssueTransferLetterDelegate(DepartmentTransferService transfers) {
    this.transfers = transfers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transfers.issueLetter(TRANSFER_ID.require(execution));
  }
}
