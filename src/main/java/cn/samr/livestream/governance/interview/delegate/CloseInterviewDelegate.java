package cn.samr.livestream.governance.interview.delegate;

import static cn.samr.livestream.governance.interview.InterviewProcess.Var.INTERVIEW_ID;

import cn.samr.livestream.governance.interview.InterviewWorkflowService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 办结: every commitment is followed up; the interview is closed. */
@Component
public class CloseInterviewDelegate implements JavaDelegate {

  private final InterviewWorkflowService workflow;

  public CloseInterviewDelegate(InterviewWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.close(INTERVIEW_ID.require(execution), Actors.SYSTEM);
  }
}
