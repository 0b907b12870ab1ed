package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.ComplaintProcess.Var.COMPLAINT_ID;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.NOTIFICATION_METHOD;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.NOTIFICATION_NOTE;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.NOTIFIED_ON;

import cn.samr.livestream.complaint.ComplaintWorkflowService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 告知终止调解 completed: when and how the parties were told. */
@Component
public class MediationEndNoticeListener implements TaskListener {

  private final ComplaintWorkflowService workflow;
  private final IdentityService identityService;

  public MediationEndNoticeListener(ComplaintWorkflowService workflow, IdentityService identityService) {
    this.workflow = workflow;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    workflow.recordMediationEndNotice(COMPLAINT_ID.require(task), NOTIFIED_ON.take(task), NOTIFICATION_METHOD.take(task),
        NOTIFICATION_NOTE.take(task), Actors.of(task, identityService));
  }
}
