package cn.samr.livestream.governance.interview.delegate;

import static cn.samr.livestream.governance.interview.InterviewProcess.Var.*;

import cn.samr.livestream.governance.interview.InterviewWorkflowService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 核查承诺履行: on create the task shows the commitment (task-local); on complete the check is stored, and
 * commitmentFulfilled and followUp stay for the gateways of this command only.
 */
@Component
public class CommitmentCheckListener implements TaskListener {

  private final InterviewWorkflowService workflow;
  private final IdentityService identityService;

  public CommitmentCheckListener(InterviewWorkflowService workflow, IdentityService identityService) {
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
    workflow.checkCommitment(commitmentId, COMMITMENT_FULFILLED.take(task), CHECK_NOTE.take(task),
        FOLLOW_UP.take(task), Actors.of(task, identityService));
  }
}
