package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 公示处罚信息: on create the 20-working-day deadline; on complete the publication closes the case. */
@Component
public class PublicationListener implements TaskListener {

  private final CaseService cases;
  private final IdentityService identityService;

  public PublicationListener(CaseService cases, IdentityService identityService) {
    this.cases = cases;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      cases.recordPublicationDue(CASE_ID.require(task), task.getDueDate());
      return;
    }
    cases.publish(CASE_ID.require(task), PUBLISHED_ON.get(task), Actors.of(task, identityService));
    CASE_OUTCOME.set(task.getExecution(), "DECIDED");
  }
}
