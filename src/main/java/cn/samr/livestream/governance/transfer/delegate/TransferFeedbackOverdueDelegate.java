package cn.samr.livestream.governance.transfer.delegate;

import static cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var.TRANSFER_ID;

import cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Element;
import cn.samr.livestream.governance.transfer.DepartmentTransferService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 标记反馈逾期: the deadline passed without feedback; the transfer is marked overdue and the task goes to the top. */
@Component
public class TransferFeedbackOverdueDelegate implements JavaDelegate {

  private final DepartmentTransferService transfers;
  private final TaskService taskService;

  public TransferFeedbackOverdueDelegate(DepartmentTransferService transfers, TaskService taskService) {
    this.transfers = transfers;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transfers.markFeedbackOverdue(TRANSFER_ID.require(execution));
    OpenTransferTasks.raise(taskService, execution, Element.RECORD_FEEDBACK, OpenTransferTasks.OVERDUE_PRIORITY);
  }
}
