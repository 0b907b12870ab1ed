package cn.samr.livestream.coordination;

import cn.samr.livestream.calendar.DeadlineMoved;
import cn.samr.livestream.coordination.CoordinationProcess.Element;
import cn.samr.livestream.coordination.CoordinationProcess.Var;
import cn.samr.livestream.engine.MovedDeadlineScope;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The escalation keeps the due date of each of its steps next to the step (escalation.triage_due, meeting_due,
 * consolidation_due, acknowledgement_due) and each department notice its feedback deadline
 * (department_notice.feedback_due). When the calendar changes and the engine's are computed again, these follow in
 * the same transaction. The notices' feedback tasks run in a multi-instance body: the moved task's or timer's own
 * execution says which notice it is (noticeId).
 */
@Component
class EscalationDeadlineSync {

  /** The steps whose task's due date the escalation keeps ({@link EscalationDeadlineService#recordDue}). */
  static final Set<String> STEP_DUE = Set.of(Element.TRIAGE, Element.HOLD_MEETING, Element.CONSOLIDATE_GUIDANCE,
      Element.ACKNOWLEDGE_GUIDANCE);
  static final Set<String> FEEDBACK_DUE = Set.of(Element.RECORD_FEEDBACK, Element.FEEDBACK_OVERDUE_TIMER);

  private final EscalationDeadlineService deadlines;
  private final DepartmentNoticeService notices;
  private final MovedDeadlineScope scope;

  EscalationDeadlineSync(EscalationDeadlineService deadlines, DepartmentNoticeService notices,
      MovedDeadlineScope scope) {
    this.deadlines = deadlines;
    this.notices = notices;
    this.scope = scope;
  }

  @EventListener
  public void onDeadlineMoved(DeadlineMoved moved) {
    boolean step = STEP_DUE.contains(moved.activityId());
    if (!step && !FEEDBACK_DUE.contains(moved.activityId())) {
      return;
    }
    scope.run(moved, CoordinationProcess.PROCESS_KEY, execution -> {
      if (step) {
        Long escalationId = Var.ESCALATION_ID.get(execution);
        if (escalationId != null) {
          deadlines.recordDue(escalationId, moved.activityId(), moved.newDue());
        }
      } else {
        Long noticeId = Var.NOTICE_ID.get(execution);
        if (noticeId != null) {
          notices.moveFeedbackDue(noticeId, moved.newDue());
        }
      }
    });
  }
}
