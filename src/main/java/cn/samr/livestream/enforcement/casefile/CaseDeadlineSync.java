package cn.samr.livestream.enforcement.casefile;

import cn.samr.livestream.calendar.DeadlineMoved;
import cn.samr.livestream.engine.MovedDeadlineScope;
import cn.samr.livestream.enforcement.casefile.CaseProcess.Element;
import cn.samr.livestream.enforcement.casefile.CaseProcess.Var;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The case file keeps three deadlines the engine holds: the decision deadline (case_file.decision_due and the forms'
 * decisionDeadlineText), the service of the decision (service_due, 7 working days) and its publication
 * (publication_due, 20 working days). When the calendar changes and the engine's are computed again, the case's
 * follow in the same transaction; the service and publication records copy them when they are made. The 90 (+30)
 * days are calendar days: they move only once their last day is moved to a working day; the listener goes by
 * activity, whatever rule computed the date.
 */
@Component
class CaseDeadlineSync {

  /** Every task and timer of the model due at the decision deadline (the same expression). */
  static final Set<String> DECISION_DEADLINE = Set.of(Element.INVESTIGATE, Element.DECIDE_PENALTY,
      Element.DECISION_DEADLINE_TIMER);
  static final Set<String> SERVICE_DEADLINE = Set.of(Element.SERVE_DECISION, Element.SERVICE_OVERDUE_TIMER);
  static final Set<String> PUBLICATION_DEADLINE = Set.of(Element.PUBLISH_PENALTY);

  private final CaseInvestigationService investigation;
  private final CaseDecisionService decisions;
  private final MovedDeadlineScope scope;

  CaseDeadlineSync(CaseInvestigationService investigation, CaseDecisionService decisions, MovedDeadlineScope scope) {
    this.investigation = investigation;
    this.decisions = decisions;
    this.scope = scope;
  }

  @EventListener
  public void onDeadlineMoved(DeadlineMoved moved) {
    String activity = moved.activityId();
    if (!DECISION_DEADLINE.contains(activity) && !SERVICE_DEADLINE.contains(activity)
        && !PUBLICATION_DEADLINE.contains(activity)) {
      return;
    }
    scope.run(moved, CaseProcess.PROCESS_KEY, execution -> {
      Long caseId = Var.CASE_ID.get(execution);
      if (caseId == null) {
        return;
      }
      if (DECISION_DEADLINE.contains(activity)) {
        Var.DECISION_DEADLINE_TEXT.set(execution, investigation.moveDecisionDue(caseId, moved.newDue()));
      } else if (SERVICE_DEADLINE.contains(activity)) {
        decisions.recordServiceDue(caseId, moved.newDue());
      } else {
        decisions.recordPublicationDue(caseId, moved.newDue());
      }
    });
  }
}
