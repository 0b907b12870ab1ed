package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.*;

import cn.samr.livestream.enforcement.clue.ClueService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 责令改正: the order is issued; the follow-up check waits for its deadline. */
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
    CORRECTION_DEADLINE.set(task.getExecution(),
        clues.issueOrder(clueId, CORRECTION_WORKING_DAYS.get(task), DOCUMENT_CONTENT.get(task), actor));
  }
}
