package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.*;

import cn.samr.livestream.enforcement.clue.ClueService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 告知举报人: whether a case was filed, within 5 working days of the decision. */
@Component
public class ReporterNoticeListener implements TaskListener {

  private final ClueService clues;
  private final IdentityService identityService;

  public ReporterNoticeListener(ClueService clues, IdentityService identityService) {
    this.clues = clues;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long clueId = CLUE_ID.require(task);
    String actor = Actors.of(task, identityService);
    clues.notifyReporter(clueId, NOTIFIED_ON.take(task), NOTIFICATION_METHOD.take(task), actor);
  }
}
