package cn.samr.livestream.complaint;

import cn.samr.livestream.calendar.DeadlineMoved;
import cn.samr.livestream.shared.EngineCalls;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The complaint keeps two of the deadlines the engine holds (acceptance_due, mediation_deadline, and their texts in
 * the forms): when the calendar changes and the engine's are computed again, the complaint's follow in the same
 * transaction, so that the on-time figures measure against the moved limit.
 */
@Component
class ComplaintDeadlineSync {

  private static final Set<String> MEDIATION_LIMIT = Set.of(ComplaintProcess.Element.VERIFY_COMPLAINT,
      ComplaintProcess.Element.MEDIATION_LIMIT_TIMER, ComplaintProcess.Element.MEDIATION_LIMIT_DURING_REMEDY_TIMER);

  private final ComplaintWorkflowService workflow;
  private final RuntimeService runtimeService;
  private final CommandExecutor executor;

  ComplaintDeadlineSync(ComplaintWorkflowService workflow, ProcessEngine engine) {
    this.workflow = workflow;
    this.runtimeService = engine.getRuntimeService();
    this.executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
  }

  @EventListener
  public void onDeadlineMoved(DeadlineMoved moved) {
    boolean acceptance = ComplaintProcess.Element.ACCEPT_COMPLAINT.equals(moved.activityId());
    boolean mediation = MEDIATION_LIMIT.contains(moved.activityId());
    if (!acceptance && !mediation) {
      return;
    }
    Object complaintId = EngineCalls.asSystem(executor, () -> runtimeService.getVariable(moved.processInstanceId(),
        ComplaintProcess.Var.COMPLAINT_ID.name()));
    if (!(complaintId instanceof Long id)) {
      return;
    }
    String text = acceptance ? workflow.recordAcceptanceDue(id, moved.newDue())
        : workflow.recordMediationDeadline(id, moved.newDue());
    EngineCalls.asSystem(executor, () -> {
      runtimeService.setVariable(moved.processInstanceId(), (acceptance ? ComplaintProcess.Var.ACCEPTANCE_DUE_TEXT
          : ComplaintProcess.Var.MEDIATION_DEADLINE_TEXT).name(), text);
      return null;
    });
  }
}
