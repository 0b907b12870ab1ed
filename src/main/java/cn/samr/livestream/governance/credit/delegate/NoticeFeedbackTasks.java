package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.CREDIT_NOTICE_ID;

import cn.samr.livestream.governance.credit.CreditListingProcess.Element;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The open feedback task of one joint-punishment notice (it carries its creditNoticeId task-locally). */
final class NoticeFeedbackTasks {

  static final int REMINDED_PRIORITY = 80;
  static final int OVERDUE_PRIORITY = 100;

  private NoticeFeedbackTasks() {
  }

  static void raise(TaskService taskService, DelegateExecution execution, long noticeId, int priority) {
    taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Element.RECORD_NOTICE_FEEDBACK).taskVariableValueEquals(CREDIT_NOTICE_ID.name(), noticeId)
        .list().stream().filter(task -> task.getPriority() < priority)
        .forEach(task -> taskService.setPriority(task.getId(), priority));
  }
}
