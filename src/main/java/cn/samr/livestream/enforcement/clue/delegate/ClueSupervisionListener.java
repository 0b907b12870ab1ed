package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.*;

import cn.samr.livestream.enforcement.clue.ClueService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 核查超期督办 completed by the unit head. */
@Component
public class ClueSupervisionListener implements TaskListener {

  private final ClueService clues;
  private final IdentityService identityService;

  public ClueSupervisionListener(ClueService clues, IdentityService identityService) {
    this.clues = clues;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long clueId = CLUE_ID.require(task);
    String actor = Actors.of(task, identityService);
    clues.recordSupervision(clueId, SUPERVISION_NOTE.take(task), actor);
  }
}
