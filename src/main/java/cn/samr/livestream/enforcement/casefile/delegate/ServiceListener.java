package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseDecisionService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 送达处罚决定书: on create the 7-day deadline is recorded; on complete the service. */
@Component
public class ServiceListener implements TaskListener {

  private final CaseDecisionService decisions;
  private final IdentityService identityService;

  public ServiceListener(CaseDecisionService decisions, IdentityService identityService) {
    this.decisions = decisions;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      decisions.recordServiceDue(CASE_ID.require(task), task.getDueDate());
      return;
    }
    decisions.serve(CASE_ID.require(task), SERVED_ON.take(task), SERVICE_METHOD.take(task),
        Actors.of(task, identityService));
  }
}
