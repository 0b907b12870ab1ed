package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseInvestigationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 移送结案: the police accepted the transfer. */
@Component
public class CloseTransferredDelegate implements JavaDelegate {

  private final CaseInvestigationService investigation;

  public CloseTransferredDelegate(CaseInvestigationService investigation) {
    this.investigation = investigation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    investigation.closeTransferred(CASE_ID.require(execution));
    CASE_OUTCOME.set(execution, "TRANSFERRED");
  }
}
