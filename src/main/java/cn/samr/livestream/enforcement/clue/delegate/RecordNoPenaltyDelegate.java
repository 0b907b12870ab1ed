package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.*;

import cn.samr.livestream.enforcement.clue.ClueService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 不予立案/免罚: recorded, the source told. */
@Component
public class RecordNoPenaltyDelegate implements JavaDelegate {

  private final ClueService clues;

  public RecordNoPenaltyDelegate(ClueService clues) {
    this.clues = clues;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long clueId = CLUE_ID.require(execution);
    clues.recordNoPenalty(clueId);
  }
}
