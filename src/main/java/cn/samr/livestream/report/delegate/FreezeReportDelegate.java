package cn.samr.livestream.report.delegate;

import cn.samr.livestream.report.MonthlyReportService;
import cn.samr.livestream.report.ReportProcess.Var;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 冻结月度统计表: after 广告处's review, in the same transaction. Districts still pending are closed as
 * 未报送; the terminate end that follows ends their open tasks.
 */
@Component
public class FreezeReportDelegate implements JavaDelegate {

  private final MonthlyReportService reports;
  private final IdentityService identityService;

  public FreezeReportDelegate(MonthlyReportService reports, IdentityService identityService) {
    this.reports = reports;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reviewer = Var.REVIEWED_BY.get(execution);
    reports.freeze(Var.REPORT_ID.require(execution), Var.REVIEW_REMARKS.take(execution),
        reviewer != null ? reviewer : Actors.current(identityService));
  }
}
