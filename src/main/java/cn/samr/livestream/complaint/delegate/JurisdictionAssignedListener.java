package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.ComplaintProcess.Var.ACCEPTANCE_CLOCK_START;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.ASSIGNED_UNIT;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.ASSIGNMENT_NOTE;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.COMPLAINT_ID;

import cn.samr.livestream.complaint.ComplaintWorkflowService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 指定管辖 completed. A complaint sent back by a unit that lacks jurisdiction starts a new acceptance
 * period when the competent unit receives it.
 */
@Component
public class JurisdictionAssignedListener implements TaskListener {

  private final ComplaintWorkflowService workflow;
  private final IdentityService identityService;

  public JurisdictionAssignedListener(ComplaintWorkflowService workflow, IdentityService identityService) {
    this.workflow = workflow;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long complaintId = COMPLAINT_ID.require(task);
    Assignments.write(task.getExecution(), workflow.assignJurisdiction(complaintId, ASSIGNED_UNIT.take(task),
        ASSIGNMENT_NOTE.take(task), Actors.of(task, identityService)));
    if (workflow.complaint(complaintId).isRerouted()) {
      ACCEPTANCE_CLOCK_START.set(task.getExecution(), ClockUtil.getCurrentTime());
    }
  }
}
