package cn.samr.livestream.report.delegate;

import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.report.MonthlyReport;
import cn.samr.livestream.report.MonthlyReportService;
import cn.samr.livestream.report.ReportProcess;
import cn.samr.livestream.report.ReportProcess.Var;
import cn.samr.livestream.report.ReportTexts;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 开启上月数据报送: the month just ended, once (a month opened before ends this instance at once); one
 * district report per active district. Business key YB-yyyy-MM.
 */
@Component
public class OpenReportDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(OpenReportDelegate.class);

  private final MonthlyReportService reports;
  private final OrganizationService organization;

  public OpenReportDelegate(MonthlyReportService reports, OrganizationService organization) {
    this.reports = reports;
    this.organization = organization;
  }

  @Override
  public void execute(DelegateExecution execution) {
    YearMonth month = reports.monthJustEnded();
    MonthlyReportService.Opened opened = reports.open(month, execution.getProcessInstanceId());
    MonthlyReport report = opened.report();
    String number = MonthlyReport.number(report.getMonthCode());
    execution.setProcessBusinessKey(number);
    Var.MONTH.set(execution, report.getMonthCode());
    Var.REPORT_ID.set(execution, report.getId());
    Var.NEWLY_OPENED.set(execution, opened.newlyOpened());
    Var.MONTH_TEXT.set(execution, ReportTexts.month(month));
    // what the city review's task list shows
    Var.LIST_NUMBER.set(execution, number);
    Var.HANDLING_UNIT_NAME.set(execution, organization.unit(ReportProcess.REVIEW_GROUP).map(OrgUnit::getName)
        .orElse("综合协调工作组"));
    if (opened.newlyOpened()) {
      log.info("Monthly report {} opened: {} districts report before {}", number,
          reports.districtReportIds(report.getId()).size(), report.getSubmissionDue());
    } else {
      log.warn("Monthly report {} was opened before by instance {}; nothing opened again", number,
          report.getProcessInstanceId());
    }
  }
}
