package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseFile;
import cn.samr.livestream.enforcement.casefile.CaseFilingService;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.Times;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 立案审批 completed: filed with its 文号 and the 90 days started, or not filed with the reason. */
@Component
public class FilingApprovalListener implements TaskListener {

  private final CaseFilingService filing;
  private final IdentityService identityService;

  public FilingApprovalListener(CaseFilingService filing, IdentityService identityService) {
    this.filing = filing;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    CaseFile caseFile = filing.decideFiling(CASE_ID.require(task), FILING_APPROVED.take(task), FILING_NOTE.take(task),
        Actors.of(task, identityService));
    CASE_NO.set(task.getExecution(), caseFile.getCaseNo());
    if (caseFile.getFiledAt() != null) {
      FILED_AT.set(task.getExecution(), Times.toDate(caseFile.getFiledAt()));
    } else {
      CASE_OUTCOME.set(task.getExecution(), caseFile.getOutcome());
    }
  }
}
