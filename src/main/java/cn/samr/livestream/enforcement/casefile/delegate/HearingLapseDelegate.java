package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseDecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录未申请听证: five days passed without a request. */
@Component
public class HearingLapseDelegate implements JavaDelegate {

  private final CaseDecisionService decisions;

  public HearingLapseDelegate(CaseDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    decisions.hearingRequestLapsed(CASE_ID.require(execution));
    HEARING_REQUESTED.set(execution, false);
  }
}
