package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.ComplaintProcess.Var.COMPLAINT_ID;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.OUTCOME;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.OUTCOME_LABEL;

import cn.samr.livestream.complaint.ComplaintOutcome;
import cn.samr.livestream.complaint.ComplaintWorkflowService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 确定处理结果: the outcome follows from the recorded steps. */
@Component
public class DetermineOutcomeDelegate implements JavaDelegate {

  private final ComplaintWorkflowService workflow;

  public DetermineOutcomeDelegate(ComplaintWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ComplaintOutcome outcome = workflow.determineOutcome(COMPLAINT_ID.require(execution));
    OUTCOME.set(execution, outcome.name());
    OUTCOME_LABEL.set(execution, outcome.label());
  }
}
