package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.ComplaintProcess.Var.COMPLAINT_ID;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.JURISDICTION_KNOWN;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.REPEAT_COMPLAINTS_90D;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.SUBJECT_CREDIT_CLASS;

import cn.samr.livestream.complaint.ComplaintWorkflowService;
import cn.samr.livestream.complaint.ComplaintWorkflowService.RoutingFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 核定管辖与重复投诉: the facts the routing table decides on. */
@Component
public class PrepareRoutingDelegate implements JavaDelegate {

  private final ComplaintWorkflowService workflow;

  public PrepareRoutingDelegate(ComplaintWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RoutingFacts facts = workflow.prepareRouting(COMPLAINT_ID.require(execution));
    JURISDICTION_KNOWN.setForThisCommand(execution, facts.jurisdictionKnown());
    REPEAT_COMPLAINTS_90D.setForThisCommand(execution, facts.repeatComplaints90d());
    SUBJECT_CREDIT_CLASS.setForThisCommand(execution, facts.subjectCreditClass());
  }
}
