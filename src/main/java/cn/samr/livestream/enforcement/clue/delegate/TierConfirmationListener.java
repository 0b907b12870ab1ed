package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.*;

import cn.samr.livestream.enforcement.clue.ClueService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.samr.livestream.enforcement.ResponseTier;

/** 确定处置方式: on create the table's proposal is recorded and preselected; on complete the officer's choice (a change goes to the head). */
@Component
public class TierConfirmationListener implements TaskListener {

  private final ClueService clues;
  private final IdentityService identityService;

  public TierConfirmationListener(ClueService clues, IdentityService identityService) {
    this.clues = clues;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long clueId = CLUE_ID.require(task);
    String actor = Actors.of(task, identityService);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      ResponseTier proposed = ResponseTier.valueOf(PROPOSED_TIER.require(task));
      clues.recordProposal(clueId, proposed, Boolean.TRUE.equals(ESCALATE.get(task)));
      PROPOSED_TIER_LABEL.set(task.getExecution(), proposed.label());
      TIER.set(task.getExecution(), proposed.name());
      return;
    }
    // tier and tierChangeReason stay: the head's approval form shows them; tierChanged only routes the gateway after
    TIER_CHANGED.setForThisCommand(task.getExecution(),
        clues.confirmTier(clueId, TIER.get(task), TIER_CHANGE_REASON.get(task), actor));
  }
}
