package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.*;

import cn.samr.livestream.enforcement.clue.ClueService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 行政告诫: the admonition or guidance letter is issued with its document number. */
@Component
public class AdmonitionListener implements TaskListener {

  private final ClueService clues;
  private final IdentityService identityService;

  public AdmonitionListener(ClueService clues, IdentityService identityService) {
    this.clues = clues;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long clueId = CLUE_ID.require(task);
    String actor = Actors.of(task, identityService);
    clues.issueAdmonition(clueId, DOCUMENT_KIND.take(task), DOCUMENT_CONTENT.take(task), actor);
  }
}
