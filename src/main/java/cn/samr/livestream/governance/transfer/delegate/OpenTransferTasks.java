package cn.samr.livestream.governance.transfer.delegate;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The open task a reminder or the overdue mark moves up the task list. */
final class OpenTransferTasks {

  static final int REMINDED_PRIORITY = 80;
  static final int OVERDUE_PRIORITY = 100;

  private OpenTransferTasks() {
  }

  static void raise(TaskService taskService, DelegateExecution execution, String taskKey, int priority) {
    taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey)
        .list().stream().filter(task -> task.getPriority() < priority)
        .forEach(task -> taskService.setPriority(task.getId(), priority));
  }
}
