package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.*;

import cn.samr.livestream.enforcement.clue.ClueService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.samr.livestream.enforcement.ResponseTier;

/** 复查: corrected ends the matter; not corrected raises it to a case; a takedown found is recorded. */
@Component
public class FollowUpCheckListener implements TaskListener {

  private final ClueService clues;
  private final IdentityService identityService;

  public FollowUpCheckListener(ClueService clues, IdentityService identityService) {
    this.clues = clues;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long clueId = CLUE_ID.require(task);
    String actor = Actors.of(task, identityService);
    boolean corrected = clues.followUp(clueId, CORRECTED.take(task), Boolean.TRUE.equals(TAKEN_DOWN.take(task)),
        CHECK_NOTE.take(task), actor);
    // read by the gateway right after this task only
    CORRECTED.setForThisCommand(task.getExecution(), corrected);
    if (!corrected) {
      TIER.set(task.getExecution(), ResponseTier.CASE.name());
    }
  }
}
