package cn.samr.livestream.monitoring.delegate;

import cn.samr.livestream.monitoring.MonitoringProcess.Var;
import cn.samr.livestream.monitoring.MonitoringService;
import cn.samr.livestream.shared.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 抽查监测: on create the task carries its assignment and the progress against the quota (kept current
 * by every recorded check); completing it declares the month's checks done.
 */
@Component
public class SpotCheckTaskListener implements TaskListener {

  private final MonitoringService monitoring;

  public SpotCheckTaskListener(MonitoringService monitoring) {
    this.monitoring = monitoring;
  }

  @Override
  public void notify(DelegateTask task) {
    long assignmentId = Var.ASSIGNMENT_ID.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      Var.ASSIGNMENT_ID.setLocal(task, assignmentId);
      Var.PROGRESS_TEXT.setLocal(task, monitoring.progressText(assignmentId));
      return;
    }
    if (!Boolean.TRUE.equals(Var.MONTH_DONE.take(task))) {
      throw InvalidInputException.of(Var.MONTH_DONE.name(), "请确认本月抽查已完成", "confirm the month's checks are done");
    }
  }
}
