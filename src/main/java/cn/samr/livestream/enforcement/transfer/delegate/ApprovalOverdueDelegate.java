package cn.samr.livestream.enforcement.transfer.delegate;

import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.TRANSFER_ID;

import cn.samr.livestream.enforcement.transfer.TransferProcess.Element;
import cn.samr.livestream.enforcement.transfer.TransferService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 标记审批超期: the head's 3 days (Art.5) passed; the breach is recorded and the task moves to the top of the head's list. */
@Component
public class ApprovalOverdueDelegate implements JavaDelegate {

  static final int RAISED_PRIORITY = 80;

  private final TransferService transfers;
  private final TaskService taskService;

  public ApprovalOverdueDelegate(TransferService transfers, TaskService taskService) {
    this.transfers = transfers;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transfers.markApprovalOverdue(TRANSFER_ID.require(execution));
    taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Element.APPROVE_TRANSFER).list()
        .forEach(task -> taskService.setPriority(task.getId(), RAISED_PRIORITY));
  }
}
