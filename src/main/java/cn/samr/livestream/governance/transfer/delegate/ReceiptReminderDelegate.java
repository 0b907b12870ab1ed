package cn.samr.livestream.governance.transfer.delegate;

import static cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var.TRANSFER_ID;

import cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Element;
import cn.samr.livestream.governance.transfer.DepartmentTransferService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 回执提醒: the receipt was not recorded by its target day; the receipt task moves up the list. */
@Component
public class ReceiptReminderDelegate implements JavaDelegate {

  private final DepartmentTransferService transfers;
  private final TaskService taskService;

  public ReceiptReminderDelegate(DepartmentTransferService transfers, TaskService taskService) {
    this.transfers = transfers;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transfers.remindReceipt(TRANSFER_ID.require(execution));
    OpenTransferTasks.raise(taskService, execution, Element.RECORD_RECEIPT, OpenTransferTasks.REMINDED_PRIORITY);
  }
}
