package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.ComplaintProcess.Var.COMPLAINT_ID;

import cn.samr.livestream.complaint.ComplaintProcess.Element;
import cn.samr.livestream.complaint.ComplaintWorkflowService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 受理期限提醒: two working days before the deadline the task moves to the top of the unit's list. */
@Component
public class AcceptanceReminderDelegate implements JavaDelegate {

  static final int REMINDED_PRIORITY = 80;

  private final ComplaintWorkflowService workflow;
  private final TaskService taskService;

  public AcceptanceReminderDelegate(ComplaintWorkflowService workflow, TaskService taskService) {
    this.workflow = workflow;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.remindAcceptance(COMPLAINT_ID.require(execution));
    taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Element.ACCEPT_COMPLAINT).list()
        .forEach(task -> taskService.setPriority(task.getId(), REMINDED_PRIORITY));
  }
}
