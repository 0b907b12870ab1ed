package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseFile;
import cn.samr.livestream.enforcement.casefile.CaseProcess;
import cn.samr.livestream.enforcement.casefile.CaseFilingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 建立案件: the case_file row awaiting filing, what every form of the case shows, and 立案审批's limit. */
@Component
public class OpenCaseFileDelegate implements JavaDelegate {

  private final CaseFilingService filing;

  public OpenCaseFileDelegate(CaseFilingService filing) {
    this.filing = filing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long clueId = CLUE_ID.require(execution);
    String clueNo = CLUE_NO.require(execution);
    CaseFile caseFile = filing.open(clueId, clueNo, SUBJECT_ID.get(execution), HANDLING_UNIT.require(execution),
        execution.getProcessInstanceId());
    if (COMPLAINT_NO.get(execution) == null) {
      COMPLAINT_NO.set(execution, clueNo);
    }
    CASE_ID.set(execution, caseFile.getId());
    CASE_NO.set(execution, caseFile.getCaseNo());
    CASE_SUMMARY.set(execution, filing.summary(clueId));
    DECISION_PERIOD_DAYS.set(execution, CaseProcess.DECISION_DAYS);
    CaseFilingService.FilingLimit filingLimit = filing.filingLimit(clueId, NEW_FINDING_AT.get(execution));
    FILING_LIMIT_FROM.set(execution, filingLimit.from());
    FILING_LIMIT_WORKING_DAYS.set(execution, filingLimit.workingDays());
    CASE_OUTCOME.set(execution, null);
    TRANSFER_OUTCOME.set(execution, null);
  }
}
