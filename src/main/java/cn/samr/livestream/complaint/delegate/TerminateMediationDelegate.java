package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.ComplaintProcess.Var.COMPLAINT_ID;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.MEDIATION_ENDED_AT;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.NOTICE_DUE_TEXT;

import cn.samr.livestream.complaint.ComplaintWorkflowService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** 终止调解: the 45-working-day limit was reached without agreement. */
@Component
public class TerminateMediationDelegate implements JavaDelegate {

  private final ComplaintWorkflowService workflow;

  public TerminateMediationDelegate(ComplaintWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date now = ClockUtil.getCurrentTime();
    MEDIATION_ENDED_AT.set(execution, now);
    NOTICE_DUE_TEXT.set(execution, workflow.terminateMediation(COMPLAINT_ID.require(execution), now));
  }
}
