package cn.samr.livestream.governance.interview.delegate;

import static cn.samr.livestream.governance.interview.InterviewProcess.Var.*;

import cn.samr.livestream.governance.interview.InterviewWorkflowService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 审批不再跟进: on create the task shows the commitment and the check; on complete the heads' decision is stored. */
@Component
public class NoFollowUpApprovalListener implements TaskListener {

  private final InterviewWorkflowService workflow;
  private final IdentityService identityService;

  public NoFollowUpApprovalListener(InterviewWorkflowService workflow, IdentityService identityService) {
    this.workflow = workflow;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long commitmentId = COMMITMENT_ID.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      COMMITMENT_ID.setLocal(task, commitmentId);
      COMMITMENT_TEXT.setLocal(task, workflow.commitmentText(commitmentId));
      SUBJECT_NAME.setLocal(task.getExecution(), workflow.commitmentSubjectName(commitmentId));
      return;
    }
    workflow.approveNoFollowUp(commitmentId, NO_FOLLOW_UP_APPROVED.take(task), NO_FOLLOW_UP_NOTE.take(task),
        Actors.of(task, identityService));
  }
}
