package cn.samr.livestream.complaint;

import cn.samr.livestream.calendar.DeadlineMoved;
import cn.samr.livestream.engine.MovedDeadlineScope;
import java.util.Set;
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
  private final MovedDeadlineScope scope;

  ComplaintDeadlineSync(ComplaintWorkflowService workflow, MovedDeadlineScope scope) {
    this.workflow = workflow;
    this.scope = scope;
  }

  @EventListener
  public void onDeadlineMoved(DeadlineMoved moved) {
    boolean acceptance = ComplaintProcess.Element.ACCEPT_COMPLAINT.equals(moved.activityId());
    if (!acceptance && !MEDIATION_LIMIT.contains(moved.activityId())) {
      return;
    }
    scope.run(moved, ComplaintProcess.PROCESS_KEY, execution -> {
      Long complaintId = ComplaintProcess.Var.COMPLAINT_ID.get(execution);
      if (complaintId == null) {
        return;
      }
      if (acceptance) {
        ComplaintProcess.Var.ACCEPTANCE_DUE_TEXT.set(execution, workflow.recordAcceptanceDue(complaintId, moved.newDue()));
      } else {
        ComplaintProcess.Var.MEDIATION_DEADLINE_TEXT.set(execution,
            workflow.recordMediationDeadline(complaintId, moved.newDue()));
      }
    });
  }
}
