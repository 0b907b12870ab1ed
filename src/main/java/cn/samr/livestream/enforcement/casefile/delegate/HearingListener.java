package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseDecisionService;
import cn.samr.livestream.enforcement.casefile.DecisionDeadline;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 举行听证 completed: the hearing days are excluded from the decision deadline. */
@Component
public class HearingListener implements TaskListener {

  private final CaseDecisionService decisions;
  private final IdentityService identityService;

  public HearingListener(CaseDecisionService decisions, IdentityService identityService) {
    this.decisions = decisions;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    DecisionDeadline deadline = decisions.recordHearing(CASE_ID.require(task),
        HEARING_START.take(task), HEARING_END.take(task), HEARING_NOTE.take(task), Actors.of(task, identityService));
    DECISION_PERIOD_DAYS.set(task.getExecution(), deadline.periodDays());
    DECISION_DEADLINE_TEXT.set(task.getExecution(), deadline.text());
  }
}
