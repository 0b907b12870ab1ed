package cn.samr.livestream.report.delegate;

import cn.samr.livestream.report.MonthlyReportService;
import cn.samr.livestream.report.ReportProcess.Element;
import cn.samr.livestream.report.ReportProcess.Var;
import cn.samr.livestream.engine.DistrictMonth;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 报送提醒 on the 3rd: the district has not reported (its task is still open, or this timer would be
 * gone); reminded_at is recorded and the task moves to the top of the district's list.
 */
@Component
public class SendReminderDelegate implements JavaDelegate {

  private final MonthlyReportService reports;
  private final TaskService taskService;

  public SendReminderDelegate(MonthlyReportService reports, TaskService taskService) {
    this.reports = reports;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = Var.DISTRICT_REPORT_ID.require(execution);
    reports.markReminded(id);
    DistrictMonth.remind(taskService, execution, Element.SUBMIT_DISTRICT_REPORT, Var.DISTRICT_REPORT_ID, id);
  }
}
