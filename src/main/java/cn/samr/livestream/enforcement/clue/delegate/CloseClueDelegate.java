package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.*;

import cn.samr.livestream.enforcement.clue.ClueService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 线索办结: the outcome follows from the tier and what the case or transfer came to. */
@Component
public class CloseClueDelegate implements JavaDelegate {

  private final ClueService clues;

  public CloseClueDelegate(ClueService clues) {
    this.clues = clues;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long clueId = CLUE_ID.require(execution);
    clues.close(clueId, CASE_OUTCOME.get(execution), TRANSFER_OUTCOME.get(execution));
  }
}
