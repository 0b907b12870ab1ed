package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 督办超期案件: on create the case is flagged overdue; on complete the head gives instructions. */
@Component
public class CaseOverdueSupervisionListener implements TaskListener {

  private final CaseService cases;
  private final IdentityService identityService;

  public CaseOverdueSupervisionListener(CaseService cases, IdentityService identityService) {
    this.cases = cases;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      cases.markOverdue(CASE_ID.require(task));
      return;
    }
    cases.supervise(CASE_ID.require(task), SUPERVISION_NOTE.get(task), Actors.of(task, identityService));
  }
}
