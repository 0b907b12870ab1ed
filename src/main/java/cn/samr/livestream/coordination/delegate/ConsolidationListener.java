package cn.samr.livestream.coordination.delegate;

import static cn.samr.livestream.coordination.CoordinationProcess.Var.*;

import cn.samr.livestream.coordination.EscalationWorkflowService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 汇总指导意见: on create the feedback read-only; on complete the guidance the reporting unit receives. */
@Component
public class ConsolidationListener implements TaskListener {

  private final EscalationWorkflowService escalations;
  private final IdentityService identityService;

  public ConsolidationListener(EscalationWorkflowService escalations, IdentityService identityService) {
    this.escalations = escalations;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long escalationId = ESCALATION_ID.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      FEEDBACK_SUMMARY.set(task.getExecution(), escalations.feedbackSummary(escalationId));
      return;
    }
    // the guidance stays: the reporting unit's acknowledgement form shows it
    escalations.consolidate(escalationId, GUIDANCE.get(task), Actors.of(task, identityService));
  }
}
