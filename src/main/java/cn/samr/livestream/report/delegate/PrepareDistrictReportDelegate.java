package cn.samr.livestream.report.delegate;

import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.report.DistrictReport;
import cn.samr.livestream.report.MonthlyReportService;
import cn.samr.livestream.report.ReportProcess.Var;
import cn.samr.livestream.report.ReportTexts;
import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.engine.DistrictMonth;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 准备区局报送: what the district's tasks show and who works them, as variables of its own subprocess
 * instance. Every field its forms submit is declared here too, so that a completed form writes into the
 * district's scope and never into the process instance every district shares.
 */
@Component
public class PrepareDistrictReportDelegate implements JavaDelegate {

  private final MonthlyReportService reports;
  private final OrganizationService organization;

  public PrepareDistrictReportDelegate(MonthlyReportService reports, OrganizationService organization) {
    this.reports = reports;
    this.organization = organization;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DistrictReport report = reports.districtReport(Var.DISTRICT_REPORT_ID.require(execution));
    OrgUnit unit = organization.unit(report.getUnitCode()).orElseThrow();
    new DistrictMonth(unit.getCode(), unit.getName(), unit.getDistrictCode(), report.getMonthCode())
        .prepareTask(execution, DistrictReport.NUMBER_PREFIX);
    Var.HANDLING_UNIT_HEAD.setLocal(execution, organization.headGroupOf(unit.getCode()));
    Var.MONTH_TEXT.setLocal(execution, ReportTexts.month(YearMonth.parse(report.getMonthCode())));
    Var.SUBMISSION_DUE_TEXT.setLocal(execution, reports.dateText(report.getDueAt()));
    execution.setVariableLocal(TaskListColumns.DEADLINE, null);
    Var.FIGURES_TEXT.setLocal(execution, null);
    Var.REMARKS.setLocal(execution, null);
    Var.SUGGESTIONS.setLocal(execution, null);
    Var.SUPERVISION_NOTE.setLocal(execution, null);
  }
}
