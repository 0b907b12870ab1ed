package cn.samr.livestream.governance.interview.delegate;

import static cn.samr.livestream.governance.interview.InterviewProcess.Var.*;

import cn.samr.livestream.governance.interview.InterviewWorkflowService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 制发提醒告诫函 / 行政指导意见函 completed: the text is stored with the interview and one numbered letter a subject
 * issued, each to be acknowledged in the working days chosen (the configured default when none).
 */
@Component
public class IssueLettersListener implements TaskListener {

  private final InterviewWorkflowService workflow;
  private final IdentityService identityService;

  public IssueLettersListener(InterviewWorkflowService workflow, IdentityService identityService) {
    this.workflow = workflow;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    workflow.issueLetters(INTERVIEW_ID.require(task), LETTER_CONTENT.take(task),
        ACKNOWLEDGEMENT_WORKING_DAYS.take(task), Actors.of(task, identityService));
  }
}
