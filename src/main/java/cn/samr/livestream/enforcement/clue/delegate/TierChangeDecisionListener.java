package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.*;

import cn.samr.livestream.enforcement.clue.ClueService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
/** 审批处置方式变更: approved, the officer's tier stands; refused, the table's proposal does. */
@Component
public class TierChangeDecisionListener implements TaskListener {

  private final ClueService clues;
  private final IdentityService identityService;

  public TierChangeDecisionListener(ClueService clues, IdentityService identityService) {
    this.clues = clues;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long clueId = CLUE_ID.require(task);
    String actor = Actors.of(task, identityService);
    TIER.set(task.getExecution(),
        clues.decideTierChange(clueId, TIER_CHANGE_APPROVED.take(task), APPROVAL_NOTE.take(task), actor).name());
  }
}
