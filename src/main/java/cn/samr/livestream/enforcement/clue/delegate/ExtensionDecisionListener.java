package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.*;

import cn.samr.livestream.enforcement.clue.ClueService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 审批延期: the head grants +15 working days or refuses; the verification task is created anew with its new deadline. */
@Component
public class ExtensionDecisionListener implements TaskListener {

  private final ClueService clues;
  private final IdentityService identityService;

  public ExtensionDecisionListener(ClueService clues, IdentityService identityService) {
    this.clues = clues;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long clueId = CLUE_ID.require(task);
    String actor = Actors.of(task, identityService);
    if (clues.decideExtension(clueId, EXTENSION_APPROVED.take(task), APPROVAL_NOTE.take(task), actor)) {
      EXTENSION_GRANTED.set(task.getExecution(), true);
    }
  }
}
