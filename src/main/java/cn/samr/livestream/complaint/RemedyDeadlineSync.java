package cn.samr.livestream.complaint;

import cn.samr.livestream.calendar.DeadlineMoved;
import cn.samr.livestream.complaint.RemedyProcess.Element;
import cn.samr.livestream.complaint.RemedyProcess.Var;
import cn.samr.livestream.engine.MovedDeadlineScope;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each remedy obligation keeps the party's fulfilment deadline (remedy_obligation.deadline and the forms'
 * remedyDeadlineText): the due date of 确认履行 and of the timer after which the officer urges. When the calendar
 * changes and the engine's are computed again, the obligation's follows in the same transaction. (督促履行 is due at
 * the mediation limit, which the complaint keeps: ComplaintDeadlineSync.)
 */
@Component
class RemedyDeadlineSync {

  static final Set<String> FULFILMENT_DEADLINE = Set.of(Element.CONFIRM_FULFILMENT, Element.REMEDY_DEADLINE_TIMER);

  private final RemedyService remedies;
  private final MovedDeadlineScope scope;

  RemedyDeadlineSync(RemedyService remedies, MovedDeadlineScope scope) {
    this.remedies = remedies;
    this.scope = scope;
  }

  @EventListener
  public void onDeadlineMoved(DeadlineMoved moved) {
    if (!FULFILMENT_DEADLINE.contains(moved.activityId())) {
      return;
    }
    scope.run(moved, RemedyProcess.PROCESS_KEY, execution -> {
      Long remedyId = Var.REMEDY_ID.get(execution);
      if (remedyId != null) {
        Var.REMEDY_DEADLINE_TEXT.set(execution, remedies.recordDeadline(remedyId, moved.newDue()));
      }
    });
  }
}
