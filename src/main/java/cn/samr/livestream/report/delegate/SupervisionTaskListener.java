package cn.samr.livestream.report.delegate;

import cn.samr.livestream.report.MonthlyReportService;
import cn.samr.livestream.report.ReportProcess.Var;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 逾期未报送督办 completed by the district's head: who, when and the note, on the district's report. */
@Component
public class SupervisionTaskListener implements TaskListener {

  private final MonthlyReportService reports;
  private final IdentityService identityService;

  public SupervisionTaskListener(MonthlyReportService reports, IdentityService identityService) {
    this.reports = reports;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    reports.recordSupervision(Var.DISTRICT_REPORT_ID.require(task), Var.SUPERVISION_NOTE.take(task),
        Actors.of(task, identityService));
  }
}
