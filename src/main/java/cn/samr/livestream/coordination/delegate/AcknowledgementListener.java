package cn.samr.livestream.coordination.delegate;

import static cn.samr.livestream.coordination.CoordinationProcess.Var.*;

import cn.samr.livestream.coordination.EscalationWorkflowService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 确认收悉: the reporting unit confirms it has the guidance; the matter is closed. */
@Component
public class AcknowledgementListener implements TaskListener {

  private final EscalationWorkflowService escalations;
  private final IdentityService identityService;

  public AcknowledgementListener(EscalationWorkflowService escalations, IdentityService identityService) {
    this.escalations = escalations;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    escalations.acknowledge(ESCALATION_ID.require(task), ACKNOWLEDGEMENT_NOTE.take(task), Actors.of(task, identityService));
  }
}
