package cn.samr.livestream.governance.transfer.delegate;

import static cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var.TRANSFER_ID;

import cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Element;
import cn.samr.livestream.governance.transfer.DepartmentTransferService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 反馈期限提醒: two working days before the deadline the feedback task moves up the list. */
@Component
public class TransferFeedbackReminderDelegate implements JavaDelegate {

  private final DepartmentTransferService transfers;
  private final TaskService taskService;

  public TransferFeedbackReminderDelegate(DepartmentTransferService transfers, TaskService taskService) {
    this.transfers = transfers;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transfers.remindFeedback(TRANSFER_ID.require(execution));
    OpenTransferTasks.raise(taskService, execution, Element.RECORD_FEEDBACK, OpenTransferTasks.REMINDED_PRIORITY);
  }
}
