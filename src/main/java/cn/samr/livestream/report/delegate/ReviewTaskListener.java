package cn.samr.livestream.report.delegate;

import cn.samr.livestream.report.MonthlyReportService;
import cn.samr.livestream.report.MonthlyReportService.ReviewTexts;
import cn.samr.livestream.report.ReportProcess.Element;
import cn.samr.livestream.report.ReportProcess.Var;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.EngineCalls;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 审核全市汇总: on create the task shows how many districts reported, on time and overdue (and which),
 * the city totals and the districts' remarks; completing it checks the review remarks and names the
 * reviewer for the freeze that follows.
 */
@Component
public class ReviewTaskListener implements TaskListener {

  private final MonthlyReportService reports;
  private final IdentityService identityService;
  private final TaskService taskService;

  public ReviewTaskListener(MonthlyReportService reports, IdentityService identityService, TaskService taskService) {
    this.reports = reports;
    this.identityService = identityService;
    this.taskService = taskService;
  }

  @Override
  public void notify(DelegateTask task) {
    long reportId = Var.REPORT_ID.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariablesLocal(variables(reports.reviewTexts(reportId)));
      return;
    }
    // both are read by the freezing right after this task, in this command, and kept by the report row
    reports.reviewRemarks(Var.REVIEW_REMARKS.take(task));
    Var.REVIEWED_BY.setForThisCommand(task.getExecution(), Actors.of(task, identityService));
  }

  /**
   * A district reported late while the review is open: the review shows it. Done by the system, the
   * district's officer cannot see 广告处's task.
   */
  void refresh(String processInstanceId, long reportId) {
    Map<String, Object> variables = variables(reports.reviewTexts(reportId));
    EngineCalls.asSystem(() -> {
      taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(Element.REVIEW).list()
          .forEach(task -> taskService.setVariablesLocal(task.getId(), variables));
      return null;
    });
  }

  private static Map<String, Object> variables(ReviewTexts texts) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.DISTRICTS_DUE.name(), texts.due());
    variables.put(Var.DISTRICTS_SUBMITTED.name(), texts.submitted());
    variables.put(Var.DISTRICTS_ON_TIME.name(), texts.onTime());
    variables.put(Var.DISTRICTS_OVERDUE.name(), texts.overdue());
    variables.put(Var.SUBMISSION_SUMMARY.name(), texts.submissionSummary());
    variables.put(Var.CITY_TOTALS_TEXT.name(), texts.cityTotals());
    variables.put(Var.DISTRICT_REMARKS_TEXT.name(), texts.districtRemarks());
    return variables;
  }
}
