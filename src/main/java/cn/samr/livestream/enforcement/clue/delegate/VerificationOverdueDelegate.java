package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.*;

import cn.samr.livestream.enforcement.clue.ClueService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 标记核查超期: the breach is recorded before the head is asked to supervise. */
@Component
public class VerificationOverdueDelegate implements JavaDelegate {

  private final ClueService clues;

  public VerificationOverdueDelegate(ClueService clues) {
    this.clues = clues;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long clueId = CLUE_ID.require(execution);
    clues.markVerificationOverdue(clueId);
  }
}
