package cn.samr.livestream.report.delegate;

import cn.samr.livestream.report.MonthlyReportService;
import cn.samr.livestream.report.ReportProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 开启全市汇总审核: every district has reported, or the deadline has come; once a month. */
@Component
public class OpenReviewDelegate implements JavaDelegate {

  private final MonthlyReportService reports;

  public OpenReviewDelegate(MonthlyReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.startReview(Var.REPORT_ID.require(execution));
  }
}
