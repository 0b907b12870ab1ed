package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.ComplaintProcess.Var.COMPLAINT_ID;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.REPEAT_COMPLAINTS_90D;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.ROUTING_NOTE;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.ROUTING_TARGET;

import cn.samr.livestream.complaint.ComplaintWorkflowService;
import cn.samr.livestream.complaint.ComplaintWorkflowService.Assignment;
import cn.samr.livestream.complaint.RoutingTarget;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 分派承办单位: applies the routing table's answer. */
@Component
public class ApplyRoutingDelegate implements JavaDelegate {

  private final ComplaintWorkflowService workflow;

  public ApplyRoutingDelegate(ComplaintWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RoutingTarget target = RoutingTarget.valueOf(ROUTING_TARGET.require(execution));
    Assignment assignment = workflow.applyRouting(COMPLAINT_ID.require(execution), target,
        REPEAT_COMPLAINTS_90D.require(execution), Actors.SYSTEM);
    if (assignment == null) {
      ROUTING_NOTE.set(execution, "管辖不明（经营者及平台所在地均未知），请指定承办单位");
    } else {
      Assignments.write(execution, assignment);
    }
  }
}
