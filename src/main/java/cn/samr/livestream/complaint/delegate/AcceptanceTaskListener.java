package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.ComplaintProcess.Var.ACCEPTANCE_DECISION;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.ACCEPTANCE_DUE_TEXT;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.ACCEPTED_AT;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.COMPLAINT_ID;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.DECISION_REASON;

import cn.samr.livestream.complaint.AcceptanceDecision;
import cn.samr.livestream.complaint.ComplaintWorkflowService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** 受理审查: on create the task's due date (set by the model) becomes the record's deadline; on complete the decision is stored. */
@Component
public class AcceptanceTaskListener implements TaskListener {

  private final ComplaintWorkflowService workflow;
  private final IdentityService identityService;

  public AcceptanceTaskListener(ComplaintWorkflowService workflow, IdentityService identityService) {
    this.workflow = workflow;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long complaintId = COMPLAINT_ID.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      ACCEPTANCE_DUE_TEXT.set(task.getExecution(), workflow.recordAcceptanceDue(complaintId, task.getDueDate()));
      return;
    }
    AcceptanceDecision decision = workflow.decideAcceptance(complaintId, ACCEPTANCE_DECISION.take(task),
        DECISION_REASON.take(task), Actors.of(task, identityService));
    if (decision == AcceptanceDecision.ACCEPT) {
      ACCEPTED_AT.set(task.getExecution(), ClockUtil.getCurrentTime());
    }
  }
}
