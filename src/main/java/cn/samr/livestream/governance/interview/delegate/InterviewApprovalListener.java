package cn.samr.livestream.governance.interview.delegate;

import static cn.samr.livestream.governance.interview.InterviewProcess.Var.*;

import cn.samr.livestream.governance.interview.InterviewWorkflowService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 审批约谈 completed: the heads' decision is stored; Gateway_InterviewApproved reads it in this command only. */
@Component
public class InterviewApprovalListener implements TaskListener {

  private final InterviewWorkflowService workflow;
  private final IdentityService identityService;

  public InterviewApprovalListener(InterviewWorkflowService workflow, IdentityService identityService) {
    this.workflow = workflow;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    workflow.approve(INTERVIEW_ID.require(task), INTERVIEW_APPROVED.take(task), APPROVAL_NOTE.take(task),
        Actors.of(task, identityService));
  }
}
