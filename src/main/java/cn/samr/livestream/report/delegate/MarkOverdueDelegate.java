package cn.samr.livestream.report.delegate;

import cn.samr.livestream.report.MonthlyReportService;
import cn.samr.livestream.report.ReportProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 标记逾期未报送 when the 5th begins; the district's task stays open for a late submission. */
@Component
public class MarkOverdueDelegate implements JavaDelegate {

  private final MonthlyReportService reports;

  public MarkOverdueDelegate(MonthlyReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.markOverdue(Var.DISTRICT_REPORT_ID.require(execution));
  }
}
