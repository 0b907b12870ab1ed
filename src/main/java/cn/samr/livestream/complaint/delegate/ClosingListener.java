package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.ComplaintProcess.Var.COMPLAINT_ID;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.REPLIED_ON;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.REPLY_METHOD;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.REPLY_SUMMARY;

import cn.samr.livestream.complaint.ComplaintWorkflowService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 办结 completed: the reply to the complainant closes the complaint. */
@Component
public class ClosingListener implements TaskListener {

  private final ComplaintWorkflowService workflow;
  private final IdentityService identityService;

  public ClosingListener(ComplaintWorkflowService workflow, IdentityService identityService) {
    this.workflow = workflow;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    workflow.close(COMPLAINT_ID.require(task), REPLIED_ON.take(task), REPLY_METHOD.take(task), REPLY_SUMMARY.take(task),
        Actors.of(task, identityService));
  }
}
