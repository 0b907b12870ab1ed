package cn.samr.livestream.governance.interview.delegate;

import static cn.samr.livestream.governance.interview.InterviewProcess.Var.*;

import cn.samr.livestream.governance.interview.InterviewWorkflowService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 登记确认收悉 (after Timer_AcknowledgementDue): on create the task shows the letter and its subject (task-local); on
 * complete a paper receipt or 逾期未确认 is stored with the subject's row.
 */
@Component
public class AcknowledgementRecordListener implements TaskListener {

  private final InterviewWorkflowService workflow;
  private final IdentityService identityService;

  public AcknowledgementRecordListener(InterviewWorkflowService workflow, IdentityService identityService) {
    this.workflow = workflow;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long interviewSubjectId = INTERVIEW_SUBJECT_ID.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      INTERVIEW_SUBJECT_ID.setLocal(task, interviewSubjectId);
      LETTER_TEXT.setLocal(task, workflow.letterText(interviewSubjectId));
      SUBJECT_NAME.setLocal(task.getExecution(), workflow.subjectName(interviewSubjectId));
      return;
    }
    workflow.recordAcknowledgement(interviewSubjectId, PAPER_RECEIPT.take(task), ACKNOWLEDGED_ON.take(task),
        Actors.of(task, identityService));
  }
}
