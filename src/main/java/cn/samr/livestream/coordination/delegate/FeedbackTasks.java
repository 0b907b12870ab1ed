package cn.samr.livestream.coordination.delegate;

import static cn.samr.livestream.coordination.CoordinationProcess.Var.NOTICE_ID;

import cn.samr.livestream.coordination.CoordinationProcess.Element;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The open feedback task of one department notice (it carries its noticeId task-locally). */
final class FeedbackTasks {

  private FeedbackTasks() {
  }

  static void raise(TaskService taskService, DelegateExecution execution, long noticeId, int priority) {
    taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Element.RECORD_FEEDBACK).taskVariableValueEquals(NOTICE_ID.name(), noticeId).list()
        .stream().filter(task -> task.getPriority() < priority)
        .forEach(task -> taskService.setPriority(task.getId(), priority));
  }
}
