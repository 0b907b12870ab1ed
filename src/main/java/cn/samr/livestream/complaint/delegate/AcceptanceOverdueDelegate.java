package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.ComplaintProcess.Var.COMPLAINT_ID;

import cn.samr.livestream.complaint.ComplaintWorkflowService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 标记受理超期: the breach is recorded before the head is asked to supervise. */
@Component
public class AcceptanceOverdueDelegate implements JavaDelegate {

  private final ComplaintWorkflowService workflow;

  public AcceptanceOverdueDelegate(ComplaintWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.markAcceptanceOverdue(COMPLAINT_ID.require(execution));
  }
}
