package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseDecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 等待听证申请 completed: whether the party asked for a hearing. */
@Component
public class HearingRequestListener implements TaskListener {

  private final CaseDecisionService decisions;

  public HearingRequestListener(CaseDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    decisions.recordHearingRequest(CASE_ID.require(task), HEARING_REQUESTED.get(task));
  }
}
