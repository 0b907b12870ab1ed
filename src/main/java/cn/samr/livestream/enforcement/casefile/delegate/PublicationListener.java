package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseDecisionService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 公示处罚信息: on create the 20-working-day deadline; on complete the publication closes the case. */
@Component
public class PublicationListener implements TaskListener {

  private final CaseDecisionService decisions;
  private final IdentityService identityService;

  public PublicationListener(CaseDecisionService decisions, IdentityService identityService) {
    this.decisions = decisions;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      decisions.recordPublicationDue(CASE_ID.require(task), task.getDueDate());
      return;
    }
    decisions.publish(CASE_ID.require(task), PUBLISHED_ON.take(task), Actors.of(task, identityService));
    CASE_OUTCOME.set(task.getExecution(), "DECIDED");
  }
}
