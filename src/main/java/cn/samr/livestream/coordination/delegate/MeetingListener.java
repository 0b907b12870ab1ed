package cn.samr.livestream.coordination.delegate;

import static cn.samr.livestream.coordination.CoordinationProcess.Var.*;

import cn.samr.livestream.coordination.EscalationWorkflowService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 专题讨论会: the meeting's record. */
@Component
public class MeetingListener implements TaskListener {

  private final EscalationWorkflowService escalations;
  private final IdentityService identityService;

  public MeetingListener(EscalationWorkflowService escalations, IdentityService identityService) {
    this.escalations = escalations;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    escalations.recordMeeting(ESCALATION_ID.require(task), MEETING_DATE.take(task), MEETING_PARTICIPANTS.take(task),
        MEETING_MINUTES.take(task), MEETING_CONCLUSIONS.take(task), Actors.of(task, identityService));
  }
}
