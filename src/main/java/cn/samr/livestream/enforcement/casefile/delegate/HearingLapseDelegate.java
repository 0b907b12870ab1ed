package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录未申请听证: five days passed without a request. */
@Component
public class HearingLapseDelegate implements JavaDelegate {

  private final CaseService cases;

  public HearingLapseDelegate(CaseService cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.hearingRequestLapsed(CASE_ID.require(execution));
    HEARING_REQUESTED.set(execution, false);
  }
}
