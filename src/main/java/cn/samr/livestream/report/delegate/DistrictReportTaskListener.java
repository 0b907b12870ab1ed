package cn.samr.livestream.report.delegate;

import cn.samr.livestream.report.DistrictReport;
import cn.samr.livestream.report.MonthlyReportService;
import cn.samr.livestream.report.ReportProcess.Var;
import cn.samr.livestream.shared.Actors;
import java.time.YearMonth;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 填报月度数据: on create the task carries its district report and the district's figures computed now
 * (read-only in the form); completing it submits remarks and suggestions (on time or late). A late
 * submission while 广告处 already reviews updates what the review shows.
 */
@Component
public class DistrictReportTaskListener implements TaskListener {

  private final MonthlyReportService reports;
  private final IdentityService identityService;
  private final ReviewTaskListener review;

  public DistrictReportTaskListener(MonthlyReportService reports, IdentityService identityService,
      ReviewTaskListener review) {
    this.reports = reports;
    this.identityService = identityService;
    this.review = review;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = Var.DISTRICT_REPORT_ID.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      DistrictReport report = reports.districtReport(id);
      Var.DISTRICT_REPORT_ID.setLocal(task, id);
      Var.FIGURES_TEXT.setLocal(task, reports.figuresText(report.getUnitCode(), YearMonth.parse(report.getMonthCode())));
      return;
    }
    DistrictReport submitted = reports.submit(id, Var.REMARKS.take(task), Var.SUGGESTIONS.take(task),
        Actors.of(task, identityService));
    if (reports.reviewStarted(submitted.getReportId())) {
      review.refresh(task.getProcessInstanceId(), submitted.getReportId());
    }
  }
}
