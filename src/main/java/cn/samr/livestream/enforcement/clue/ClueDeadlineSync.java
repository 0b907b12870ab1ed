package cn.samr.livestream.enforcement.clue;

import cn.samr.livestream.calendar.DeadlineMoved;
import cn.samr.livestream.engine.MovedDeadlineScope;
import cn.samr.livestream.enforcement.clue.ClueProcess.Element;
import cn.samr.livestream.enforcement.clue.ClueProcess.Var;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The clue keeps two deadlines the engine holds: the verification limit (clue.verification_due and the forms'
 * verificationDueText; 处罚程序规定 Art.18, 15 working days, 30 when extended) and the correction deadline of an order
 * to correct (the order's enforcement_action.deadline and the variable correctionDeadline, from which the follow-up
 * check's due date is counted). When the calendar changes and the engine's are computed again, the clue's follow in
 * the same transaction, so that the on-time figures and the records measure against the moved limit.
 */
@Component
class ClueDeadlineSync {

  /** Every task and timer of the model due at the end of the verification limit (the same expression). */
  static final Set<String> VERIFICATION_LIMIT = Set.of(Element.VERIFY_CLUE, Element.VERIFICATION_DEADLINE_TIMER,
      Element.CONFIRM_TIER, Element.APPROVE_TIER_CHANGE, Element.ISSUE_ADMONITION, Element.ISSUE_ORDER);

  private final ClueService clues;
  private final MovedDeadlineScope scope;

  ClueDeadlineSync(ClueService clues, MovedDeadlineScope scope) {
    this.clues = clues;
    this.scope = scope;
  }

  @EventListener
  public void onDeadlineMoved(DeadlineMoved moved) {
    boolean verification = VERIFICATION_LIMIT.contains(moved.activityId());
    boolean correction = Element.CORRECTION_DEADLINE_TIMER.equals(moved.activityId());
    if (!verification && !correction) {
      return;
    }
    scope.run(moved, ClueProcess.PROCESS_KEY, execution -> {
      Long clueId = Var.CLUE_ID.get(execution);
      if (clueId == null) {
        return;
      }
      if (verification) {
        Var.VERIFICATION_DUE_TEXT.set(execution, clues.moveVerificationDue(clueId, moved.newDue()));
      } else {
        clues.moveCorrectionDeadline(clueId, moved.newDue());
        Var.CORRECTION_DEADLINE.set(execution, moved.newDue());
      }
    });
  }
}
