package cn.samr.livestream.enforcement.transfer.delegate;

import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.TRANSFER_ID;

import cn.samr.livestream.enforcement.transfer.TransferProcess.Element;
import cn.samr.livestream.enforcement.transfer.TransferService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 标记移送超期: 24 hours after approval (Art.5) and not yet transferred; recorded, the task moves up. */
@Component
public class TransferOverdueDelegate implements JavaDelegate {

  static final int RAISED_PRIORITY = 80;

  private final TransferService transfers;
  private final TaskService taskService;

  public TransferOverdueDelegate(TransferService transfers, TaskService taskService) {
    this.transfers = transfers;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transfers.markTransferOverdue(TRANSFER_ID.require(execution));
    taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Element.TRANSFER_TO_POLICE).list()
        .forEach(task -> taskService.setPriority(task.getId(), RAISED_PRIORITY));
  }
}
