package cn.samr.livestream.governance.interview.delegate;

import static cn.samr.livestream.governance.interview.InterviewProcess.Var.*;

import cn.samr.livestream.governance.interview.InterviewWorkflowService;
import cn.samr.livestream.governance.interview.InterviewWorkflowService.SubjectRecord;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 记录约谈情况 (one task a subject): on create the task names its subject (the list's 当事人 column, set on the
 * subject's own execution); on complete the
 * record and the commitments are stored and leave no variable (issue 15), so the next subject's form starts empty.
 */
@Component
public class InterviewRecordListener implements TaskListener {

  private final InterviewWorkflowService workflow;
  private final IdentityService identityService;

  public InterviewRecordListener(InterviewWorkflowService workflow, IdentityService identityService) {
    this.workflow = workflow;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long interviewSubjectId = INTERVIEW_SUBJECT_ID.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      INTERVIEW_SUBJECT_ID.setLocal(task, interviewSubjectId);
      // on this subject's execution, so that the list's column (copied from the execution) names it
      SUBJECT_NAME.setLocal(task.getExecution(), workflow.subjectName(interviewSubjectId));
      return;
    }
    workflow.recordInterview(interviewSubjectId, new SubjectRecord(ATTENDED.take(task), PARTY_ATTENDEES.take(task),
        PROBLEMS.take(task), COMMITMENTS_TEXT.take(task)), Actors.of(task, identityService));
  }
}
