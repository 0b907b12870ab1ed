package cn.samr.livestream.governance.interview.delegate;

import static cn.samr.livestream.governance.interview.InterviewProcess.Var.*;

import cn.samr.livestream.governance.interview.InterviewWorkflowService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 制发约谈通知书 completed: time, place and attendees are stored and one numbered notice a subject issued. */
@Component
public class IssueInterviewNoticesListener implements TaskListener {

  private final InterviewWorkflowService workflow;
  private final IdentityService identityService;

  public IssueInterviewNoticesListener(InterviewWorkflowService workflow, IdentityService identityService) {
    this.workflow = workflow;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    workflow.issueNotices(INTERVIEW_ID.require(task), INTERVIEW_AT.take(task), PLACE.take(task),
        BUREAU_ATTENDEES.take(task), Actors.of(task, identityService));
  }
}
