package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.*;

import cn.samr.livestream.enforcement.clue.ClueService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 责令改正: the order is issued; the follow-up check waits for its deadline, which the model's timer counts from the
 * order's time and working days (correctionOrderedAt, correctionWorkingDays). The timer is created in this same command
 * and a calendar change moves it from the deadline ledger's basis, so the working days need not stay a variable.
 */
@Component
public class CorrectionOrderListener implements TaskListener {

  private final ClueService clues;
  private final IdentityService identityService;

  public CorrectionOrderListener(ClueService clues, IdentityService identityService) {
    this.clues = clues;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long clueId = CLUE_ID.require(task);
    String actor = Actors.of(task, identityService);
    ClueService.CorrectionOrder order =
        clues.issueOrder(clueId, CORRECTION_WORKING_DAYS.take(task), DOCUMENT_CONTENT.take(task), actor);
    CORRECTION_ORDERED_AT.set(task.getExecution(), order.orderedAt());
    CORRECTION_DEADLINE.set(task.getExecution(), order.deadline());
  }
}
