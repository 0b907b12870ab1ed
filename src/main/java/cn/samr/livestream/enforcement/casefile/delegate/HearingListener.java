package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseService;
import cn.samr.livestream.shared.Actors;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 举行听证 completed: the hearing days are excluded from the decision deadline. */
@Component
public class HearingListener implements TaskListener {

  private final CaseService cases;
  private final IdentityService identityService;

  public HearingListener(CaseService cases, IdentityService identityService) {
    this.cases = cases;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = CASE_ID.require(task);
    Date due = cases.recordHearing(caseId, HEARING_START.get(task), HEARING_END.get(task), HEARING_NOTE.get(task),
        Actors.of(task, identityService));
    DECISION_PERIOD_DAYS.set(task.getExecution(), cases.decisionPeriodDays(caseId));
    DECISION_DEADLINE_TEXT.set(task.getExecution(), cases.formatDeadline(due));
  }
}
