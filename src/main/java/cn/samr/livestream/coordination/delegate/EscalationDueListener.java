package cn.samr.livestream.coordination.delegate;

import static cn.samr.livestream.coordination.CoordinationProcess.Var.ESCALATION_ID;

import cn.samr.livestream.coordination.EscalationDeadlineService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On create of 研判, 专题讨论会, 汇总指导意见 and 确认收悉: the task's due date (camunda:dueDate, computed by
 * EscalationDeadlineService) is kept on the escalation, next to the time the step is done.
 */
@Component
public class EscalationDueListener implements TaskListener {

  private final EscalationDeadlineService deadlines;

  public EscalationDueListener(EscalationDeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    deadlines.recordDue(ESCALATION_ID.require(task), task.getTaskDefinitionKey(), task.getDueDate());
  }
}
