package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.ComplaintProcess.Var.COMPLAINT_ID;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.SUPERVISION_NOTE;

import cn.samr.livestream.complaint.ComplaintWorkflowService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 受理超期督办 completed by the unit head. */
@Component
public class OverdueSupervisionListener implements TaskListener {

  private final ComplaintWorkflowService workflow;
  private final IdentityService identityService;

  public OverdueSupervisionListener(ComplaintWorkflowService workflow, IdentityService identityService) {
    this.workflow = workflow;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    workflow.recordSupervision(COMPLAINT_ID.require(task), SUPERVISION_NOTE.take(task), Actors.of(task, identityService));
  }
}
