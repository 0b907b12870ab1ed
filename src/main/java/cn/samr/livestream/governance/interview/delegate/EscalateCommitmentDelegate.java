package cn.samr.livestream.governance.interview.delegate;

import static cn.samr.livestream.governance.interview.InterviewProcess.Var.COMMITMENT_ID;

import cn.samr.livestream.governance.interview.InterviewWorkflowService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 上报综合协调工作组: the unfulfilled commitment is reported for the host unit; coordination-escalation starts. */
@Component
public class EscalateCommitmentDelegate implements JavaDelegate {

  private final InterviewWorkflowService workflow;

  public EscalateCommitmentDelegate(InterviewWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.escalate(COMMITMENT_ID.require(execution));
  }
}
