package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 等待听证申请 completed: whether the party asked for a hearing. */
@Component
public class HearingRequestListener implements TaskListener {

  private final CaseService cases;

  public HearingRequestListener(CaseService cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    cases.recordHearingRequest(CASE_ID.require(task), HEARING_REQUESTED.get(task));
  }
}
