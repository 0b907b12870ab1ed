package cn.samr.livestream.enforcement.transfer.delegate;

import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.TRANSFER_ID;

import cn.samr.livestream.enforcement.transfer.TransferProcess.Element;
import cn.samr.livestream.enforcement.transfer.TransferService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 催告公安机关: the police's 3 days (Art.8) are over; the officers are prompted to chase the decision. */
@Component
public class PoliceDecisionReminderDelegate implements JavaDelegate {

  static final int RAISED_PRIORITY = 80;

  private final TransferService transfers;
  private final TaskService taskService;

  public PoliceDecisionReminderDelegate(TransferService transfers, TaskService taskService) {
    this.transfers = transfers;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transfers.remindPoliceDecision(TRANSFER_ID.require(execution));
    taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Element.RECORD_POLICE_DECISION).list()
        .forEach(task -> taskService.setPriority(task.getId(), RAISED_PRIORITY));
  }
}
