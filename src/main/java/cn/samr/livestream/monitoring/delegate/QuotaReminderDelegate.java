package cn.samr.livestream.monitoring.delegate;

import cn.samr.livestream.monitoring.MonitoringProcess.Element;
import cn.samr.livestream.monitoring.MonitoringProcess.Var;
import cn.samr.livestream.monitoring.MonitoringService;
import cn.samr.livestream.engine.DistrictMonth;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 抽查进度提醒: on the 20th, below the quota, the task moves to the top of the district's list. */
@Component
public class QuotaReminderDelegate implements JavaDelegate {

  private final MonitoringService monitoring;
  private final TaskService taskService;

  public QuotaReminderDelegate(MonitoringService monitoring, TaskService taskService) {
    this.monitoring = monitoring;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long assignmentId = Var.ASSIGNMENT_ID.require(execution);
    monitoring.markReminded(assignmentId);
    DistrictMonth.remind(taskService, execution, Element.RECORD_SPOT_CHECKS, Var.ASSIGNMENT_ID, assignmentId);
  }
}
