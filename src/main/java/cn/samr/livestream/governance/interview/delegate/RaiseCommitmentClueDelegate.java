package cn.samr.livestream.governance.interview.delegate;

import static cn.samr.livestream.governance.interview.InterviewProcess.Var.COMMITMENT_ID;

import cn.samr.livestream.governance.interview.InterviewWorkflowService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记线索: the unfulfilled commitment becomes a clue against its subject; clue verification starts. */
@Component
public class RaiseCommitmentClueDelegate implements JavaDelegate {

  private final InterviewWorkflowService workflow;

  public RaiseCommitmentClueDelegate(InterviewWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.raiseClue(COMMITMENT_ID.require(execution));
  }
}
