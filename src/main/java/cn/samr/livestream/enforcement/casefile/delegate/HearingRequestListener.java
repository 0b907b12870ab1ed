package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseDecisionService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 等待听证申请 completed: whether the party asked for a hearing, and when (举行听证 is due from then). */
@Component
public class HearingRequestListener implements TaskListener {

  private final CaseDecisionService decisions;

  public HearingRequestListener(CaseDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    Date requestedAt = decisions.recordHearingRequest(CASE_ID.require(task), HEARING_REQUESTED.take(task));
    HEARING_REQUESTED_AT.set(task.getExecution(), requestedAt);
  }
}
