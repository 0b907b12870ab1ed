package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseInvestigationService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 督办超期案件: on create the case is flagged overdue; on complete the head gives instructions. */
@Component
public class CaseOverdueSupervisionListener implements TaskListener {

  private final CaseInvestigationService investigation;
  private final IdentityService identityService;

  public CaseOverdueSupervisionListener(CaseInvestigationService investigation, IdentityService identityService) {
    this.investigation = investigation;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      investigation.markOverdue(CASE_ID.require(task));
      return;
    }
    investigation.supervise(CASE_ID.require(task), SUPERVISION_NOTE.take(task), Actors.of(task, identityService));
  }
}
